#include "ingest/source.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace herodotus::ingest_internal {
namespace {

class FileSource : public Source {
 public:
  FileSource(FILE* f, std::string name, bool owned) : f_(f), name_(std::move(name)), owned_(owned) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  size_t Read(char* buf, size_t n) override {
    if (!status_.ok()) return 0;
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) status_ = Status::IoError(name_ + ": read failed");
    return got;
  }
  const Status& status() const override { return status_; }

 private:
  FILE* f_;
  std::string name_;
  bool owned_;
  Status status_;
};

class MemorySource : public Source {
 public:
  explicit MemorySource(std::string data) : data_(std::move(data)) {}
  size_t Read(char* buf, size_t n) override {
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  const Status& status() const override { return status_; }

 private:
  std::string data_;
  size_t pos_ = 0;
  Status status_;
};

}  // namespace

Result<std::unique_ptr<Source>> OpenFileSource(const std::string& path) {
  if (path == "-") return std::unique_ptr<Source>(new FileSource(stdin, "<stdin>", false));
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(errno));
  }
  // fopen succeeds on a directory and only the first read fails; say it now.
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a directory");
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  return std::unique_ptr<Source>(new FileSource(f, path, true));
}

std::unique_ptr<Source> StringSource(std::string data) {
  return std::make_unique<MemorySource>(std::move(data));
}

Status ReadAtMost(Source* src, size_t limit, std::string* out, bool* truncated) {
  out->clear();
  *truncated = false;
  char buf[1 << 16];
  while (true) {
    size_t n = src->Read(buf, sizeof buf);
    if (n == 0) break;
    if (out->size() + n > limit) {
      *truncated = true;
      out->clear();
      out->shrink_to_fit();
      break;
    }
    out->append(buf, n);
  }
  return src->status();
}

bool LineReader::Fill() {
  if (eof_) return false;
  len_ = src_->Read(buf_.get(), kChunk);
  pos_ = 0;
  if (len_ == 0) eof_ = true;
  return len_ > 0;
}

LineReader::Result LineReader::Next(std::string* line, size_t* line_no) {
  line->clear();
  if (pos_ == len_ && !Fill()) return kEnd;
  *line_no = ++line_no_;
  bool too_long = false;
  while (true) {
    const char* start = buf_.get() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
    size_t take = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!too_long) {
      if (line->size() + take > max_line_) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;  // the '\n'
      break;
    }
    if (!Fill()) break;  // last line without '\n'
  }
  return too_long ? kTooLong : kLine;
}

}  // namespace herodotus::ingest_internal
