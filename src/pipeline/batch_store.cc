#include "pipeline/batch_store.h"

#include <pthread.h>
#include <time.h>

#include <utility>

namespace herodotus {
namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

StoreWriter::StoreWriter(Store* store, size_t capacity)
    : store_(store), capacity_(capacity > 0 ? capacity : 1), thread_([this] { Loop(); }) {}

StoreWriter::~StoreWriter() { (void)Finish(); }

Status StoreWriter::Put(Document doc, std::vector<Event> events, std::vector<Quote> quotes) {
  // The store reads the article, its sentence spans, events and quotes, never
  // the tokens. Freeing them here, on the thread that allocated them, keeps
  // the writer thread from freeing thousands of blocks of other threads'
  // malloc arenas per article (lock traffic that slowed the coding threads).
  for (Sentence& s : doc.sentences) std::vector<Token>().swap(s.tokens);
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait(lock, [&] { return queue_.size() < capacity_ || !error_.ok() || closing_; });
  if (!error_.ok()) return error_;
  if (closing_) return Status::Internal("StoreWriter: Put after Finish");
  queue_.push_back(Item{std::move(doc), std::move(events), std::move(quotes)});
  changed_.notify_all();
  return Status::Ok();
}

Status StoreWriter::Finish() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
    changed_.notify_all();
  }
  if (thread_.joinable()) thread_.join();
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

void StoreWriter::Loop() {
  pthread_setname_np(pthread_self(), "herodotus-store");  // for top and perf
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
    if (queue_.empty()) return;  // closing and drained
    Item item = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();  // room for the producer
    // SQLite work happens outside the lock, so the producer can queue meanwhile.
    lock.unlock();
    double c0 = ThreadCpuSeconds();
    Status s = store_->PutArticle(item.doc, item.events, item.quotes);
    item = Item();  // free the article before taking the lock again
    cpu_seconds_ += ThreadCpuSeconds() - c0;
    lock.lock();
    if (s.ok()) {
      ++written_;
      continue;
    }
    error_ = s;
    queue_.clear();  // dropped unwritten: the next run codes them
    changed_.notify_all();
    return;
  }
}

}  // namespace herodotus
