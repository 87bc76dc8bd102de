// The text stage: original text → sentences of UD words with byte offsets.
//
//   std::vector<herodotus::Sentence> sentences;
//   herodotus::text::Segment(article.text, &sentences);
//
// Token::start/end and Sentence::start/end index the ORIGINAL bytes of the
// text (never the normalized forms): text.substr(t.start, t.end - t.start) is
// the surface of word t. Multiword tokens ("don't") give two words whose spans
// are adjacent pieces of the surface token; the first carries mwt_span = 2.
// Token::form is NFC with typographic quotes and dashes made ASCII
// (normalizer.h). Spans are never empty, never overlap, and increase.
// Invalid UTF-8 never crashes (bad bytes become one-byte symbols).
// Thread-safety: pure function over immutable tables; call from any thread.
#ifndef HERODOTUS_TEXT_SEGMENTER_H_
#define HERODOTUS_TEXT_SEGMENTER_H_

#include <string_view>
#include <vector>

#include "herodotus/article.h"

namespace herodotus::text {

// Appends the sentences of text to *out (nothing for empty/blank text).
void Segment(std::string_view text, std::vector<Sentence>* out);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_SEGMENTER_H_
