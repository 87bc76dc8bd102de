#include "eval/event_gold.h"

#include <simdjson.h>

#include <algorithm>
#include <utility>

#include "util/file.h"

namespace herodotus::eval {
namespace {

namespace od = simdjson::ondemand;

// A line-level parse error: the reason, reported as "file:line: reason".
struct Error {
  std::string reason;
};

bool IsRoot(std::string_view r) {
  if (r.size() != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9') return false;
  int n = (r[0] - '0') * 10 + (r[1] - '0');
  return n >= 1 && n <= 20;
}

bool IsPloverName(std::string_view p) {
  if (p.empty()) return false;
  return std::all_of(p.begin(), p.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

// A string or a list of strings → *out.
bool ReadStrings(od::value v, std::vector<std::string>* out, Error* err, std::string_view key) {
  od::json_type type;
  if (v.type().get(type)) {
    err->reason = std::string(key) + ": bad JSON value";
    return false;
  }
  if (type == od::json_type::string) {
    std::string_view s;
    if (v.get_string().get(s)) {
      err->reason = std::string(key) + ": bad string";
      return false;
    }
    out->emplace_back(s);
    return true;
  }
  od::array arr;
  if (type != od::json_type::array || v.get_array().get(arr)) {
    err->reason = std::string(key) + ": expected a string or a list of strings";
    return false;
  }
  for (auto elem : arr) {
    std::string_view s;
    if (elem.get_string().get(s)) {
      err->reason = std::string(key) + ": list elements must be strings";
      return false;
    }
    out->emplace_back(s);
  }
  return true;
}

bool ReadActor(od::value v, GoldActor* out, Error* err, std::string_view key) {
  std::vector<std::string> list;
  if (!ReadStrings(v, &list, err, key)) return false;
  out->any = false;
  out->prefixes.clear();
  for (std::string& s : list) {
    if (s == "*") {
      out->any = true;
    } else if (s.empty()) {
      err->reason = std::string(key) + ": empty code prefix (use [] for \"no actor\")";
      return false;
    } else {
      out->prefixes.push_back(std::move(s));
    }
  }
  if (out->any) out->prefixes.clear();
  return true;
}

bool ReadGoldEvent(od::value v, GoldEvent* ev, Error* err) {
  od::object obj;
  if (v.get_object().get(obj)) {
    err->reason = "event: expected an object";
    return false;
  }
  for (auto field_result : obj) {
    od::field field;
    std::string_view key;
    if (std::move(field_result).get(field) || field.unescaped_key().get(key)) {
      err->reason = "event: bad JSON";
      return false;
    }
    std::string k(key);  // the key view dies when the value is read
    od::value val = field.value();
    if (k == "source") {
      if (!ReadActor(val, &ev->source, err, k)) return false;
    } else if (k == "target") {
      if (!ReadActor(val, &ev->target, err, k)) return false;
    } else if (k == "source_of_claim") {
      if (!ReadActor(val, &ev->source_of_claim, err, k)) return false;
    } else if (k == "root") {
      if (!ReadStrings(val, &ev->roots, err, k)) return false;
      for (const std::string& r : ev->roots) {
        if (!IsRoot(r)) {
          err->reason = "root: \"" + r + "\" is not a CAMEO root 01..20";
          return false;
        }
      }
    } else if (k == "plover") {
      if (!ReadStrings(val, &ev->plovers, err, k)) return false;
      for (const std::string& p : ev->plovers) {
        if (!IsPloverName(p)) {
          err->reason = "plover: \"" + p + "\" is not an upper-case PLOVER event type";
          return false;
        }
      }
    } else if (k == "symmetric") {
      if (val.get_bool().get(ev->symmetric)) {
        err->reason = "symmetric: expected true or false";
        return false;
      }
    } else if (k == "status") {
      std::vector<std::string> names;
      if (!ReadStrings(val, &names, err, k)) return false;
      for (const std::string& n : names) {
        EventStatus s;
        if (!ParseStatus(n, &s)) {
          err->reason = "status: unknown status \"" + n + "\"";
          return false;
        }
        ev->statuses.push_back(s);
      }
    } else if (k == "note") {
      // Documentation only.
    } else {
      err->reason = "event: unknown key \"" + k + "\"";
      return false;
    }
  }
  if (ev->roots.empty() && ev->plovers.empty()) {
    err->reason = "event: needs \"root\" or \"plover\"";
    return false;
  }
  return true;
}

bool ReadGoldEvents(od::value v, std::vector<GoldEvent>* out, int line, Error* err,
                    std::string_view key) {
  od::array arr;
  if (v.get_array().get(arr)) {
    err->reason = std::string(key) + ": expected a list of events";
    return false;
  }
  for (auto elem : arr) {
    od::value ev_value;
    if (elem.get(ev_value)) {
      err->reason = std::string(key) + ": bad JSON";
      return false;
    }
    GoldEvent ev;
    ev.line = line;
    if (!ReadGoldEvent(ev_value, &ev, err)) {
      err->reason = std::string(key) + "[" + std::to_string(out->size()) + "]: " + err->reason;
      return false;
    }
    out->push_back(std::move(ev));
  }
  return true;
}

bool ParseRecord(std::string_view line_text, int line, od::parser* parser, GoldRecord* rec,
                 Error* err) {
  if (!simdjson::validate_utf8(line_text.data(), line_text.size())) {
    err->reason = "invalid UTF-8";
    return false;
  }
  simdjson::padded_string padded(line_text);
  od::document doc;
  if (parser->iterate(padded).get(doc)) {
    err->reason = "bad JSON";
    return false;
  }
  od::object obj;
  if (doc.get_object().get(obj)) {
    err->reason = "expected a JSON object";
    return false;
  }
  bool have_id = false, have_text = false;
  for (auto field_result : obj) {
    od::field field;
    std::string_view key;
    if (std::move(field_result).get(field) || field.unescaped_key().get(key)) {
      err->reason = "bad JSON";
      return false;
    }
    std::string k(key);
    od::value val = field.value();
    std::string_view s;
    if (k == "id") {
      if (val.get_string().get(s) || s.empty()) {
        err->reason = "id: expected a non-empty string";
        return false;
      }
      rec->id = s;
      have_id = true;
    } else if (k == "text") {
      if (val.get_string().get(s)) {
        err->reason = "text: expected a string";
        return false;
      }
      rec->text = s;
      have_text = true;
    } else if (k == "date") {
      if (val.get_string().get(s) || !Date::Parse(s, &rec->date)) {
        err->reason = "date: expected a valid \"YYYY-MM-DD\"";
        return false;
      }
    } else if (k == "events") {
      if (!ReadGoldEvents(val, &rec->events, line, err, k)) return false;
    } else if (k == "forbidden") {
      if (!ReadGoldEvents(val, &rec->forbidden, line, err, k)) return false;
    } else if (k == "note" || k == "title" || k == "url" || k == "source" ||
               k == "claim_groups" || k == "quotes") {
      // Documentation for readers of the gold file; the scorer ignores it.
    } else {
      err->reason = "unknown key \"" + k + "\"";
      return false;
    }
  }
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS) {  // OUT_OF_BOUNDS = consumed all
    err->reason = "trailing content after the JSON object";
    return false;
  }
  if (!have_id) {
    err->reason = "missing \"id\"";
    return false;
  }
  if (!have_text || rec->text.empty()) {
    err->reason = "missing or empty \"text\"";
    return false;
  }
  return true;
}

}  // namespace

GoldSet ParseEventGold(std::string_view text, std::string_view name) {
  GoldSet set;
  od::parser parser;
  int line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line_text = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!line_text.empty() && line_text.back() == '\r') line_text.remove_suffix(1);
    if (line_text.find_first_not_of(" \t") == std::string_view::npos) continue;
    GoldRecord rec;
    Error err;
    if (!ParseRecord(line_text, line, &parser, &rec, &err)) {
      ++set.skipped;
      set.errors.push_back(std::string(name) + ":" + std::to_string(line) + ": " + err.reason);
      continue;
    }
    rec.origin = std::string(name) + ":" + std::to_string(line);
    set.records.push_back(std::move(rec));
  }
  return set;
}

Result<GoldSet> ReadEventGold(const std::string& path) {
  std::string content;
  HERODOTUS_RETURN_IF_ERROR(ReadFile(path, &content));
  return ParseEventGold(content, path == "-" ? "<stdin>" : path);
}

}  // namespace herodotus::eval
