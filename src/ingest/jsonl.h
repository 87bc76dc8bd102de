// One JSON Lines record → Article (DESIGN.md input contract), with simdjson.
// Internal to src/ingest. Not thread-safe (owns a reusable simdjson parser).
#ifndef HERODOTUS_INGEST_JSONL_H_
#define HERODOTUS_INGEST_JSONL_H_

#include <memory>
#include <string>

#include "herodotus/article.h"
#include "herodotus/ingest.h"

namespace herodotus::ingest_internal {

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  // Parses one line. `line` may be modified (padding is appended for
  // simdjson). Returns "" and fills *out, or the one-line reason the record is
  // bad ("invalid UTF-8", "missing field \"text\"", "impossible date ...").
  std::string Parse(std::string* line, const IngestOptions& options, Article* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Checks a JSON/meta date value: "YYYY-MM-DD", optionally followed by 'T' or
// ' ' and a time. Returns "" and sets *out, or a reason.
std::string ParseIsoDate(std::string_view s, Date* out);

// A value quoted for a one-line message: at most 40 bytes, control bytes as '?'.
std::string Quote(std::string_view s);

}  // namespace herodotus::ingest_internal

#endif  // HERODOTUS_INGEST_JSONL_H_
