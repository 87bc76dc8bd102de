// Test helper: parsed sentences written by hand as "form lemma UPOS head
// deprel [XPOS]" rows (1-based heads, as a parser would produce them).
#ifndef HERODOTUS_CODING_TEST_UTIL_H_
#define HERODOTUS_CODING_TEST_UTIL_H_

#include <sstream>
#include <string>

#include "herodotus/article.h"

namespace herodotus::coding::test {

inline Sentence Rows(const std::string& rows, bool paragraph_start = false) {
  Sentence s;
  s.paragraph_start = paragraph_start;
  std::istringstream in(rows);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Token t;
    if (!(f >> t.form >> t.lemma >> t.upos >> t.head >> t.deprel)) continue;
    f >> t.xpos;  // optional
    s.tokens.push_back(t);
  }
  return s;
}

inline int Find(const Sentence& s, const std::string& form) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].form == form) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace herodotus::coding::test

#endif  // HERODOTUS_CODING_TEST_UTIL_H_
