#include "ingest/text_article.h"

#include <simdjson.h>

#include <cstring>

namespace herodotus::ingest_internal {

std::string BuildTextArticle(std::string_view data, const IngestOptions& options, Article* a) {
  if (std::memchr(data.data(), 0, data.size())) return "NUL byte in text";
  if (!simdjson::validate_utf8(data.data(), data.size())) return "invalid UTF-8";
  size_t b = data.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "empty text";
  size_t e = data.find_last_not_of(" \t\r\n");
  a->text.assign(data.substr(b, e + 1 - b));
  if (!a->date.known()) a->date = options.default_date;
  if (!a->date.known() && options.require_date) return "no date in the text and no default date";
  return "";
}

}  // namespace herodotus::ingest_internal
