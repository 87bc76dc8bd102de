#include "pipeline/batch_progress.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace herodotus {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(250);

// "1.2 MB", "340.5 MB", "2.31 GB"
std::string Bytes(uint64_t b) {
  char buf[32];
  if (b >= 1000000000ull) std::snprintf(buf, sizeof buf, "%.2f GB", b / 1e9);
  else std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  return buf;
}

// "0:04:07"
std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return buf;
}

}  // namespace

BatchProgress::BatchProgress(std::FILE* out, Mode mode, uint64_t total_bytes)
    : out_(out), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()) {
  quiet_ = mode == Mode::kQuiet || out == nullptr;
  live_ = !quiet_ && (mode == Mode::kLive || (mode == Mode::kAuto && ::isatty(::fileno(out))));
  last_draw_ = start_;
}

uint64_t BatchProgress::InputSize(const std::string& path) {
  if (path == "-") return 0;
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

uint64_t BatchProgress::EstimatedBytes(const Article& a) {
  // {"id": …, "date": "YYYY-MM-DD", "title": …, "url": …, "source": …, "text": …}
  uint64_t n = 70 + a.id.size() + a.title.size() + a.url.size() + a.source.size() + a.text.size();
  for (char c : a.text) n += (c == '\n' || c == '"' || c == '\\' || c == '\t') ? 1 : 0;
  return n;
}

double BatchProgress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void BatchProgress::AddArticle(const Article& article, int64_t events) {
  ++articles_;
  events_ += events;
  file_estimate_ += EstimatedBytes(article);
  if (!live_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedraw) return;
  last_draw_ = now;
  Draw();
}

void BatchProgress::EndInput(uint64_t file_bytes) {
  done_bytes_ += file_bytes;
  file_estimate_ = 0;
}

std::string BatchProgress::Line() const {
  double secs = std::max(Seconds(), 1e-3);
  char buf[160];
  std::snprintf(buf, sizeof buf, "%lld articles  %.1f articles/s  %lld events",
                static_cast<long long>(articles_), articles_ / secs,
                static_cast<long long>(events_));
  std::string line = buf;
  if (total_bytes_ > 0) {
    uint64_t done = std::min(total_bytes_, done_bytes_ + file_estimate_);
    std::snprintf(buf, sizeof buf, "  %.0f%% of %s", 100.0 * done / total_bytes_,
                  Bytes(total_bytes_).c_str());
    line += buf;
    if (done > 0 && secs > 1.0) {
      line += "  ETA " + Clock(secs * (total_bytes_ - done) / done);
    }
  }
  return line;
}

void BatchProgress::Draw() {
  std::string line(1, '\r');
  line += Line();
  line += "\x1b[K";  // erase what a longer line left
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
  drawn_ = true;
}

void BatchProgress::Finish(const std::string& prefix, const std::string& counts) {
  if (quiet_) return;
  if (drawn_) std::fputs("\r\x1b[K", out_);
  double secs = Seconds();
  std::fprintf(out_, "%s: %s in %.1f s (%.1f articles/s)\n", prefix.c_str(), counts.c_str(), secs,
               secs > 0 ? articles_ / secs : 0.0);
  std::fflush(out_);
}

}  // namespace herodotus
