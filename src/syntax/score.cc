#include "syntax/score.h"

#include <cstdio>

namespace herodotus::syntax {
namespace {
std::string Universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }
}  // namespace

std::string SyntaxScores::ToString() const {
  char buf[400];
  std::snprintf(buf, sizeof buf,
                "UPOS %.2f  XPOS %.2f  UFeats %.2f  AllTags %.2f  Lemmas %.2f  UAS %.2f  LAS %.2f  "
                "(LAS with subtypes %.2f; %zu tokens, %zu sentences%s)",
                UPOS(), XPOS(), UFeats(), AllTags(), Lemma(), UAS(), LAS(), LASFull(), tokens, sentences,
                mismatched_sentences ? ", some misaligned sentences skipped" : "");
  return buf;
}

SyntaxScores ScoreGoldTokenization(const std::vector<Sentence>& gold, const std::vector<Sentence>& pred) {
  SyntaxScores sc;
  const size_t n = std::min(gold.size(), pred.size());
  sc.mismatched_sentences = gold.size() > n ? gold.size() - n : pred.size() - n;
  for (size_t i = 0; i < n; ++i) {
    const auto& g = gold[i].tokens;
    const auto& p = pred[i].tokens;
    if (g.size() != p.size()) {
      ++sc.mismatched_sentences;
      continue;
    }
    ++sc.sentences;
    for (size_t k = 0; k < g.size(); ++k) {
      const Token &a = g[k], &b = p[k];
      ++sc.tokens;
      bool up = a.upos == b.upos, xp = a.xpos == b.xpos, fe = a.feats == b.feats;
      sc.upos += up;
      sc.xpos += xp;
      sc.ufeats += fe;
      sc.alltags += up && xp && fe;
      sc.lemma += a.lemma == b.lemma;
      if (a.head == b.head) {
        ++sc.uas;
        sc.las += Universal(a.deprel) == Universal(b.deprel);
        sc.las_full += a.deprel == b.deprel;
      }
    }
  }
  return sc;
}

std::vector<Sentence> StripAnnotations(const std::vector<Sentence>& sentences) {
  std::vector<Sentence> out = sentences;
  for (auto& s : out)
    for (auto& t : s.tokens) {
      t.upos.clear(); t.xpos.clear(); t.feats.clear(); t.lemma.clear(); t.deprel.clear();
      t.head = -1;
    }
  return out;
}

}  // namespace herodotus::syntax
