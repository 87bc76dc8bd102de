// Fuzz target for the text stage (tokenizer, clitics, sentence splitter,
// normalizer): any bytes in, and every span must be non-empty, inside the
// text, increasing and non-overlapping, tokens inside their sentence, MWT
// spans inside the sentence, and forms valid (non-empty) strings.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<herodotus::Sentence> sentences;
  herodotus::text::Segment(text, &sentences);
  uint32_t prev_end = 0;
  for (const herodotus::Sentence& s : sentences) {
    if (s.tokens.empty() || s.start >= s.end || s.end > size || s.start < prev_end) std::abort();
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const herodotus::Token& t = s.tokens[i];
      if (t.start >= t.end || t.start < prev_end || t.end > size) std::abort();
      if (t.start < s.start || t.end > s.end) std::abort();
      if (t.form.empty()) std::abort();
      if (t.mwt_span > 1 && i + t.mwt_span > s.tokens.size()) std::abort();
      prev_end = t.end;
    }
    if (prev_end != s.end) std::abort();
  }
  return 0;
}
