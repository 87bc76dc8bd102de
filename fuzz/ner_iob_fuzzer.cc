// Fuzzes the NER IOB/CoNLL reader: any bytes must parse without crashing,
// and every sentence it returns must have well-formed IOB2 tags.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ner/iob_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  herodotus::ner::TypeMap map;
  herodotus::ner::TypeMap::Parse("MISC=O,person=PER", &map);
  herodotus::ner::IobCorpus c = herodotus::ner::ParseIob(text, "fuzz", map);
  for (const auto& s : c.sentences) {
    if (s.tokens.empty()) std::abort();
    for (const auto& e : herodotus::ner::ExtractSpans(s)) {
      if (e.begin >= e.end || e.end > static_cast<int>(s.tokens.size())) std::abort();
    }
  }
  return 0;
}
