// Plain-text ingest (header lines, dateline, boilerplate): never a crash, and
// every article it returns holds the Article invariants.
#include <cstdint>

#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herodotus::IngestOptions opt;
  if (size > 0 && data[0] & 1) opt.default_date = herodotus::Date{2020, 2, 29};
  herodotus::fuzz::ReadAllAndCheck(data, size, "fuzz.txt", opt);
  return 0;
}
