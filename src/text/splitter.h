// The sentence splitter: surface tokens → sentence boundaries.
//
// Rules, in order (EWT web text and news both in mind):
//   1. A blank line (two or more line breaks) always ends a sentence and
//      starts a paragraph.
//   2. A single line break ends a sentence unless the text plainly continues
//      (the next line starts lowercase, or the line ends in , ; : - ( or a title
//      such as "Mr."): headlines, bylines and list items stand alone.
//   3. Final punctuation (. ! ? … and runs of them), followed by any closing
//      quotes/brackets ("." ")" ".”"), ends a sentence when the next token can
//      start one (capital, digit, opening quote or bracket).
//   4. After an abbreviation: titles ("Mr.", "Col.", "Gen.") and initials
//      ("J.") never end a sentence; others ("U.S.", "Inc.", "Oct.") do only
//      when the next word is a typical sentence opener ("He", "The", "But").
// Thread-safety: pure function.
#ifndef HERODOTUS_TEXT_SPLITTER_H_
#define HERODOTUS_TEXT_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace herodotus::text {

struct SentenceBreak {
  uint32_t first_token = 0;      // index into the token vector
  bool paragraph_start = false;  // preceded by a line break (or text start)
};

// Appends one SentenceBreak per sentence, in order; the first one has
// first_token 0. Appends nothing when tokens is empty.
void SplitSentences(std::string_view text, const std::vector<SurfaceToken>& tokens,
                    std::vector<SentenceBreak>* out);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_SPLITTER_H_
