// HTML extraction (depth flattening, gumbo, body choice, boilerplate).
#include <cstdint>

#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herodotus::IngestOptions opt;
  opt.default_date = herodotus::Date{2019, 1, 1};
  herodotus::fuzz::ReadAllAndCheck(data, size, "fuzz.html", opt);
  return 0;
}
