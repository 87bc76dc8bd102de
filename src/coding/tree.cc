#include "coding/tree.h"

#include <algorithm>
#include <cctype>

namespace herodotus::coding {

namespace {

bool IsDayWord(std::string_view lemma) {
  static constexpr std::string_view kDays[] = {"today", "yesterday", "tonight", "monday",
                                               "tuesday", "wednesday", "thursday", "friday",
                                               "saturday", "sunday"};
  return std::find(std::begin(kDays), std::end(kDays), lemma) != std::end(kDays);
}

bool IsReadiness(std::string_view lemma) {
  static constexpr std::string_view kReady[] = {"willing", "ready",  "prepared", "eager",
                                                "determined", "poised", "keen", "unwilling"};
  return std::find(std::begin(kReady), std::end(kReady), lemma) != std::end(kReady);
}

void Singularize(std::string* w) {
  std::string& s = *w;
  if (s.size() < 4 || s.back() != 's' || s.ends_with("ss") || s.ends_with("us") ||
      s.ends_with("is"))
    return;
  if (s.ends_with("ies")) {
    s.replace(s.size() - 3, 3, "y");
  } else if (s.ends_with("sses") || s.ends_with("xes") || s.ends_with("ches") ||
             s.ends_with("shes") || s.ends_with("zes")) {
    s.resize(s.size() - 2);
  } else {
    s.pop_back();
  }
}

}  // namespace

Tree::Tree(const Sentence& s) : s_(&s) {
  const int n = static_cast<int>(s.tokens.size());
  head_.assign(n, -1);
  full_.resize(n);
  rel_.resize(n);
  lemma_.resize(n);
  kids_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    int h = t.head - 1;
    if (h >= 0 && h < n && h != i) head_[i] = h;
    full_[i] = t.deprel;
    const std::string& src = t.lemma.empty() ? t.form : t.lemma;
    lemma_[i].resize(src.size());
    for (size_t k = 0; k < src.size(); ++k)
      lemma_[i][k] = static_cast<char>(std::tolower(static_cast<unsigned char>(src[k])));
    // A plural the lemmatizer did not know keeps its form ("supplies"):
    // the frames' nouns are singular.
    if (t.xpos == "NNS" && t.upos == "NOUN") Singularize(&lemma_[i]);
  }
  for (int i = 0; i < n; ++i) {
    // "it is willing to withdraw": "it" is the party that is willing, not
    // an expletive (which readiness adjectives never take).
    if (full_[i] == "expl" && head_[i] >= 0 && IsReadiness(lemma_[head_[i]])) {
      full_[i] = "nsubj";
      continue;
    }
    if (full_[i] != "obj" || head_[i] < 0 || !IsDayWord(lemma_[i])) continue;
    full_[i] = "obl:tmod";
    for (int c = i + 1; c < n; ++c) {
      if (head_[c] == i && full_[c] == "appos") {
        head_[c] = head_[i];
        full_[c] = "obj";
        break;
      }
    }
  }
  for (int i = 0; i < n; ++i) {
    rel_[i] = full_[i].substr(0, full_[i].find(':'));
    if (head_[i] >= 0) {
      kids_[head_[i]].push_back(i);
    } else if (root_ < 0 || rel_[i] == "root") {
      root_ = i;
    }
  }
}

int Tree::Child(int i, std::string_view rel) const {
  for (int c : kids_[i]) {
    if (rel_[c] == rel) return c;
  }
  return -1;
}

std::string_view Tree::CaseOf(int i) const {
  for (int c : kids_[i]) {
    if (rel_[c] == "case" || (rel_[c] == "mark" && upos(c) == "ADP")) return lemma_[c];
  }
  return {};
}

void Tree::Span(int i, int* first, int* last) const {
  *first = *last = i;
  // Iterative walk: trees from a parser can be deep.
  std::vector<int> stack{i};
  while (!stack.empty()) {
    int k = stack.back();
    stack.pop_back();
    if (k < *first) *first = k;
    if (k > *last) *last = k;
    for (int c : kids_[k]) stack.push_back(c);
  }
}

bool Tree::IsPassive(int verb) const {
  for (int c : kids_[verb]) {
    if (s_->tokens[c].deprel == "nsubj:pass" || s_->tokens[c].deprel == "aux:pass") return true;
  }
  return false;
}

}  // namespace herodotus::coding
