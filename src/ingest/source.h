// Byte sources for ingest: a file, stdin or a string, read in chunks, and a
// line reader with a hard per-line budget. Internal to src/ingest.
//
// Not thread-safe. A LineReader holds at most `max_line` bytes of one line:
// a longer line is discarded while it is read (memory stays flat).
#ifndef HERODOTUS_INGEST_SOURCE_H_
#define HERODOTUS_INGEST_SOURCE_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

#include "herodotus/status.h"

namespace herodotus::ingest_internal {

class Source {
 public:
  virtual ~Source() = default;
  // Up to n bytes into buf; 0 at end of input or on error (see status()).
  virtual size_t Read(char* buf, size_t n) = 0;
  virtual const Status& status() const = 0;
};

// Opens path, or stdin for "-". kNotFound / kIoError when it cannot be read.
Result<std::unique_ptr<Source>> OpenFileSource(const std::string& path);
std::unique_ptr<Source> StringSource(std::string data);

// Reads at most `limit` bytes of the whole source into *out; *truncated is set
// when more bytes followed (the rest is not read).
Status ReadAtMost(Source* src, size_t limit, std::string* out, bool* truncated);

class LineReader {
 public:
  LineReader(Source* src, size_t max_line) : src_(src), max_line_(max_line) {}

  enum Result { kLine, kTooLong, kEnd };
  // The next line without its '\n' (a trailing '\r' is kept). *line_no is its
  // 1-based number. kTooLong: the line exceeded max_line bytes and was skipped
  // (*line is empty). kEnd: no more input (check the source's status()).
  Result Next(std::string* line, size_t* line_no);

 private:
  bool Fill();

  Source* src_;
  size_t max_line_;
  std::unique_ptr<char[]> buf_{new char[kChunk]};
  size_t pos_ = 0, len_ = 0;
  size_t line_no_ = 0;
  bool eof_ = false;
  static constexpr size_t kChunk = 1 << 16;
};

}  // namespace herodotus::ingest_internal

#endif  // HERODOTUS_INGEST_SOURCE_H_
