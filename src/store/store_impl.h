// Store::Impl: the open connection, the write batch and the prepared
// statements of the write path. Shared by store.cc (open, write) and
// query.cc (read). Every public Store method but HasArticle holds `mu` for its
// duration.
#ifndef HERODOTUS_STORE_STORE_IMPL_H_
#define HERODOTUS_STORE_STORE_IMPL_H_

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "herodotus/store.h"
#include "store/sqlite_util.h"

namespace herodotus {

class Store::Impl {
 public:
  ~Impl();

  // A SQLite failure as a Status; checks the file when SQLite says corrupt.
  Status Fail(int rc, std::string_view doing);

  Status BeginBatch();
  // Indexes the open batch's sentences first (IndexSentences); also empties
  // `unsaved`, committed or rolled back.
  Status CommitBatch();
  // Adds the sentences written since the last call to the full-text index
  // (schema 4: one FTS5 statement per batch, not one per sentence). Called
  // before each commit and before a query on this connection, which sees the
  // open batch. A SQLite result code.
  int IndexSentences();
  void ForgetUnsaved();

  std::mutex mu;  // guards everything below
  std::string path;
  StoreOptions options;
  sqlite3* db = nullptr;
  bool in_batch = false;
  int pending = 0;  // articles written in the open batch
  std::chrono::steady_clock::time_point batch_started;
  int64_t run_id = 0;  // 0 = no run

  store::Stmt find_article, insert_article, update_article;
  store::Stmt delete_events, delete_sentences, delete_claims, delete_quotes;
  store::Stmt insert_sentence, insert_event, insert_claim, insert_quote;
  store::Stmt index_sentences, clear_unindexed;  // IndexSentences
  store::Stmt savepoint, release, rollback_to;     // each article's SAVEPOINT

  // HasArticle's own path, so a batch runner's reader stage never waits for
  // the writer (which holds `mu` while it stores an article or commits): a
  // second, read-only connection sees the last commit (WAL), and `unsaved`
  // holds the articles of the open batch. Lock order: mu, then check_mu.
  std::mutex check_mu;  // guards the three below
  sqlite3* checker = nullptr;
  bool checker_tried = false;
  store::Stmt checker_find;
  std::unordered_map<std::string, uint64_t> unsaved;  // id → hash, open batch only
};

}  // namespace herodotus

#endif  // HERODOTUS_STORE_STORE_IMPL_H_
