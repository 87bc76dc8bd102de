// Opening the store and the write path. Writes go into a batch transaction
// (BEGIN IMMEDIATE, so a second writer waits up to busy_timeout for the lock
// instead of failing halfway); each article sits in its own SAVEPOINT inside
// it, which makes it all-or-nothing without paying a commit per article.
#include "herodotus/store.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>

#include "store/schema.h"
#include "store/store_impl.h"

namespace herodotus {

using store::Stmt;

namespace {

constexpr auto kMaxBatchAge = std::chrono::seconds(2);

std::string JoinSectors(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) {
    if (!s.empty()) s.push_back(' ');
    s += x;
  }
  return s;
}

// Binds an actor's 7 columns starting at `col`; NULLs when absent.
void BindActor(Stmt& st, int col, const std::optional<ActorRef>& a) {
  if (!a) {
    for (int i = 0; i < 7; ++i) st.BindNull(col + i);
    return;
  }
  st.BindRef(col, a->text);
  st.BindRef(col + 1, a->code);
  st.BindRef(col + 2, a->country);
  st.Bind(col + 3, JoinSectors(a->sectors));  // a temporary: copied
  st.BindRef(col + 4, a->backed_by);
  st.Bind(col + 5, static_cast<int64_t>(a->start));
  st.Bind(col + 6, static_cast<int64_t>(a->end));
}

// Not copied: `s` must outlive the statement's next step.
void BindTextOrNull(Stmt& st, int col, std::string_view s) {
  if (s.empty()) st.BindNull(col); else st.BindRef(col, s);
}

// A claim group's row: its size and, side by side, the perpetrators it
// names, the parties that claim it and their statuses (comma-separated,
// first appearance first; an actor without a code by its text).
struct ClaimGroupRow {
  int64_t events = 0;
  std::string sources, claimants, statuses;

  static void AddOnce(std::string* list, std::string_view item) {
    if (item.empty()) return;
    size_t pos = 0;
    while (pos <= list->size()) {
      size_t end = list->find(',', pos);
      if (end == std::string::npos) end = list->size();
      if (std::string_view(*list).substr(pos, end - pos) == item) return;
      pos = end + 1;
    }
    if (!list->empty()) list->push_back(',');
    list->append(item);
  }
  static std::string_view Name(const std::optional<ActorRef>& a) {
    if (!a) return {};
    return a->code.empty() ? std::string_view(a->text) : std::string_view(a->code);
  }
  void Add(const Event& e) {
    ++events;
    AddOnce(&sources, Name(e.source));
    AddOnce(&claimants, Name(e.source_of_claim));
    AddOnce(&statuses, StatusName(e.status));
  }
};

// "file:<path>?immutable=1" with the characters URIs reserve escaped.
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '?' || c == '#' || c == '%' || c < 0x20 || c >= 0x7f) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

Store::Impl::~Impl() {
  // The checker first: the writer's connection must close last, which
  // checkpoints the WAL into the database file (a copy of the file alone is
  // then the whole store).
  checker_find = Stmt();
  if (checker) sqlite3_close_v2(checker);
  if (db) {
    if (in_batch) (void)CommitBatch();
    // Statements must be finalized before the connection closes.
    find_article = Stmt(); insert_article = Stmt(); update_article = Stmt();
    delete_events = Stmt(); delete_sentences = Stmt(); delete_claims = Stmt();
    delete_quotes = Stmt(); insert_sentence = Stmt(); insert_event = Stmt();
    insert_claim = Stmt(); insert_quote = Stmt();
    index_sentences = Stmt(); clear_unindexed = Stmt();
    savepoint = Stmt(); release = Stmt(); rollback_to = Stmt();
    sqlite3_close_v2(db);
  }
}

Status Store::Impl::Fail(int rc, std::string_view doing) {
  Status s = store::SqliteStatus(rc, db, path, doing);
  int primary = rc & 0xff;
  if (primary == SQLITE_CORRUPT) {
    // Say how bad it is: the first problem quick_check finds.
    Stmt st;
    if (st.Prepare(db, "PRAGMA quick_check(1)", false) == SQLITE_OK && st.Step() == SQLITE_ROW) {
      return Status::DataLoss(s.message() + "; quick_check: " + std::string(st.Text(0)));
    }
  }
  return s;
}

Status Store::Impl::BeginBatch() {
  if (in_batch) return Status::Ok();
  int rc = store::Exec(db, "BEGIN IMMEDIATE");
  if (rc != SQLITE_OK) return Fail(rc, "starting a write transaction");
  in_batch = true;
  pending = 0;
  batch_started = std::chrono::steady_clock::now();
  return Status::Ok();
}

int Store::Impl::IndexSentences() {
  if (!index_sentences.ready()) {
    // In sid order, so FTS5 appends to its index.
    int rc = index_sentences.Prepare(
        db, "INSERT INTO sentences_fts(rowid, text) SELECT s.sid, s.text FROM sentences_unindexed u "
            "JOIN sentences s ON s.sid = u.sid ORDER BY u.sid");
    if (rc == SQLITE_OK) rc = clear_unindexed.Prepare(db, "DELETE FROM sentences_unindexed");
    if (rc != SQLITE_OK) {
      index_sentences = Stmt();
      return rc;
    }
  }
  for (Stmt* st : {&index_sentences, &clear_unindexed}) {
    int rc = st->Step();
    st->Reset();
    if (rc != SQLITE_DONE) return rc;
  }
  return SQLITE_OK;
}

Status Store::Impl::CommitBatch() {
  if (!in_batch) return Status::Ok();
  int rc = IndexSentences();
  if (rc == SQLITE_OK) rc = store::Exec(db, "COMMIT");
  if (rc != SQLITE_OK) {
    Status s = Fail(rc, "committing " + std::to_string(pending) + " articles");
    if (sqlite3_get_autocommit(db)) {
      in_batch = false;  // SQLite rolled the batch back itself
    } else {
      store::Exec(db, "ROLLBACK");
      in_batch = false;
    }
    ForgetUnsaved();
    return Status::IoError(s.message() + "; the articles of this batch were not stored and will "
                           "be coded again by the next run");
  }
  in_batch = false;
  pending = 0;
  ForgetUnsaved();
  return Status::Ok();
}

void Store::Impl::ForgetUnsaved() {
  std::lock_guard<std::mutex> lock(check_mu);
  unsaved.clear();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

uint64_t Store::ContentHash(const Article& a) {
  XXH64_state_t* st = XXH64_createState();
  XXH64_reset(st, 0);
  std::string date = a.date.ToString();
  const char sep = '\x1f';
  XXH64_update(st, date.data(), date.size());
  XXH64_update(st, &sep, 1);
  XXH64_update(st, a.title.data(), a.title.size());
  XXH64_update(st, &sep, 1);
  XXH64_update(st, a.text.data(), a.text.size());
  uint64_t h = XXH64_digest(st);
  XXH64_freeState(st);
  return h;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  if (path.empty()) return Status::InvalidArgument("event store: no database path given");
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  if (impl->options.batch_articles < 1) impl->options.batch_articles = 1;
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  }
  int rc = sqlite3_open_v2(path.c_str(), &impl->db, flags, nullptr);
  if (rc != SQLITE_OK) {
    if ((rc & 0xff) == SQLITE_CANTOPEN && (options.read_only || !options.create_if_missing)) {
      return Status::NotFound(path + ": cannot open the event store (" +
                              sqlite3_errmsg(impl->db) + ")");
    }
    return impl->Fail(rc, "opening the event store");
  }
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, options.busy_timeout_ms);
  Status schema = store::PrepareSchema(impl->db, path, options.read_only);
  if (!schema.ok() && options.read_only && schema.code() == StatusCode::kIoError &&
      !std::filesystem::exists(path + "-wal")) {
    // A WAL store on a read-only share (or copied without write access)
    // cannot create its -shm file. With no -wal file there is nothing
    // uncommitted, so read the file as immutable instead.
    sqlite3_close_v2(impl->db);
    impl->db = nullptr;
    rc = sqlite3_open_v2(ImmutableUri(path).c_str(), &impl->db,
                         SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return impl->Fail(rc, "opening the event store read-only");
    sqlite3_extended_result_codes(impl->db, 1);
    schema = store::PrepareSchema(impl->db, path, true);
  }
  HERODOTUS_RETURN_IF_ERROR(schema);
  if (!options.read_only) {
    // WAL: readers never block the writer nor see a half-written batch.
    // synchronous=NORMAL: a killed process loses nothing committed.
    store::Stmt st;
    rc = st.Prepare(impl->db, "PRAGMA journal_mode=WAL", false);
    if (rc == SQLITE_OK) rc = st.Step();
    if (rc != SQLITE_ROW) return impl->Fail(rc, "switching to WAL journal mode");
    st = store::Stmt();
    // temp_store=MEMORY keeps each article's savepoint sub-journal off disk;
    // a 32 MB page cache holds a whole batch's index pages without spilling.
    rc = store::Exec(impl->db, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; "
                               "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;");
    if (rc != SQLITE_OK) return impl->Fail(rc, "setting pragmas");
    if (options.max_bytes > 0) {
      int64_t pages = std::max<int64_t>(1, options.max_bytes / 4096);
      rc = store::Exec(impl->db, ("PRAGMA max_page_count = " + std::to_string(pages)).c_str());
      if (rc != SQLITE_OK) return impl->Fail(rc, "setting the size budget");
    }
  }
  if (options.verify_on_open) {
    std::unique_ptr<Store> s(new Store(std::move(impl)));
    HERODOTUS_RETURN_IF_ERROR(s->CheckIntegrity(false));
    return s;
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::CheckIntegrity(bool full) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Stmt st;
  int rc = st.Prepare(impl_->db, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)", false);
  if (rc != SQLITE_OK) return impl_->Fail(rc, "checking the database");
  std::string problems;
  while ((rc = st.Step()) == SQLITE_ROW) {
    std::string_view line = st.Text(0);
    if (line == "ok") continue;
    if (!problems.empty()) problems += "; ";
    problems += line;
  }
  if (rc != SQLITE_DONE) return impl_->Fail(rc, "checking the database");
  if (!problems.empty()) {
    return Status::DataLoss(impl_->path + ": database file is corrupt: " + problems);
  }
  return Status::Ok();
}

Result<bool> Store::HasArticle(std::string_view id, uint64_t hash) {
  Impl& m = *impl_;
  if (!m.options.read_only) {
    std::lock_guard<std::mutex> lock(m.check_mu);
    if (auto it = m.unsaved.find(std::string(id)); it != m.unsaved.end()) return it->second == hash;
    if (!m.checker_tried) {
      m.checker_tried = true;
      // Without it (the file cannot be opened twice), checks share `mu`.
      if (sqlite3_open_v2(m.path.c_str(), &m.checker, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                          nullptr) != SQLITE_OK ||
          m.checker_find.Prepare(m.checker, "SELECT hash FROM articles WHERE id = ?") != SQLITE_OK) {
        m.checker_find = Stmt();
        sqlite3_close_v2(m.checker);
        m.checker = nullptr;
      } else {
        // Never the one to checkpoint: the writer's connection does that.
        sqlite3_db_config(m.checker, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_extended_result_codes(m.checker, 1);
        sqlite3_busy_timeout(m.checker, m.options.busy_timeout_ms);
      }
    }
    if (m.checker) {
      Stmt& st = m.checker_find;
      st.Reset();
      st.Bind(1, id);
      int rc = st.Step();
      bool same = rc == SQLITE_ROW && static_cast<uint64_t>(st.Int(0)) == hash;
      st.Reset();
      if (rc == SQLITE_ROW || rc == SQLITE_DONE) return same;
      return store::SqliteStatus(rc, m.checker, m.path, "looking up an article");
    }
  }
  std::lock_guard<std::mutex> lock(m.mu);
  if (!m.find_article.ready()) {
    int rc = m.find_article.Prepare(m.db, "SELECT aid, hash FROM articles WHERE id = ?");
    if (rc != SQLITE_OK) return m.Fail(rc, "preparing a lookup");
  }
  m.find_article.Reset();
  m.find_article.Bind(1, id);
  int rc = m.find_article.Step();
  bool same = rc == SQLITE_ROW && static_cast<uint64_t>(m.find_article.Int(1)) == hash;
  m.find_article.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return m.Fail(rc, "looking up an article");
  return same;
}

Result<int64_t> Store::BeginRun(std::string_view args) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  if (m.options.read_only) return Status::InvalidArgument(m.path + ": opened read-only");
  HERODOTUS_RETURN_IF_ERROR(m.BeginBatch());
  Stmt st;
  int rc = st.Prepare(m.db, "INSERT INTO runs(started, args, cwd) VALUES "
                            "(strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?)", false);
  if (rc == SQLITE_OK) {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    st.Bind(1, args);
    st.Bind(2, cwd);
    rc = st.Step();
  }
  if (rc != SQLITE_DONE) return m.Fail(rc, "recording the run");
  m.run_id = sqlite3_last_insert_rowid(m.db);
  HERODOTUS_RETURN_IF_ERROR(m.CommitBatch());
  return m.run_id;
}

Status Store::FinishRun(int64_t run_id, const RunCounts& c) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  HERODOTUS_RETURN_IF_ERROR(m.BeginBatch());
  Stmt st;
  int rc = st.Prepare(m.db, "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), "
                            "articles = ?, unchanged = ?, skipped = ?, events = ? WHERE id = ?",
                      false);
  if (rc == SQLITE_OK) {
    st.Bind(1, c.articles);
    st.Bind(2, c.unchanged);
    st.Bind(3, c.skipped);
    st.Bind(4, c.events);
    st.Bind(5, run_id);
    rc = st.Step();
  }
  if (rc != SQLITE_DONE) return m.Fail(rc, "recording the run");
  if (m.run_id == run_id) m.run_id = 0;
  return m.CommitBatch();
}

Status Store::Flush() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->CommitBatch();
}

Status Store::PutArticle(const Article& article, const std::vector<Event>& events) {
  Document doc;
  doc.article = article;  // sentences stay empty: only event sentences are stored
  return PutArticle(doc, events, {});
}

Status Store::PutArticle(const Document& doc, const std::vector<Event>& events) {
  return PutArticle(doc, events, {});
}

namespace {

struct Prepared {
  const char* sql;
  Stmt Store::Impl::*stmt;
};

constexpr const char* kInsertEvent =
    "INSERT INTO events(aid, article_id, sentence, event_id, date, date_precision, code, root, "
    "quad_class, goldstein, plover_event, plover_mode, plover_context, "
    "source_text, source_code, source_country, source_sectors, source_backed_by, source_start, "
    "source_end, target_text, target_code, target_country, target_sectors, target_backed_by, "
    "target_start, target_end, status, claim_source_text, claim_source_code, "
    "claim_source_country, claim_source_sectors, claim_source_backed_by, claim_source_start, "
    "claim_source_end, claim_group, location_name, location_admin1, location_country, "
    "location_geonameid, lat, lon, location_basis, trigger, trigger_start, trigger_end) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
    "?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, "
    "?39, ?40, ?41, ?42, ?43, ?44, ?45, ?46)";

}  // namespace

Status Store::PutArticle(const Document& doc, const std::vector<Event>& events,
                         const std::vector<Quote>& quotes) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl& m = *impl_;
  if (m.options.read_only) return Status::InvalidArgument(m.path + ": opened read-only");
  const Article& a = doc.article;
  if (a.id.empty()) return Status::InvalidArgument("event store: article without id");
  if (!m.insert_event.ready()) {
    static const Prepared kStatements[] = {
        {"INSERT INTO articles(id, hash, date, title, url, source, coded_at, run_id, n_events) "
         "VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?)",
         &Impl::insert_article},
        {"UPDATE articles SET hash = ?, date = ?, title = ?, url = ?, source = ?, "
         "coded_at = strftime('%Y-%m-%dT%H:%M:%SZ','now'), run_id = ?, n_events = ? WHERE aid = ?",
         &Impl::update_article},
        {"DELETE FROM events WHERE aid = ?", &Impl::delete_events},
        {"DELETE FROM sentences WHERE aid = ?", &Impl::delete_sentences},
        {"DELETE FROM claim_groups WHERE aid = ?", &Impl::delete_claims},
        {"DELETE FROM quotes WHERE aid = ?", &Impl::delete_quotes},
        {"INSERT INTO sentences(aid, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?)",
         &Impl::insert_sentence},
        {"INSERT INTO claim_groups(aid, id, events, sources, claimants, statuses) "
         "VALUES (?, ?, ?, ?, ?, ?)", &Impl::insert_claim},
        {"INSERT INTO quotes(aid, sentence, speaker_text, speaker_code, text, start, \"end\", "
         "speaker_country, speaker_start, speaker_end, continued) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &Impl::insert_quote},
        {"SELECT aid, hash FROM articles WHERE id = ?", &Impl::find_article},
        {kInsertEvent, &Impl::insert_event},
        // Prepared once: sqlite3_exec would parse them for every article.
        {"SAVEPOINT article", &Impl::savepoint},
        {"RELEASE article", &Impl::release},
        {"ROLLBACK TO article", &Impl::rollback_to},
    };
    for (const auto& p : kStatements) {
      int rc = (m.*(p.stmt)).Prepare(m.db, p.sql);
      if (rc != SQLITE_OK) return m.Fail(rc, "preparing the write statements");
    }
  }
  HERODOTUS_RETURN_IF_ERROR(m.BeginBatch());
  auto run = [](Stmt& st) {
    int rc = st.Step();
    st.Rewind();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
  };
  int rc = run(m.savepoint);
  if (rc != SQLITE_OK) return m.Fail(rc, "starting article " + a.id);

  const uint64_t hash = ContentHash(a);
  // Everything below either completes or is rolled back to the savepoint.
  auto write = [&]() -> int {
    int rc;
    std::string date = a.date.ToString();
    int64_t aid = 0;
    m.find_article.Rewind();
    m.find_article.BindRef(1, a.id);
    rc = m.find_article.Step();
    if (rc == SQLITE_ROW) aid = m.find_article.Int(0);
    m.find_article.Rewind();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return rc;
    auto bind_run = [&](Stmt& st, int col) {
      if (m.run_id) st.Bind(col, m.run_id); else st.BindNull(col);
    };
    if (aid) {
      for (Stmt* st : {&m.delete_events, &m.delete_sentences, &m.delete_claims, &m.delete_quotes}) {
        st->Rewind();
        st->Bind(1, aid);
        rc = st->Step();
        st->Rewind();
        if (rc != SQLITE_DONE) return rc;
      }
      Stmt& st = m.update_article;
      st.Rewind();
      st.Bind(1, static_cast<int64_t>(hash));
      BindTextOrNull(st, 2, date);
      st.BindRef(3, a.title);
      st.BindRef(4, a.url);
      st.BindRef(5, a.source);
      bind_run(st, 6);
      st.Bind(7, static_cast<int64_t>(events.size()));
      st.Bind(8, aid);
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
    } else {
      Stmt& st = m.insert_article;
      st.Rewind();
      st.BindRef(1, a.id);
      st.Bind(2, static_cast<int64_t>(hash));
      BindTextOrNull(st, 3, date);
      st.BindRef(4, a.title);
      st.BindRef(5, a.url);
      st.BindRef(6, a.source);
      bind_run(st, 7);
      st.Bind(8, static_cast<int64_t>(events.size()));
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
      aid = sqlite3_last_insert_rowid(m.db);
    }

    // Sentences: index → (text, span). Events' own sentence_text first.
    struct SentenceRow { std::string_view text; int64_t start = -1, end = -1; };
    std::map<int, SentenceRow> sentences;
    for (const Event& e : events) {
      auto& row = sentences[e.sentence];
      if (row.text.empty()) row.text = e.sentence_text;
    }
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      auto it = sentences.find(static_cast<int>(i));
      bool all = m.options.sentences == StoreOptions::Sentences::kAll;
      if (it == sentences.end() && !all) continue;
      SentenceRow& row = sentences[static_cast<int>(i)];
      row.start = s.start;
      row.end = s.end;
      if (row.text.empty()) {
        if (!s.text.empty()) row.text = s.text;
        else if (s.end <= a.text.size() && s.start <= s.end)
          row.text = std::string_view(a.text).substr(s.start, s.end - s.start);
      }
    }
    for (const auto& [idx, row] : sentences) {
      Stmt& st = m.insert_sentence;
      st.Rewind();
      st.Bind(1, aid);
      st.Bind(2, idx);
      if (row.start >= 0) st.Bind(3, row.start); else st.BindNull(3);
      if (row.end >= 0) st.Bind(4, row.end); else st.BindNull(4);
      st.BindRef(5, row.text);
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
    }

    std::map<std::string_view, ClaimGroupRow> groups;
    for (const Event& e : events) {
      if (!e.claim_group.empty()) groups[e.claim_group].Add(e);
      Stmt& st = m.insert_event;
      st.Rewind();
      st.Bind(1, aid);
      st.BindRef(2, e.article_id.empty() ? a.id : e.article_id);
      st.Bind(3, e.sentence);
      st.BindRef(4, e.event_id);
      std::string edate = e.date.ToString();
      BindTextOrNull(st, 5, edate);
      st.BindRef(6, e.date_precision);
      st.BindRef(7, e.code);
      st.BindRef(8, e.root);
      st.Bind(9, e.quad_class);
      st.Bind(10, e.goldstein);
      st.BindRef(11, e.plover_event);
      st.BindRef(12, e.plover_mode);
      st.BindRef(13, e.plover_context);
      BindActor(st, 14, e.source);
      BindActor(st, 21, e.target);
      st.BindRef(28, StatusName(e.status));
      BindActor(st, 29, e.source_of_claim);
      BindTextOrNull(st, 36, e.claim_group);
      if (e.location) {
        const Location& l = *e.location;
        st.BindRef(37, l.name);
        st.BindRef(38, l.admin1);
        st.BindRef(39, l.country);
        if (l.geonameid) st.Bind(40, l.geonameid); else st.BindNull(40);
        if (l.has_coordinates) {
          st.Bind(41, l.lat);
          st.Bind(42, l.lon);
        } else {
          st.BindNull(41);
          st.BindNull(42);
        }
        st.BindRef(43, l.basis);
      } else {
        for (int c = 37; c <= 43; ++c) st.BindNull(c);
      }
      st.BindRef(44, e.trigger);
      st.Bind(45, static_cast<int64_t>(e.trigger_start));
      st.Bind(46, static_cast<int64_t>(e.trigger_end));
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
    }
    for (const auto& [id, g] : groups) {
      Stmt& st = m.insert_claim;
      st.Rewind();
      st.Bind(1, aid);
      st.BindRef(2, id);
      st.Bind(3, g.events);
      st.BindRef(4, g.sources);
      st.BindRef(5, g.claimants);
      st.BindRef(6, g.statuses);
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
    }
    for (const Quote& q : quotes) {
      Stmt& st = m.insert_quote;
      st.Rewind();
      st.Bind(1, aid);
      st.Bind(2, q.sentence);
      if (q.speaker) {
        st.BindRef(3, q.speaker->text);
        BindTextOrNull(st, 4, q.speaker->code);
        BindTextOrNull(st, 8, q.speaker->country);
        st.Bind(9, static_cast<int64_t>(q.speaker->start));
        st.Bind(10, static_cast<int64_t>(q.speaker->end));
      } else {
        for (int c : {3, 4, 8, 9, 10}) st.BindNull(c);
      }
      st.BindRef(5, q.text);
      st.Bind(6, static_cast<int64_t>(q.start));
      st.Bind(7, static_cast<int64_t>(q.end));
      st.Bind(11, q.continued ? 1 : 0);
      rc = st.Step();
      st.Rewind();
      if (rc != SQLITE_DONE) return rc;
    }
    return SQLITE_OK;
  };

  rc = write();
  if (rc != SQLITE_OK) {
    Status s = m.Fail(rc, "storing article " + a.id);
    if (sqlite3_get_autocommit(m.db)) {
      // SQLite aborted the whole transaction (disk full, I/O error).
      m.in_batch = false;
      int lost = m.pending;
      m.pending = 0;
      m.ForgetUnsaved();
      if (lost > 0 && s.code() != StatusCode::kDataLoss) {
        return Status::IoError(s.message() + "; the " + std::to_string(lost) +
                               " uncommitted articles before it were rolled back and will be "
                               "coded again by the next run");
      }
      return s;
    }
    if (run(m.rollback_to) == SQLITE_OK) run(m.release);
    return s;
  }
  rc = run(m.release);
  if (rc != SQLITE_OK) return m.Fail(rc, "finishing article " + a.id);
  ++m.pending;
  {
    std::lock_guard<std::mutex> lock(m.check_mu);
    m.unsaved[a.id] = hash;
  }
  if (m.pending >= m.options.batch_articles ||
      std::chrono::steady_clock::now() - m.batch_started >= kMaxBatchAge) {
    return m.CommitBatch();
  }
  return Status::Ok();
}

}  // namespace herodotus
