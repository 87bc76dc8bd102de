// Dateline parser and boilerplate rules on arbitrary bytes.
#include <cstdint>
#include <string_view>

#include "article_checks.h"
#include "ingest/boilerplate.h"
#include "ingest/dateline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using herodotus::fuzz::Check;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  herodotus::Dateline d;
  if (herodotus::ParseDateline(text, &d)) {
    Check(d.length <= text.size());
    Check(d.place.size() <= d.length && d.source.size() <= text.size());
    if (d.month != 0)
      Check(herodotus::Date::Valid(d.year ? d.year : 2000, d.month, d.day));
    if (d.kind != herodotus::Dateline::kPlace) Check(d.year != 0);
  }
  (void)herodotus::IsBoilerplateLine(text);
  return 0;
}
