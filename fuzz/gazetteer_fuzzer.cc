// Fuzz target: the gazetteer parser (dict/geo/gazetteer.tsv.gz, uncompressed
// text). Any input must give a Status or a gazetteer, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "discourse/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto g = herodotus::discourse::Gazetteer::Parse(text, "fuzz");
  if (g.ok()) {
    (void)(*g)->Lookup("paris");
    (void)(*g)->Country("USA");
  }
  return 0;
}
