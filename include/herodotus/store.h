// herodotus — the event store: coded articles and their events in one SQLite
// file, for overnight batch runs and next-morning queries.
//
//   auto store = herodotus::Store::Open("events.db", {});
//   if (!store.ok()) { report store.status(); }
//   uint64_t hash = herodotus::Store::ContentHash(article);
//   if (!*(*store)->HasArticle(article.id, hash)) {
//     ... code the article ...
//     HERODOTUS_RETURN_IF_ERROR((*store)->PutArticle(doc, events));
//   }
//   HERODOTUS_RETURN_IF_ERROR((*store)->Flush());
//
// Idempotence: an article is identified by its id; the same id with the same
// content hash is already coded (HasArticle → true, skip it); a changed hash
// means PutArticle replaces the article, its sentences and all its events.
//
// Atomicity and resume: PutArticle writes one article inside a SAVEPOINT in
// the current batch transaction; a failing article is rolled back whole and
// the batch goes on. The batch commits every `batch_articles` articles and on
// Flush()/destruction. A process killed mid-batch loses only the uncommitted
// articles — none of them is recorded, so a restarted run codes each of them
// again, exactly once. Committed data survives a crash (WAL, synchronous=NORMAL:
// a power loss may drop the last commits, never corrupt the file).
//
// Thread safety: a Store is safe to call from several threads (a batch
// runner may check HasArticle in its reader stage while its sink calls
// PutArticle): each call holds an internal mutex, so calls run one at a time —
// except HasArticle, which reads through a second, read-only connection (and
// remembers the articles of the open batch), so a skip check never waits for
// an article being written or a batch being committed.
// ForEachEvent holds it while calling `fn`, which must not call the Store.
// Many processes may read while one writes (WAL): readers see the last commit.
//
// Errors (all carry the file path): kIoError for a read-only location or
// file, a full disk, or a database still locked by another writer after
// `busy_timeout_ms`; kUnsupported for a schema newer than this build;
// kDataLoss for a corrupt file or one that is not a herodotus store;
// kInvalidArgument for bad filters. No error ever leaves part of an article.
#ifndef HERODOTUS_STORE_H_
#define HERODOTUS_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"
#include "herodotus/writer.h"

namespace herodotus {

struct StoreOptions {
  bool read_only = false;          // open for queries only (never creates or migrates)
  bool create_if_missing = true;   // ignored when read_only
  int busy_timeout_ms = 10000;     // wait this long for another writer's lock
  int batch_articles = 256;        // articles per transaction (1 = commit each)
  bool verify_on_open = false;     // run PRAGMA quick_check on open (O(file size))
  // Size budget of the database file in bytes (0 = unlimited). Writing past
  // it fails exactly like a full disk (kIoError, article rolled back).
  int64_t max_bytes = 0;
  // Sentences stored (and indexed for full-text search): those that carry
  // events (their text is the events' sentence_text), or every sentence of
  // the Document passed to PutArticle.
  enum class Sentences { kWithEvents, kAll } sentences = Sentences::kWithEvents;
};

// Event filters for Query/ForEachEvent/Stats; empty fields do not filter.
// Codes match as prefixes ("USA" matches "USAGOV"; code "11" matches "112").
struct EventFilter {
  Date from, to;                   // inclusive
  std::string actor;               // source or target: code prefix or country
  std::string dyad_source, dyad_target;  // directed: source prefix → target prefix
  std::string code;                // CAMEO code prefix (an event's root is its code's first two digits)
  std::string root;                // CAMEO root (exact)
  std::vector<EventStatus> statuses;  // any of these
  std::string place;               // location name or country (case-insensitive)
  std::string text;                // words that must all occur in the sentence (FTS5)
  std::string article_id;
  int64_t limit = 0;               // 0 = no limit
};

// Where an event's article came from (for formats with URL/source columns).
struct StoredOrigin {
  std::string url, source, title;
  EventOrigin view() const { return {url, source, title}; }
};

struct StatsRow {
  std::string key;       // "2018-10-03", "USAGOV,IRN" (source,target), "11", "alleged"
  int64_t events = 0;    // all events
  int64_t occurred = 0;  // events whose status claims it happened
};

struct StoreSummary {
  int64_t articles = 0, events = 0, sentences = 0, runs = 0;
  int64_t quotes = 0, claim_groups = 0;
  int schema_version = 0;
};

struct RunCounts {
  int64_t articles = 0;   // coded and stored in this run
  int64_t unchanged = 0;  // skipped: same id and content already stored
  int64_t skipped = 0;    // bad input records
  int64_t events = 0;
};

class Store {
 public:
  // The schema version this build writes (PRAGMA user_version).
  static constexpr int kSchemaVersion = 5;

  // Opens (creating and migrating when allowed) the store at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  // xxHash64 of the article's date, title and text: the identity of its content.
  static uint64_t ContentHash(const Article& article);

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();  // commits a pending batch (errors ignored: call Flush to see them)

  // True when an article `id` with content hash `hash` is stored (committed
  // or in the pending batch).
  Result<bool> HasArticle(std::string_view id, uint64_t hash);

  // Records a coding run; articles stored until FinishRun carry its id.
  // `args` is the run's full command line (with the working directory,
  // recorded beside it, enough to repeat the run).
  Result<int64_t> BeginRun(std::string_view args);
  Status FinishRun(int64_t run_id, const RunCounts& counts);

  // Stores (or replaces) one article, its events and its direct quotations
  // (quotes table), all or nothing. Claim groups are derived from the
  // events' claim_group ids.
  Status PutArticle(const Document& doc, const std::vector<Event>& events,
                    const std::vector<Quote>& quotes);
  Status PutArticle(const Document& doc, const std::vector<Event>& events);
  Status PutArticle(const Article& article, const std::vector<Event>& events);
  // Commits the pending batch.
  Status Flush();

  // Matching events in (date, article, sentence, event) order.
  Result<std::vector<Event>> Query(const EventFilter& filter);
  // Streams matching events (same order) without holding them; stops at the
  // first error `fn` returns.
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<Status(const Event&, const StoredOrigin&)>& fn);

  enum class StatsBy { kDay, kDyad, kRoot, kStatus };
  Result<std::vector<StatsRow>> Stats(StatsBy by, const EventFilter& filter);
  Result<StoreSummary> Summary();

  // PRAGMA quick_check (or integrity_check when `full`): ok or kDataLoss.
  Status CheckIntegrity(bool full);

  class Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herodotus

#endif  // HERODOTUS_STORE_H_
