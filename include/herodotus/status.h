// herodotus — one error vocabulary for the whole library.
//
// Library code never throws and never exits: every fallible call returns a
// Status or a Result<T>. The CLI turns a bad status into a message and an exit
// code (see ExitCode). Both types are cheap to copy when ok (no allocation).
#ifndef HERODOTUS_STATUS_H_
#define HERODOTUS_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace herodotus {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // bad option or caller error
  kNotFound,          // a file or entry that is not there
  kDataLoss,          // corrupt or truncated file, failed checksum
  kUnsupported,       // e.g. a model format newer than this build
  kBadInput,          // one malformed input record (skipped, batch goes on)
  kIoError,           // read/write failure
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status DataLoss(std::string msg) { return {StatusCode::kDataLoss, std::move(msg)}; }
  static Status Unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }
  static Status BadInput(std::string msg) { return {StatusCode::kBadInput, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data loss: models/tagger.hdm: checksum mismatch"
  std::string ToString() const;

 private:
  Status(StatusCode c, std::string m) : code_(c), message_(std::move(m)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}              // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {       // NOLINT
    assert(!status_.ok() && "Result needs a value or an error");
  }
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

#define HERODOTUS_RETURN_IF_ERROR(expr)          \
  do {                                           \
    ::herodotus::Status _st = (expr);            \
    if (!_st.ok()) return _st;                   \
  } while (0)

// Process exit codes of the CLI (DESIGN.md contract).
enum ExitCode : int {
  kExitOk = 0,        // everything was processed
  kExitFatal = 1,     // e.g. a model file failed its checksum
  kExitUsage = 2,     // bad command line
  kExitSkipped = 3,   // some records were skipped; the rest was processed
};

}  // namespace herodotus

#endif  // HERODOTUS_STATUS_H_
