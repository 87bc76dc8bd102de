#include "coding/tree.h"

#include <cctype>

namespace herodotus::coding {

Tree::Tree(const Sentence& s) : s_(&s) {
  const int n = static_cast<int>(s.tokens.size());
  head_.assign(n, -1);
  rel_.resize(n);
  lemma_.resize(n);
  kids_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    int h = t.head - 1;
    if (h >= 0 && h < n && h != i) head_[i] = h;
    std::string_view r = t.deprel;
    rel_[i] = r.substr(0, r.find(':'));
    const std::string& src = t.lemma.empty() ? t.form : t.lemma;
    lemma_[i].resize(src.size());
    for (size_t k = 0; k < src.size(); ++k)
      lemma_[i][k] = static_cast<char>(std::tolower(static_cast<unsigned char>(src[k])));
  }
  for (int i = 0; i < n; ++i) {
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
