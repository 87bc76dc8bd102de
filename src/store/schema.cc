// Schema history. Each entry of kMigrations takes a store from version i to
// i + 1 and never changes once released: a new schema is a new entry, so a
// file from any older build walks forward step by step. Version 0 is an
// empty file.
#include "store/schema.h"

#include <string>

#include "herodotus/store.h"
#include "store/sqlite_util.h"

namespace herodotus::store {
namespace {

// Version 1: articles, sentences (+ FTS5), events with actors flattened,
// claim groups, quotes (filled by a later quote writer) and runs.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  args TEXT NOT NULL DEFAULT '',
  articles INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles(
  aid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash INTEGER NOT NULL,
  date TEXT,
  title TEXT,
  url TEXT,
  source TEXT,
  coded_at TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  n_events INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sentences(
  sid INTEGER PRIMARY KEY,
  aid INTEGER NOT NULL REFERENCES articles(aid),
  idx INTEGER NOT NULL,
  start INTEGER,
  "end" INTEGER,
  text TEXT NOT NULL,
  UNIQUE(aid, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='sid');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.sid, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sid, old.text);
END;
CREATE TABLE events(
  eid INTEGER PRIMARY KEY,
  aid INTEGER NOT NULL REFERENCES articles(aid),
  article_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  date TEXT,
  date_precision TEXT NOT NULL DEFAULT 'day',
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_event TEXT NOT NULL DEFAULT '',
  plover_mode TEXT NOT NULL DEFAULT '',
  plover_context TEXT NOT NULL DEFAULT '',
  source_text TEXT, source_code TEXT, source_country TEXT, source_sectors TEXT,
  source_backed_by TEXT, source_start INTEGER, source_end INTEGER,
  target_text TEXT, target_code TEXT, target_country TEXT, target_sectors TEXT,
  target_backed_by TEXT, target_start INTEGER, target_end INTEGER,
  status TEXT NOT NULL,
  claim_source_text TEXT, claim_source_code TEXT, claim_source_country TEXT,
  claim_source_sectors TEXT, claim_source_backed_by TEXT,
  claim_source_start INTEGER, claim_source_end INTEGER,
  claim_group TEXT,
  location_name TEXT, location_admin1 TEXT, location_country TEXT,
  location_geonameid INTEGER, lat REAL, lon REAL, location_basis TEXT,
  trigger TEXT NOT NULL DEFAULT '',
  trigger_start INTEGER NOT NULL DEFAULT 0,
  trigger_end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_aid ON events(aid);
CREATE INDEX events_event_id ON events(event_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_location ON events(location_name COLLATE NOCASE);
CREATE TABLE claim_groups(
  aid INTEGER NOT NULL REFERENCES articles(aid),
  id TEXT NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY(aid, id)
) WITHOUT ROWID;
CREATE TABLE quotes(
  qid INTEGER PRIMARY KEY,
  aid INTEGER NOT NULL REFERENCES articles(aid),
  sentence INTEGER,
  speaker_text TEXT,
  speaker_code TEXT,
  text TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER
);
CREATE INDEX quotes_aid ON quotes(aid);
)sql";

// Version 2: quotes carry their speaker whole (country, span) and whether
// they continue the previous paragraph's quote; claim groups list their
// competing perpetrators, the parties that claim them and the statuses side
// by side (filled for existing groups from their events); runs record the
// working directory their command line's relative paths refer to.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE quotes ADD COLUMN speaker_country TEXT;
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
ALTER TABLE quotes ADD COLUMN continued INTEGER NOT NULL DEFAULT 0;
CREATE INDEX quotes_speaker ON quotes(speaker_code);
ALTER TABLE claim_groups ADD COLUMN sources TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_groups ADD COLUMN claimants TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_groups ADD COLUMN statuses TEXT NOT NULL DEFAULT '';
UPDATE claim_groups SET
  sources = coalesce((SELECT group_concat(DISTINCT coalesce(nullif(e.source_code, ''), e.source_text))
                      FROM events e WHERE e.aid = claim_groups.aid AND e.claim_group = claim_groups.id
                      AND e.source_text IS NOT NULL), ''),
  claimants = coalesce((SELECT group_concat(DISTINCT coalesce(nullif(e.claim_source_code, ''),
                                                              e.claim_source_text))
                        FROM events e WHERE e.aid = claim_groups.aid AND e.claim_group = claim_groups.id
                        AND e.claim_source_text IS NOT NULL), ''),
  statuses = coalesce((SELECT group_concat(DISTINCT e.status) FROM events e
                       WHERE e.aid = claim_groups.aid AND e.claim_group = claim_groups.id), '');
ALTER TABLE runs ADD COLUMN cwd TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: two indexes no query could use, dropped because every event
// written paid for them: event ids are never looked up, and the place filter
// ("name or country") is an OR that an index on the name alone cannot serve.
constexpr const char* kSchemaV3 = R"sql(
DROP INDEX events_event_id;
DROP INDEX events_location;
)sql";

// Version 4: the full-text index is filled once per batch, not once per
// sentence. FTS5 writes its pending terms out as a new segment at the end of
// every statement and savepoint of a transaction it takes part in, so the
// per-row insert trigger made a tiny segment for each sentence and then kept
// merging them: more than half of the store writer's CPU. A new sentence now
// waits in sentences_unindexed (written by the trigger, in the same
// transaction), and the store indexes every waiting sentence in one statement
// just before each commit (store.cc, Impl::IndexSentences), so no reader ever
// sees a sentence the index lacks. Deleting a sentence takes it out of the
// index only when it was indexed.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE sentences_unindexed(sid INTEGER PRIMARY KEY);
DROP TRIGGER sentences_ai;
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_unindexed(sid) VALUES (new.sid);
END;
DROP TRIGGER sentences_ad;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text)
    SELECT 'delete', old.sid, old.text
    WHERE NOT EXISTS (SELECT 1 FROM sentences_unindexed WHERE sid = old.sid);
  DELETE FROM sentences_unindexed WHERE sid = old.sid;
END;
)sql";

// Version 5: two indexes every event paid for and a cheaper one covers.
// A code filter also constrains the root (a CAMEO code's first two digits),
// so the (root, date) index serves it; a status (six values) is too
// unselective for an index to beat a scan in date order, and with one the
// planner preferred it over a dyad's.
constexpr const char* kSchemaV5 = R"sql(
DROP INDEX events_code;
DROP INDEX events_status;
)sql";

constexpr const char* kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4, kSchemaV5};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == Store::kSchemaVersion, "one migration per schema version");

Status QueryInt(sqlite3* db, std::string_view path, const char* sql, int64_t* out) {
  Stmt st;
  int rc = st.Prepare(db, sql, false);
  if (rc != SQLITE_OK) return SqliteStatus(rc, db, path, "reading the schema");
  rc = st.Step();
  if (rc != SQLITE_ROW) return SqliteStatus(rc, db, path, "reading the schema");
  *out = st.Int(0);
  return Status::Ok();
}

}  // namespace

int ReadUserVersion(sqlite3* db) {
  int64_t v = -1;
  Status s = QueryInt(db, "", "PRAGMA user_version", &v);
  return s.ok() ? static_cast<int>(v) : -1;
}

Status MigrateTo(sqlite3* db, std::string_view path, int from, int to) {
  for (int v = from; v < to; ++v) {
    int rc = Exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return SqliteStatus(rc, db, path, "starting the schema migration");
    std::string sql = kMigrations[v];
    sql += "PRAGMA application_id = " + std::to_string(kApplicationId) + ";";
    sql += "PRAGMA user_version = " + std::to_string(v + 1) + ";";
    rc = Exec(db, sql.c_str());
    if (rc == SQLITE_OK) rc = Exec(db, "COMMIT");
    if (rc != SQLITE_OK) {
      Status s = SqliteStatus(rc, db, path, "migrating the schema to version " + std::to_string(v + 1));
      Exec(db, "ROLLBACK");
      return s;
    }
  }
  return Status::Ok();
}

Status PrepareSchema(sqlite3* db, std::string_view path, bool read_only) {
  // The first read of the file: a file that is not SQLite fails here.
  int64_t app_id = 0, version = 0, objects = 0;
  HERODOTUS_RETURN_IF_ERROR(QueryInt(db, path, "PRAGMA application_id", &app_id));
  HERODOTUS_RETURN_IF_ERROR(QueryInt(db, path, "PRAGMA user_version", &version));
  HERODOTUS_RETURN_IF_ERROR(QueryInt(db, path, "SELECT count(*) FROM sqlite_schema", &objects));
  std::string where(path);
  if (app_id != 0 && app_id != kApplicationId) {
    return Status::InvalidArgument(where + ": not a herodotus event store (another application's "
                                   "SQLite database)");
  }
  if (app_id == 0 && objects > 0) {
    return Status::InvalidArgument(where + ": not a herodotus event store (SQLite database with "
                                   "other tables)");
  }
  if (version > Store::kSchemaVersion) {
    return Status::Unsupported(where + ": event store schema version " + std::to_string(version) +
                               " is newer than this herodotus supports (" +
                               std::to_string(Store::kSchemaVersion) +
                               "); upgrade herodotus to read it (the file was left untouched)");
  }
  if (version == Store::kSchemaVersion) return Status::Ok();
  if (read_only) {
    if (version == 0) return Status::NotFound(where + ": no herodotus event store in this file");
    return Status::Unsupported(where + ": event store schema version " + std::to_string(version) +
                               " needs migrating; open it once for writing (e.g. `herodotus "
                               "code --db`) to upgrade");
  }
  return MigrateTo(db, path, static_cast<int>(version), Store::kSchemaVersion);
}

}  // namespace herodotus::store
