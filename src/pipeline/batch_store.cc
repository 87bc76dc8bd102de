#include "pipeline/batch_store.h"

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
    cpu_seconds_ += ThreadCpuSeconds() - c0;
    item = Item();  // free the article before taking the lock again
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
