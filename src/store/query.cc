// The read path: EventFilter → one SQL statement, rows → Events. Code
// prefixes become index-friendly ranges (code >= 'USA' AND code < 'USB'), so
// actor, dyad and code queries use the events indexes; --text goes through
// the FTS5 index over sentence text.
#include <cctype>

#include "herodotus/store.h"
#include "store/store_impl.h"

namespace herodotus {

using store::Stmt;

namespace {

// A WHERE clause with its bound values, in order.
struct Sql {
  std::string where;
  std::vector<std::string> args;
  bool needs_sentences = false;

  void And(const std::string& cond) {
    where += where.empty() ? " WHERE " : " AND ";
    where += cond;
  }
  std::string Arg(std::string v) {
    args.push_back(std::move(v));
    std::string ref = "?";  // (not "?" + ...: GCC 12 warns falsely on that)
    ref += std::to_string(args.size());
    return ref;
  }
  // col starts with prefix, as an index range.
  std::string Prefix(const char* col, const std::string& prefix) {
    std::string upper = prefix;
    while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
    if (upper.empty()) return std::string(col) + " >= " + Arg(prefix);
    upper.back() = static_cast<char>(upper.back() + 1);
    return "(" + std::string(col) + " >= " + Arg(prefix) + " AND " + col + " < " + Arg(upper) + ")";
  }
};

// Words → an FTS5 query where each word is a quoted string (so "U.S." or
// "al-Sadr" never hit FTS5 syntax) and all must occur.
std::string FtsQuery(std::string_view text) {
  std::string q;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) {
      if (!q.empty()) q += ' ';
      q += '"';
      for (char c : text.substr(i, j - i)) {
        if (c == '"') q += '"';
        q += c;
      }
      q += '"';
    }
    i = j;
  }
  return q;
}

Result<Sql> BuildWhere(const EventFilter& f) {
  Sql sql;
  if (f.from.known()) sql.And("e.date >= " + sql.Arg(f.from.ToString()));
  if (f.to.known()) sql.And("e.date <= " + sql.Arg(f.to.ToString()));
  if (!f.actor.empty()) {
    sql.And("(" + sql.Prefix("e.source_code", f.actor) + " OR " + sql.Prefix("e.target_code", f.actor) +
            " OR e.source_country = " + sql.Arg(f.actor) + " OR e.target_country = " +
            sql.Arg(f.actor) + ")");
  }
  if (!f.dyad_source.empty()) sql.And(sql.Prefix("e.source_code", f.dyad_source));
  if (!f.dyad_target.empty()) sql.And(sql.Prefix("e.target_code", f.dyad_target));
  if (!f.code.empty()) {
    // The root is the code's first two digits: constraining it lets the
    // (root, date) index serve the filter (schema 5 has no index on code).
    if (f.code.size() >= 2) sql.And("e.root = " + sql.Arg(f.code.substr(0, 2)));
    else sql.And(sql.Prefix("e.root", f.code));
    sql.And(sql.Prefix("e.code", f.code));
  }
  if (!f.root.empty()) sql.And("e.root = " + sql.Arg(f.root));
  if (!f.statuses.empty()) {
    std::string in;
    for (EventStatus s : f.statuses) {
      if (!in.empty()) in += ", ";
      in += sql.Arg(std::string(StatusName(s)));
    }
    sql.And("e.status IN (" + in + ")");
  }
  if (!f.place.empty()) {
    sql.And("(e.location_name = " + sql.Arg(f.place) + " COLLATE NOCASE OR e.location_country = " +
            sql.Arg(f.place) + " COLLATE NOCASE)");
  }
  if (!f.text.empty()) {
    std::string q = FtsQuery(f.text);
    if (q.empty()) return Status::InvalidArgument("--text: no words to search for");
    sql.needs_sentences = true;
    sql.And("s.sid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " + sql.Arg(q) + ")");
  }
  // Through the articles' unique id and the events' aid index.
  if (!f.article_id.empty())
    sql.And("e.aid = (SELECT aid FROM articles WHERE id = " + sql.Arg(f.article_id) + ")");
  if (f.limit < 0) return Status::InvalidArgument("limit must not be negative");
  return sql;
}

constexpr const char* kSelectEvents =
    "SELECT e.article_id, e.sentence, e.event_id, e.date, e.date_precision, e.code, e.root, "
    "e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.plover_context, "
    "e.source_text, e.source_code, e.source_country, e.source_sectors, e.source_backed_by, "
    "e.source_start, e.source_end, "
    "e.target_text, e.target_code, e.target_country, e.target_sectors, e.target_backed_by, "
    "e.target_start, e.target_end, e.status, "
    "e.claim_source_text, e.claim_source_code, e.claim_source_country, e.claim_source_sectors, "
    "e.claim_source_backed_by, e.claim_source_start, e.claim_source_end, e.claim_group, "
    "e.location_name, e.location_admin1, e.location_country, e.location_geonameid, e.lat, e.lon, "
    "e.location_basis, e.trigger, e.trigger_start, e.trigger_end, "
    "s.text, a.url, a.source, a.title "
    "FROM events e JOIN articles a ON a.aid = e.aid "
    "LEFT JOIN sentences s ON s.aid = e.aid AND s.idx = e.sentence";

std::vector<std::string> SplitSectors(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::optional<ActorRef> ReadActor(const Stmt& st, int col) {
  if (st.IsNull(col)) return std::nullopt;
  ActorRef a;
  a.text = st.Text(col);
  a.code = st.Text(col + 1);
  a.country = st.Text(col + 2);
  a.sectors = SplitSectors(st.Text(col + 3));
  a.backed_by = st.Text(col + 4);
  a.start = static_cast<uint32_t>(st.Int(col + 5));
  a.end = static_cast<uint32_t>(st.Int(col + 6));
  return a;
}

void ReadEvent(const Stmt& st, Event* e, StoredOrigin* origin) {
  e->article_id = st.Text(0);
  e->sentence = static_cast<int>(st.Int(1));
  e->event_id = st.Text(2);
  e->date = Date{};
  if (!st.IsNull(3)) Date::Parse(st.Text(3), &e->date);
  e->date_precision = st.Text(4);
  e->code = st.Text(5);
  e->root = st.Text(6);
  e->quad_class = static_cast<int>(st.Int(7));
  e->goldstein = st.Real(8);
  e->plover_event = st.Text(9);
  e->plover_mode = st.Text(10);
  e->plover_context = st.Text(11);
  e->source = ReadActor(st, 12);
  e->target = ReadActor(st, 19);
  e->status = EventStatus::kAsserted;
  ParseStatus(st.Text(26), &e->status);
  e->source_of_claim = ReadActor(st, 27);
  e->claim_group = st.IsNull(34) ? "" : std::string(st.Text(34));
  if (st.IsNull(35)) {
    e->location.reset();
  } else {
    Location l;
    l.name = st.Text(35);
    l.admin1 = st.Text(36);
    l.country = st.Text(37);
    l.geonameid = st.IsNull(38) ? 0 : st.Int(38);
    l.has_coordinates = !st.IsNull(39) && !st.IsNull(40);
    if (l.has_coordinates) {
      l.lat = st.Real(39);
      l.lon = st.Real(40);
    }
    l.basis = st.Text(41);
    e->location = std::move(l);
  }
  e->trigger = st.Text(42);
  e->trigger_start = static_cast<uint32_t>(st.Int(43));
  e->trigger_end = static_cast<uint32_t>(st.Int(44));
  e->sentence_text = st.Text(45);
  origin->url = st.Text(46);
  origin->source = st.Text(47);
  origin->title = st.Text(48);
}

// This connection sees its own open batch, whose sentences the full-text
// index gets only at commit: a --text query indexes them first.
Status IndexOpenBatch(Store::Impl& m, const Sql& where) {
  if (!m.in_batch || !where.needs_sentences) return Status::Ok();
  int rc = m.IndexSentences();
  return rc == SQLITE_OK ? Status::Ok() : m.Fail(rc, "indexing the open batch's sentences");
}

}  // namespace

Status Store::ForEachEvent(const EventFilter& filter,
                           const std::function<Status(const Event&, const StoredOrigin&)>& fn) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  auto where = BuildWhere(filter);
  if (!where.ok()) return where.status();
  HERODOTUS_RETURN_IF_ERROR(IndexOpenBatch(m, *where));
  std::string sql = kSelectEvents + where->where + " ORDER BY e.date, e.eid";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  Stmt st;
  int rc = st.Prepare(m.db, sql, false);
  if (rc != SQLITE_OK) return m.Fail(rc, "preparing the query");
  for (size_t i = 0; i < where->args.size(); ++i) st.Bind(static_cast<int>(i + 1), where->args[i]);
  Event e;
  StoredOrigin origin;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ReadEvent(st, &e, &origin);
    HERODOTUS_RETURN_IF_ERROR(fn(e, origin));
  }
  if (rc != SQLITE_DONE) return m.Fail(rc, "reading events");
  return Status::Ok();
}

Result<std::vector<Event>> Store::Query(const EventFilter& filter) {
  std::vector<Event> out;
  Status s = ForEachEvent(filter, [&](const Event& e, const StoredOrigin&) {
    out.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<StatsRow>> Store::Stats(StatsBy by, const EventFilter& filter) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  auto where = BuildWhere(filter);
  if (!where.ok()) return where.status();
  HERODOTUS_RETURN_IF_ERROR(IndexOpenBatch(m, *where));
  const char* key = "e.date";
  const char* order = "key";
  switch (by) {
    case StatsBy::kDay: key = "COALESCE(e.date, '')"; break;
    case StatsBy::kDyad:
      key = "COALESCE(NULLIF(e.source_code, ''), '-') || ',' || "
            "COALESCE(NULLIF(e.target_code, ''), '-')";
      order = "n DESC, key";
      break;
    case StatsBy::kRoot: key = "e.root"; break;
    case StatsBy::kStatus: key = "e.status"; order = "n DESC, key"; break;
  }
  std::string sql = std::string("SELECT ") + key +
                    " AS key, count(*) AS n, "
                    "sum(e.status IN ('asserted', 'attributed', 'alleged')) FROM events e";
  if (where->needs_sentences) sql += " LEFT JOIN sentences s ON s.aid = e.aid AND s.idx = e.sentence";
  sql += where->where + " GROUP BY key ORDER BY " + order;
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  Stmt st;
  int rc = st.Prepare(m.db, sql, false);
  if (rc != SQLITE_OK) return m.Fail(rc, "preparing the statistics query");
  for (size_t i = 0; i < where->args.size(); ++i) st.Bind(static_cast<int>(i + 1), where->args[i]);
  std::vector<StatsRow> rows;
  while ((rc = st.Step()) == SQLITE_ROW) {
    rows.push_back({std::string(st.Text(0)), st.Int(1), st.Int(2)});
  }
  if (rc != SQLITE_DONE) return m.Fail(rc, "computing statistics");
  return rows;
}

Result<StoreSummary> Store::Summary() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  StoreSummary s;
  Stmt st;
  int rc = st.Prepare(m.db,
                      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                      "(SELECT count(*) FROM sentences), (SELECT count(*) FROM runs), "
                      "(SELECT user_version FROM pragma_user_version), "
                      "(SELECT count(*) FROM quotes), (SELECT count(*) FROM claim_groups)",
                      false);
  if (rc == SQLITE_OK) rc = st.Step();
  if (rc != SQLITE_ROW) return m.Fail(rc, "counting");
  s.articles = st.Int(0);
  s.events = st.Int(1);
  s.sentences = st.Int(2);
  s.runs = st.Int(3);
  s.schema_version = static_cast<int>(st.Int(4));
  s.quotes = st.Int(5);
  s.claim_groups = st.Int(6);
  return s;
}

}  // namespace herodotus
