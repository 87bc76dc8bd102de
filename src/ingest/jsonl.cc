#include "ingest/jsonl.h"

#include <simdjson.h>

#include <cstring>

#include "ingest/dateline.h"

namespace herodotus::ingest_internal {
namespace {

namespace dom = simdjson::dom;

bool AllSpace(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Reads an optional string field; "" reason when absent/null or a valid string.
std::string OptionalString(dom::object obj, const char* key, std::string* out) {
  dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return "";
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS)
    return std::string("field \"") + key + "\" is not a string";
  // simdjson validates the raw bytes; escapes such as \u0000 or a lone
  // surrogate can still decode to bytes no later stage should see.
  if (std::memchr(s.data(), 0, s.size()))
    return std::string("field \"") + key + "\" contains a NUL byte";
  if (!simdjson::validate_utf8(s.data(), s.size()))
    return std::string("field \"") + key + "\" is not valid UTF-8";
  out->assign(s);
  return "";
}

}  // namespace

std::string Quote(std::string_view s) {
  std::string q = "\"";
  for (size_t i = 0; i < s.size() && i < 40; ++i) {
    unsigned char c = s[i];
    q += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  }
  if (s.size() > 40) q += "...";
  return q + "\"";
}

std::string ParseIsoDate(std::string_view s, Date* out) {
  std::string_view d = s.size() > 10 && (s[10] == 'T' || s[10] == ' ') ? s.substr(0, 10) : s;
  bool shape = d.size() == 10 && d[4] == '-' && d[7] == '-';
  for (size_t i = 0; shape && i < 10; ++i)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) shape = false;
  if (!shape) return "malformed date " + Quote(s) + " (want YYYY-MM-DD)";
  if (!Date::Parse(d, out)) return "impossible date " + Quote(s);
  return "";
}

struct JsonlParser::Impl {
  dom::parser parser;
};

JsonlParser::JsonlParser() : impl_(new Impl) {}
JsonlParser::~JsonlParser() = default;

std::string JsonlParser::Parse(std::string* line, const IngestOptions& options, Article* out) {
  if (const void* nul = std::memchr(line->data(), 0, line->size())) {
    size_t col = static_cast<const char*>(nul) - line->data() + 1;
    return "NUL byte at column " + std::to_string(col);
  }
  if (!simdjson::validate_utf8(line->data(), line->size())) return "invalid UTF-8";
  const size_t len = line->size();
  line->append(simdjson::SIMDJSON_PADDING, '\0');
  dom::element doc;
  auto err = impl_->parser.parse(line->data(), len, false).get(doc);
  if (err) return std::string("invalid JSON: ") + simdjson::error_message(err);
  dom::object obj;
  if (doc.get_object().get(obj)) return "record is not a JSON object";

  *out = Article();
  // id: a string; a JSON integer is accepted and written in decimal.
  dom::element id;
  if (obj.at_key("id").get(id) || id.is_null()) return "missing field \"id\"";
  if (id.is_string()) {
    std::string reason = OptionalString(obj, "id", &out->id);
    if (!reason.empty()) return reason;
  } else if (id.is_int64()) {
    out->id = std::to_string(int64_t(id));
  } else if (id.is_uint64()) {
    out->id = std::to_string(uint64_t(id));
  } else {
    return "field \"id\" is not a string";
  }
  if (out->id.empty()) return "empty field \"id\"";
  if (out->id.size() > 1024) return "field \"id\" longer than 1024 bytes";

  dom::element text;
  if (obj.at_key("text").get(text) || text.is_null()) return "missing field \"text\"";
  if (!text.is_string()) return "field \"text\" is not a string";
  const std::pair<const char*, std::string*> fields[] = {
      {"text", &out->text}, {"title", &out->title}, {"url", &out->url}, {"source", &out->source}};
  for (const auto& [key, field] : fields) {
    std::string reason = OptionalString(obj, key, field);
    if (!reason.empty()) return reason;
  }
  if (AllSpace(out->text)) return "empty text";
  if (out->text.size() > options.max_article_bytes)
    return "text larger than " + std::to_string(options.max_article_bytes) + " bytes";

  dom::element date;
  std::string_view date_s;
  bool has_date = !obj.at_key("date").get(date) && !date.is_null();
  if (has_date) {
    if (date.get_string().get(date_s)) return "field \"date\" is not a string";
    has_date = !date_s.empty();
  }
  if (has_date) {
    std::string reason = ParseIsoDate(date_s, &out->date);
    if (!reason.empty()) return reason;
  } else if (options.default_date.known()) {
    out->date = options.default_date;
  } else if (options.require_date) {
    return "missing field \"date\" and no default date";
  }
  // The text is kept as received; only the place of an opening dateline is noted.
  Dateline d;
  if (ParseDateline(out->text, &d) && d.kind == Dateline::kPlace) out->dateline = d.place;
  return "";
}

}  // namespace herodotus::ingest_internal
