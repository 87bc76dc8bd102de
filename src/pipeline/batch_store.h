// Stores a batch run's coded articles on a thread of its own, so the coding
// threads never wait for SQLite (statement work, commits, WAL checkpoints, a
// slow disk): the batch sink hands each article over and goes on.
//
//   StoreWriter writer(store.get());
//   ... in the sink: if (!writer.Put(std::move(item.doc), ...).ok()) stop;
//   Status s = writer.Finish();  // everything queued is written (or the error)
//
// Order: articles are written in the order they were queued. Memory stays
// flat: at most `capacity` articles wait; Put blocks while the queue is full.
// Errors: the first PutArticle error stops the writer; the articles queued
// after it are dropped unwritten (they are not in the store, so the next run
// codes them) and Put/Finish return that error from then on. No article is
// ever half-stored (PutArticle is all or nothing).
//
// Thread safety: Put and Finish are meant for one producer thread (a batch
// sink runs on one thread at a time); written() may be read from any thread.
// The Store must outlive the StoreWriter.
#ifndef HERODOTUS_PIPELINE_BATCH_STORE_H_
#define HERODOTUS_PIPELINE_BATCH_STORE_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"
#include "herodotus/store.h"

namespace herodotus {

class StoreWriter {
 public:
  explicit StoreWriter(Store* store, size_t capacity = 64);
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;
  ~StoreWriter();  // Finish(), its status ignored

  // Drops the sentences' tokens first (the store never reads them) on the
  // calling thread; the rest is queued.
  Status Put(Document doc, std::vector<Event> events, std::vector<Quote> quotes);
  // Waits for the queue to drain and stops the thread; the first error, if any.
  Status Finish();

  int64_t written() const { return written_.load(); }
  // CPU time the writer thread spent storing and freeing articles (valid
  // after Finish).
  double cpu_seconds() const { return cpu_seconds_; }

 private:
  struct Item {
    Document doc;
    std::vector<Event> events;
    std::vector<Quote> quotes;
  };
  void Loop();

  Store* store_;
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Item> queue_;  // guarded by mu_
  bool closing_ = false;    // guarded by mu_
  Status error_;            // guarded by mu_; the first PutArticle error
  std::atomic<int64_t> written_{0};
  double cpu_seconds_ = 0;  // written by the thread, read after join
  std::thread thread_;
};

}  // namespace herodotus

#endif  // HERODOTUS_PIPELINE_BATCH_STORE_H_
