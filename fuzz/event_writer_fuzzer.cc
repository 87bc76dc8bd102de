// Fuzzes the event writers with arbitrary text in every string field (article
// text reaches the output verbatim through sentence_text, trigger and actor
// mentions). Every format must produce well-formed lines: JSON lines parse,
// Phoenix rows keep their 26 columns on one line.
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "herodotus/writer.h"

namespace {

// Splits the input at '|' into up to 8 fields.
std::string_view Field(std::string_view data, int n) {
  for (int i = 0; i < n; ++i) {
    size_t p = data.find('|');
    if (p == std::string_view::npos) return {};
    data.remove_prefix(p + 1);
  }
  return data.substr(0, data.find('|'));
}

std::string Write(std::string_view format, const herodotus::Event& e,
                  const herodotus::EventOrigin& origin) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  auto w = herodotus::EventWriter::Create(format, f);
  if (!w.ok() || !(*w)->Write(e, origin).ok() || !(*w)->Flush().ok()) std::abort();
  std::fclose(f);
  std::string out(buf, len);
  std::free(buf);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  herodotus::Event e;
  e.article_id = Field(in, 0);
  e.event_id = Field(in, 1);
  e.sentence_text = Field(in, 2);
  e.trigger = Field(in, 3);
  e.code = Field(in, 4);
  e.source = herodotus::ActorRef{std::string(Field(in, 5)), std::string(Field(in, 4)), "", {std::string(Field(in, 6))}, "", 0, 0};
  e.location = herodotus::Location{std::string(Field(in, 7)), "", "", 0, 1e308 * (size % 3), -0.0, size % 2 == 0, ""};
  e.goldstein = size % 5 == 0 ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(size) / 7;
  herodotus::EventOrigin origin{Field(in, 6), Field(in, 7), Field(in, 2)};

  simdjson::dom::parser parser;
  for (std::string_view format : {"jsonl", "plover"}) {
    std::string line = Write(format, e, origin);
    if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) std::abort();
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc) != simdjson::SUCCESS) std::abort();
  }
  for (std::string_view format : {"phoenix-tsv", "tsv"}) {
    std::string out = Write(format, e, origin);
    size_t lines = 0, tabs = 0;
    for (char c : out) {
      lines += c == '\n';
      tabs += c == '\t';
    }
    size_t rows = format == "tsv" ? 2 : 1;
    size_t cols = format == "tsv" ? 28 : 26;
    if (lines != rows || tabs != rows * (cols - 1)) std::abort();
  }
  Write("csv", e, origin);
  return 0;
}
