// Event filter options shared by `herodotus query`, `export` and `stats`:
// declared once on a CLI11 subcommand, parsed into an EventFilter once.
#ifndef HERODOTUS_CLI_STORE_FILTER_H_
#define HERODOTUS_CLI_STORE_FILTER_H_

#include <CLI/CLI.hpp>
#include <string>

#include "herodotus/store.h"

namespace herodotus::cli {

struct FilterArgs {
  std::string db, from, to, actor, dyad, code, root, status, place, text, article;
  int64_t limit = 0;
};

inline void AddFilterOptions(CLI::App& sub, FilterArgs* a) {
  sub.add_option("--db", a->db, "event store (SQLite file written by `herodotus code --db`)")
      ->required();
  sub.add_option("--from", a->from, "first event date, YYYY-MM-DD");
  sub.add_option("--to", a->to, "last event date, YYYY-MM-DD (inclusive)");
  sub.add_option("--actor", a->actor, "source or target: actor code prefix (USA, USAGOV) or country");
  sub.add_option("--dyad", a->dyad, "SOURCE,TARGET code prefixes, directed (USA,IRN)");
  sub.add_option("--code", a->code, "CAMEO code prefix (112, 11)");
  sub.add_option("--root", a->root, "CAMEO root code (two digits, 11)");
  sub.add_option("--status", a->status,
                 "comma-separated statuses: asserted,attributed,alleged,denied,negated,hypothetical");
  sub.add_option("--place", a->place, "location name or ISO3 country of the event");
  sub.add_option("--text", a->text, "words that must all occur in the event's sentence");
  sub.add_option("--article", a->article, "one article id");
  sub.add_option("--limit", a->limit, "at most this many events (rows for stats)");
}

// Fills *f; on a bad value returns false with *error set (a usage error).
inline bool ParseFilter(const FilterArgs& a, EventFilter* f, std::string* error) {
  if (!a.from.empty() && !Date::Parse(a.from, &f->from)) {
    *error = "--from must be a date YYYY-MM-DD, got '" + a.from + "'";
    return false;
  }
  if (!a.to.empty() && !Date::Parse(a.to, &f->to)) {
    *error = "--to must be a date YYYY-MM-DD, got '" + a.to + "'";
    return false;
  }
  f->actor = a.actor;
  if (!a.dyad.empty()) {
    size_t comma = a.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == a.dyad.size()) {
      *error = "--dyad must be SOURCE,TARGET (e.g. USA,IRN), got '" + a.dyad + "'";
      return false;
    }
    f->dyad_source = a.dyad.substr(0, comma);
    f->dyad_target = a.dyad.substr(comma + 1);
  }
  f->code = a.code;
  f->root = a.root;
  if (!a.root.empty() && a.root.size() == 1) f->root = "0" + a.root;  // "4" → "04"
  size_t i = 0;
  while (i < a.status.size()) {
    size_t j = a.status.find(',', i);
    if (j == std::string::npos) j = a.status.size();
    std::string name = a.status.substr(i, j - i);
    EventStatus s;
    if (!ParseStatus(name, &s)) {
      *error = "--status: unknown status '" + name +
               "' (asserted, attributed, alleged, denied, negated, hypothetical)";
      return false;
    }
    f->statuses.push_back(s);
    i = j + 1;
  }
  f->place = a.place;
  f->text = a.text;
  f->article_id = a.article;
  if (a.limit < 0) {
    *error = "--limit must not be negative";
    return false;
  }
  f->limit = a.limit;
  return true;
}

// Opens the store for reading; on failure prints "herodotus CMD: reason".
inline std::unique_ptr<Store> OpenForReading(const std::string& cmd, const std::string& db) {
  auto s = Store::Open(db, StoreOptions{.read_only = true});
  if (!s.ok()) {
    std::cerr << "herodotus " << cmd << ": " << s.status().ToString() << "\n";
    return nullptr;
  }
  return std::move(*s);
}

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_STORE_FILTER_H_
