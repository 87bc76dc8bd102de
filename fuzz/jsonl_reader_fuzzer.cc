// JSON Lines ingest: any bytes → good articles or reported skips, never a crash.
#include <cstdint>

#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herodotus::IngestOptions opt;
  opt.max_article_bytes = 1 << 12;  // small budget: over-long lines are exercised too
  if (size > 0 && data[0] & 1) opt.default_date = herodotus::Date{2019, 2, 28};
  herodotus::fuzz::ReadAllAndCheck(data, size, "fuzz.jsonl", opt);
  return 0;
}
