#include "discourse/event_jsonl.h"

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace herodotus::discourse {

namespace {

namespace dom = simdjson::dom;

// Field readers: "" on success or when the field is absent or null (the
// output is then left alone), else the reason. `what` names the field in
// messages ("source.text").
std::string GetString(dom::object obj, const char* key, const std::string& what, std::string* out) {
  dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return "";
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) return "field \"" + what + "\" is not a string";
  // simdjson checks the raw bytes; an escape such as \u0000 still decodes to
  // a byte no later stage should see.
  if (std::memchr(s.data(), 0, s.size())) return "field \"" + what + "\" contains a NUL byte";
  if (!simdjson::validate_utf8(s.data(), s.size()))
    return "field \"" + what + "\" is not valid UTF-8";
  out->assign(s);
  return "";
}

std::string GetInt(dom::object obj, const char* key, const std::string& what, int64_t lo,
                   int64_t hi, int64_t* out) {
  dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return "";
  int64_t n;
  if (v.get_int64().get(n) != simdjson::SUCCESS || n < lo || n > hi)
    return "field \"" + what + "\" is not an integer in [" + std::to_string(lo) + ", " +
           std::to_string(hi) + "]";
  *out = n;
  return "";
}

// Sets *present when the field holds a number.
std::string GetNumber(dom::object obj, const char* key, const std::string& what, double* out,
                      bool* present) {
  *present = false;
  dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return "";
  double d;
  if (v.get_double().get(d) != simdjson::SUCCESS || !std::isfinite(d))
    return "field \"" + what + "\" is not a number";
  *out = d;
  *present = true;
  return "";
}

std::string GetDate(dom::object obj, const char* key, const std::string& what, Date* out) {
  std::string s;
  std::string r = GetString(obj, key, what, &s);
  if (!r.empty() || s.empty()) return r;
  if (s.size() != 10 || !Date::Parse(s, out)) return "field \"" + what + "\" is not a date that exists";
  return "";
}

// Null or absent: *out stays empty; otherwise it must be an object.
std::string GetObject(dom::object obj, const char* key, const std::string& what, dom::object* out,
                      bool* present) {
  *present = false;
  dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return "";
  if (v.get_object().get(*out) != simdjson::SUCCESS) return "field \"" + what + "\" is not an object";
  *present = true;
  return "";
}

#define RETURN_REASON(expr)               \
  do {                                    \
    std::string reason_ = (expr);         \
    if (!reason_.empty()) return reason_; \
  } while (0)

std::string GetActor(dom::object obj, const char* key, std::optional<ActorRef>* out) {
  dom::object a;
  bool present;
  RETURN_REASON(GetObject(obj, key, key, &a, &present));
  if (!present) return "";
  ActorRef r;
  const std::string k = key;
  RETURN_REASON(GetString(a, "text", k + ".text", &r.text));
  RETURN_REASON(GetString(a, "code", k + ".code", &r.code));
  RETURN_REASON(GetString(a, "country", k + ".country", &r.country));
  RETURN_REASON(GetString(a, "backed_by", k + ".backed_by", &r.backed_by));
  dom::element v;
  if (a.at_key("sectors").get(v) == simdjson::SUCCESS && !v.is_null()) {
    dom::array arr;
    if (v.get_array().get(arr) != simdjson::SUCCESS) return "field \"" + k + ".sectors\" is not an array";
    for (dom::element s : arr) {
      std::string_view sv;
      if (s.get_string().get(sv) != simdjson::SUCCESS || !simdjson::validate_utf8(sv.data(), sv.size()) ||
          std::memchr(sv.data(), 0, sv.size()))
        return "field \"" + k + ".sectors\" holds a non-string";
      r.sectors.emplace_back(sv);
    }
  }
  *out = std::move(r);
  return "";
}

std::string GetLocation(dom::object obj, std::optional<Location>* out) {
  dom::object o;
  bool present;
  RETURN_REASON(GetObject(obj, "location", "location", &o, &present));
  if (!present) return "";
  Location l;
  RETURN_REASON(GetString(o, "name", "location.name", &l.name));
  RETURN_REASON(GetString(o, "admin1", "location.admin1", &l.admin1));
  RETURN_REASON(GetString(o, "country", "location.country", &l.country));
  RETURN_REASON(GetString(o, "basis", "location.basis", &l.basis));
  RETURN_REASON(GetInt(o, "geonameid", "location.geonameid", 0,
                       std::numeric_limits<int64_t>::max(), &l.geonameid));
  bool has_lat, has_lon;
  RETURN_REASON(GetNumber(o, "lat", "location.lat", &l.lat, &has_lat));
  RETURN_REASON(GetNumber(o, "lon", "location.lon", &l.lon, &has_lon));
  if (has_lat != has_lon) return "field \"location\" has only one of lat and lon";
  if (has_lat && (std::fabs(l.lat) > 90 || std::fabs(l.lon) > 180))
    return "field \"location\" has coordinates out of range";
  l.has_coordinates = has_lat;
  if (!has_lat) l.lat = l.lon = 0;
  *out = std::move(l);
  return "";
}

std::string GetStatus(dom::object obj, const std::string& what, EventStatus* out) {
  std::string s;
  RETURN_REASON(GetString(obj, "status", what, &s));
  if (!s.empty() && !ParseStatus(s, out)) return "field \"" + what + "\" is not a known status";
  return "";
}

constexpr int64_t kMaxInt = std::numeric_limits<int>::max();
constexpr int64_t kMaxU32 = std::numeric_limits<uint32_t>::max();

std::string GetMentions(dom::object obj, std::vector<Mention>* out) {
  dom::element v;
  if (obj.at_key("mentions").get(v) != simdjson::SUCCESS || v.is_null()) return "";
  dom::array arr;
  if (v.get_array().get(arr) != simdjson::SUCCESS) return "field \"mentions\" is not an array";
  for (dom::element e : arr) {
    dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) return "field \"mentions\" holds a non-object";
    Mention m;
    RETURN_REASON(GetString(o, "article_id", "mentions.article_id", &m.article_id));
    if (m.article_id.empty()) return "a mention has no \"article_id\"";
    int64_t n = 0;
    RETURN_REASON(GetInt(o, "sentence", "mentions.sentence", 0, kMaxInt, &n));
    m.sentence = static_cast<int>(n);
    RETURN_REASON(GetString(o, "event_id", "mentions.event_id", &m.event_id));
    RETURN_REASON(GetDate(o, "date", "mentions.date", &m.date));
    RETURN_REASON(GetString(o, "date_precision", "mentions.date_precision", &m.date_precision));
    RETURN_REASON(GetString(o, "code", "mentions.code", &m.code));
    RETURN_REASON(GetStatus(o, "mentions.status", &m.status));
    RETURN_REASON(GetActor(o, "source_of_claim", &m.source_of_claim));
    out->push_back(std::move(m));
  }
  return "";
}

std::string ParseObject(dom::object obj, MergedEvent* out) {
  Event& e = out->event;
  RETURN_REASON(GetString(obj, "article_id", "article_id", &e.article_id));
  if (e.article_id.empty()) return "missing field \"article_id\"";
  int64_t n = 0;
  RETURN_REASON(GetInt(obj, "sentence", "sentence", 0, kMaxInt, &n));
  e.sentence = static_cast<int>(n);
  RETURN_REASON(GetString(obj, "event_id", "event_id", &e.event_id));
  RETURN_REASON(GetDate(obj, "date", "date", &e.date));
  RETURN_REASON(GetString(obj, "date_precision", "date_precision", &e.date_precision));
  RETURN_REASON(GetString(obj, "code", "code", &e.code));
  RETURN_REASON(GetString(obj, "root", "root", &e.root));
  if (e.code.empty() && e.root.empty()) return "missing field \"code\"";
  if (e.root.empty()) e.root = e.code.substr(0, std::min<size_t>(2, e.code.size()));
  n = 0;
  RETURN_REASON(GetInt(obj, "quad_class", "quad_class", 0, 4, &n));
  e.quad_class = static_cast<int>(n);
  bool present;
  RETURN_REASON(GetNumber(obj, "goldstein", "goldstein", &e.goldstein, &present));
  dom::object sub;
  RETURN_REASON(GetObject(obj, "plover", "plover", &sub, &present));
  if (present) {
    RETURN_REASON(GetString(sub, "event", "plover.event", &e.plover_event));
    RETURN_REASON(GetString(sub, "mode", "plover.mode", &e.plover_mode));
    RETURN_REASON(GetString(sub, "context", "plover.context", &e.plover_context));
  }
  RETURN_REASON(GetActor(obj, "source", &e.source));
  RETURN_REASON(GetActor(obj, "target", &e.target));
  RETURN_REASON(GetStatus(obj, "status", &e.status));
  RETURN_REASON(GetActor(obj, "source_of_claim", &e.source_of_claim));
  RETURN_REASON(GetLocation(obj, &e.location));
  RETURN_REASON(GetString(obj, "claim_group", "claim_group", &e.claim_group));
  RETURN_REASON(GetString(obj, "sentence_text", "sentence_text", &e.sentence_text));
  RETURN_REASON(GetObject(obj, "evidence", "evidence", &sub, &present));
  if (present) {
    RETURN_REASON(GetString(sub, "trigger", "evidence.trigger", &e.trigger));
    int64_t s = 0, t = 0;
    RETURN_REASON(GetInt(sub, "start", "evidence.start", 0, kMaxU32, &s));
    RETURN_REASON(GetInt(sub, "end", "evidence.end", 0, kMaxU32, &t));
    e.trigger_start = static_cast<uint32_t>(s);
    e.trigger_end = static_cast<uint32_t>(t);
  }
  RETURN_REASON(GetMentions(obj, &out->mentions));
  if (out->mentions.empty()) out->mentions.push_back(MentionOf(e));
  return "";
}

#undef RETURN_REASON

}  // namespace

struct EventLineParser::Impl {
  dom::parser parser;
};

EventLineParser::EventLineParser() : impl_(new Impl) {}
EventLineParser::~EventLineParser() = default;

std::string EventLineParser::Parse(std::string* line, MergedEvent* out) {
  const size_t len = line->size();
  if (len > kMaxLineBytes) return "line longer than " + std::to_string(kMaxLineBytes) + " bytes";
  if (!simdjson::validate_utf8(line->data(), len)) return "invalid UTF-8";
  line->append(simdjson::SIMDJSON_PADDING, '\0');
  dom::element doc;
  auto err = impl_->parser.parse(line->data(), len, false).get(doc);
  line->resize(len);
  if (err) return std::string("invalid JSON: ") + simdjson::error_message(err);
  dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return "record is not a JSON object";
  *out = MergedEvent();
  return ParseObject(obj, out);
}

}  // namespace herodotus::discourse
