// Token form normalization: NFC and typographic quotes/dashes to ASCII.
//
// Only forms are normalized; offsets always index the ORIGINAL text, so a
// token's span [start, end) and its normalized form may differ in length
// (“ is 3 bytes, its form " is 1). Mapping, chosen for the taggers trained on
// UD English-EWT, whose text mostly uses straight quotes:
//   ‘ ’ ‚ ‛ ′ `  → '      (so ’s / n’t become 's / n't)
//   “ ” „ ‟ ″ « » → "
//   ‐ ‑ (hyphens)  → -      ‒ – (figure/en dash) → -    — ― (em dash) → --
//   … → ...        U+2212 minus → -     non-breaking/odd spaces inside a form → ' '
// Thread-safety: pure function (utf8proc is reentrant).
#ifndef HERODOTUS_TEXT_NORMALIZER_H_
#define HERODOTUS_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>

namespace herodotus::text {

// Writes the normalized form of `original` (any bytes; invalid UTF-8 becomes
// U+FFFD) into *out, replacing its contents. ASCII input is copied unchanged
// except for ` (→ ').
void NormalizeForm(std::string_view original, std::string* out);

// Convenience wrapper.
std::string NormalizeForm(std::string_view original);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_NORMALIZER_H_
