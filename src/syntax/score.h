// Scores syntax annotations on gold tokenization (CoNLL 2018 shared-task
// definitions restricted to identical tokens): UPOS, XPOS, UFeats, AllTags,
// Lemmas, UAS, LAS (LAS compares the universal part of DEPREL, "nmod" for
// "nmod:poss", as the official script does; LAS_full compares whole labels).
//
// Usage for `herodotus eval --gold-tokenization`:
//   auto gold = syntax::ReadConlluFile(path);
//   std::vector<Sentence> pred = syntax::StripAnnotations(gold->sentences);
//   for (auto& s : pred) analyzer.Analyze(&s);
//   syntax::SyntaxScores sc = syntax::ScoreGoldTokenization(gold->sentences, pred);
//   std::cout << sc.ToString();
// Thread-safety: pure functions.
#ifndef HERODOTUS_SYNTAX_SCORE_H_
#define HERODOTUS_SYNTAX_SCORE_H_

#include <string>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::syntax {

struct SyntaxScores {
  size_t sentences = 0, tokens = 0;
  size_t mismatched_sentences = 0;  // token counts differ: skipped
  size_t upos = 0, xpos = 0, ufeats = 0, alltags = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  static double Pct(size_t k, size_t n) { return n ? 100.0 * k / n : 0.0; }
  double UPOS() const { return Pct(upos, tokens); }
  double XPOS() const { return Pct(xpos, tokens); }
  double UFeats() const { return Pct(ufeats, tokens); }
  double AllTags() const { return Pct(alltags, tokens); }
  double Lemma() const { return Pct(lemma, tokens); }
  double UAS() const { return Pct(uas, tokens); }
  double LAS() const { return Pct(las, tokens); }
  double LASFull() const { return Pct(las_full, tokens); }
  // "UPOS 95.12  XPOS ...  (N tokens, M sentences)"
  std::string ToString() const;
};

// Gold and predicted sentences must be aligned one to one.
SyntaxScores ScoreGoldTokenization(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted);

// Copies of the sentences with every syntax field cleared (tokens kept).
std::vector<Sentence> StripAnnotations(const std::vector<Sentence>& sentences);

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_SCORE_H_
