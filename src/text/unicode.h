// Code point decoding and the character classes the tokenizer needs.
//
// The tokenizer scans the ORIGINAL bytes of Article::text, so it must never
// trip over invalid UTF-8 even though ingest validates it: an invalid byte
// decodes as one U+FFFD code point of length 1, so every scan advances.
// Thread-safety: pure functions.
#ifndef HERODOTUS_TEXT_UNICODE_H_
#define HERODOTUS_TEXT_UNICODE_H_

#include <cstddef>
#include <cstdint>

namespace herodotus::text {

enum class CharClass : uint8_t {
  kSpace,    // horizontal whitespace, controls, zero-width space
  kNewline,  // \n, U+2028, U+2029, U+0085
  kLetter,   // letters, combining marks, any other non-punctuation code point
  kDigit,    // ASCII 0-9
  kPunct,    // ASCII punctuation, quotes, dashes, currency, other symbols
};

// Decodes the code point at p (p < end). Returns its byte length (≥ 1);
// invalid or truncated sequences give U+FFFD and length 1.
inline size_t DecodeUtf8(const char* p, const char* end, uint32_t* cp) {
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) { *cp = b0; return 1; }
  size_t n;
  uint32_t c, min;
  if ((b0 & 0xE0) == 0xC0) { n = 2; c = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { n = 3; c = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { n = 4; c = b0 & 0x07; min = 0x10000; }
  else { *cp = 0xFFFD; return 1; }
  if (static_cast<size_t>(end - p) < n) { *cp = 0xFFFD; return 1; }
  for (size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80) { *cp = 0xFFFD; return 1; }
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) { *cp = 0xFFFD; return 1; }
  *cp = c;
  return n;
}

CharClass Classify(uint32_t cp);

// Quote-like code points (ASCII ' " ` and the typographic ones).
bool IsSingleQuote(uint32_t cp);   // ' ` ‘ ’ ‚ ‛ ′
bool IsDoubleQuote(uint32_t cp);   // " “ ” „ ‟ « » ″
bool IsDash(uint32_t cp);          // - ‐ ‑ ‒ – — ― − (hyphen-minus included)
bool IsUpper(uint32_t cp);         // ASCII and Latin-1/Latin Extended-A capitals
bool IsLower(uint32_t cp);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_UNICODE_H_
