// Progress of a batch run for the person who started it. On a terminal a
// live line is redrawn (at most 4 times a second): articles, articles/s,
// events, share of the input read and the estimated time left. Elsewhere
// (a log file, a pipe, cron) nothing is printed while running, so logs stay
// clean; Finish() prints one summary line in both cases. Quiet prints nothing.
//
// Bytes read are known exactly at the end of each input file; within a file
// they are estimated from the articles seen (their fields plus the JSON
// escapes their text needs), so the share and the ETA are approximate but
// never pass the file's size.
//
// Not thread-safe: call from one thread (a batch sink runs on one thread at
// a time). Writes only to the FILE it is given; errors writing it are ignored.
#ifndef HERODOTUS_PIPELINE_BATCH_PROGRESS_H_
#define HERODOTUS_PIPELINE_BATCH_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "herodotus/article.h"

namespace herodotus {

class BatchProgress {
 public:
  enum class Mode { kAuto, kLive, kSummary, kQuiet };  // kAuto: live when `out` is a terminal

  // `total_bytes` = 0 when unknown (stdin): no share and no ETA then.
  BatchProgress(std::FILE* out, Mode mode, uint64_t total_bytes);
  BatchProgress(const BatchProgress&) = delete;
  BatchProgress& operator=(const BatchProgress&) = delete;

  // The size of every input file, 0 for stdin or an unreadable path.
  static uint64_t InputSize(const std::string& path);
  // Estimated bytes of input an article came from (its JSON Lines record).
  static uint64_t EstimatedBytes(const Article& article);

  // One article handled (coded, unchanged or skipped) with its events.
  void AddArticle(const Article& article, int64_t events);
  // An input file is done: its exact size replaces the estimate.
  void EndInput(uint64_t file_bytes);
  // Prints the summary line: "<prefix>: N articles …, X articles/s, T s".
  // `counts` is the caller's wording of the counts ("12 articles, 40 events,
  // 3 unchanged, 0 skipped").
  void Finish(const std::string& prefix, const std::string& counts);

  bool live() const { return live_; }
  int64_t articles() const { return articles_; }
  double Seconds() const;
  // The live line as printed (without the carriage return); for tests.
  std::string Line() const;

 private:
  void Draw();

  std::FILE* out_;
  bool live_ = false, quiet_ = false, drawn_ = false;
  uint64_t total_bytes_ = 0;
  uint64_t done_bytes_ = 0;      // input files finished
  uint64_t file_estimate_ = 0;   // estimated bytes read of the current file
  int64_t articles_ = 0, events_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace herodotus

#endif  // HERODOTUS_PIPELINE_BATCH_PROGRESS_H_
