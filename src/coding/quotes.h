// Direct and indirect quotations and their speakers.
//
// News style: `"We will respond," the spokesman said.` / `Lavrov said: "…"` /
// a quote that runs over several paragraphs opens each paragraph with a quote
// mark and closes only in the last one. Speakers are the subject of the
// reporting verb next to the quote; a quote with no reporting verb of its
// own (often a continued one) keeps the previous quote's speaker. Indirect
// quotations are the content clauses of reporting verbs outside quote marks
// ("The ministry said the convoy had been hit"), with the verb's subject as
// speaker. Stateless, thread-safe.
#ifndef HERODOTUS_CODING_QUOTES_H_
#define HERODOTUS_CODING_QUOTES_H_

#include <vector>

#include "coding/tree.h"
#include "herodotus/article.h"

namespace herodotus::coding {

struct TokenPos {
  int sentence = -1, token = -1;
  bool valid() const { return sentence >= 0; }
  friend bool operator==(const TokenPos&, const TokenPos&) = default;
};

struct QuoteSpan {
  TokenPos first, last;  // the quoted words, quote marks excluded (inclusive)
  TokenPos verb;         // the reporting verb ("said"), if any
  TokenPos speaker;      // head of the speaker phrase ("spokesman", "he")
  bool continued = false;  // continues the previous paragraph's quote
  bool indirect = false;   // reported speech without quote marks
  bool Contains(TokenPos p) const {
    auto before = [](TokenPos a, TokenPos b) {
      return a.sentence < b.sentence || (a.sentence == b.sentence && a.token <= b.token);
    };
    return before(first, p) && before(p, last);
  }
};

bool IsQuoteMark(const Token& t);

// trees[i] views doc.sentences[i].
std::vector<QuoteSpan> FindQuotes(const Document& doc, const std::vector<Tree>& trees);

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_QUOTES_H_
