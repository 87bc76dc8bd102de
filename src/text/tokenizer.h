// The tokenizer: original text → surface tokens (UD English-EWT conventions).
//
// A surface token is what CoNLL-U calls a token: "don't" is ONE surface token
// (split into the words do + n't later, see clitics.h). Spans are byte
// offsets into the text given, which is never modified; forms are normalized
// later (normalizer.h). Conventions, checked against EWT's training data:
//   - punctuation is split off; runs such as "...", "!!", "?!", "--", "**",
//     "<<" stay one token; emoticons (":)", ";-)", "<3") are one token;
//   - hyphens split words ("well - known") except after prefixes that stay
//     attached ("e-mail", "non-profit", "co-worker") and in digit groups
//     such as phone numbers ("713-853-3989");
//   - numbers keep their separators: 1,000.50  3:30  10/12/2004  20th;
//   - abbreviations keep their period (Mr. U.S. etc. Calif. J.), "No." only
//     before a number; URLs and e-mail addresses are single tokens;
//   - "$5" → $ 5 and "5%" → 5 %.
// Thread-safety: pure function; no allocation beyond the output vector.
#ifndef HERODOTUS_TEXT_TOKENIZER_H_
#define HERODOTUS_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace herodotus::text {

enum class TokenKind : uint8_t {
  kWord,       // letters/digits, possibly with clitics ("don't", "20th")
  kNumber,     // starts with a digit: 1,000.50  3:30  1990s
  kAbbrev,     // word ending in its own period: "Mr."  "U.S."  "J."
  kFinal,      // a run of . ! ? … ("." "?!" "...")
  kPunct,      // any other punctuation or symbol
  kUrl,
  kEmail,
  kEmoticon,
};

struct SurfaceToken {
  uint32_t start = 0, end = 0;   // byte span in the text
  uint16_t newlines_before = 0;  // line breaks in the whitespace before (saturating)
  bool space_before = false;     // any whitespace (or text start) before
  TokenKind kind = TokenKind::kWord;
};

// Appends the surface tokens of text to *out. Texts longer than 4 GiB are
// the caller's problem (the pipeline's max_article_bytes budget is far smaller).
void Tokenize(std::string_view text, std::vector<SurfaceToken>* out);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_TOKENIZER_H_
