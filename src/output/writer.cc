// EventWriter factory and the streaming writers over the formatters. Each
// writer keeps one reusable line buffer, so a run of any length writes with
// constant memory.
#include "herodotus/writer.h"

#include <cerrno>
#include <cstring>

#include "output/formats.h"

namespace herodotus {
namespace {



class JsonlWriter final : public EventWriter {
 public:
  explicit JsonlWriter(std::FILE* out) : EventWriter(out) {}
  Status Write(const Event& e, const EventOrigin&) override {
    line_.clear();
    output::FormatEventJson(e, &line_);
    return Emit(line_);
  }

 private:
  std::string line_;
};

// "tsv" (header, all events, two extra columns) and "phoenix-tsv" (exactly
// the 26 Phoenix columns, no header). Phoenix has no status column, so a
// phoenix-tsv consumer would count every row as something that happened:
// events whose status does not claim occurrence (denied, negated,
// hypothetical) are therefore left out of phoenix-tsv.
class PhoenixWriter final : public EventWriter {
 public:
  PhoenixWriter(std::FILE* out, bool extended) : EventWriter(out), extended_(extended) {}
  Status Write(const Event& e, const EventOrigin& origin) override {
    if (!extended_ && !ClaimsOccurrence(e.status)) return Status::Ok();
    line_.clear();
    if (extended_ && !header_written_) {
      line_.append(output::PhoenixHeader(true));
      header_written_ = true;
    }
    output::FormatPhoenixRow(e, origin, extended_, &line_);
    return Emit(line_);
  }

 private:
  bool extended_;
  bool header_written_ = false;
  std::string line_;
};

class PloverWriter final : public EventWriter {
 public:
  explicit PloverWriter(std::FILE* out) : EventWriter(out) {}
  Status Write(const Event& e, const EventOrigin& origin) override {
    line_.clear();
    output::FormatPloverJson(e, origin, &line_);
    return Emit(line_);
  }

 private:
  std::string line_;
};

class CsvWriter final : public EventWriter {
 public:
  explicit CsvWriter(std::FILE* out) : EventWriter(out) {}
  Status Write(const Event& e, const EventOrigin& origin) override {
    line_.clear();
    if (!header_written_) {
      line_.append(output::CsvHeader());
      header_written_ = true;
    }
    output::FormatCsvRow(e, origin, &line_);
    return Emit(line_);
  }

 private:
  bool header_written_ = false;
  std::string line_;
};

}  // namespace

EventWriter::~EventWriter() = default;

const std::vector<std::string_view>& EventWriter::Formats() {
  static const std::vector<std::string_view> kFormats = {"jsonl", "tsv", "phoenix-tsv", "plover",
                                                         "csv"};
  return kFormats;
}

Result<std::unique_ptr<EventWriter>> EventWriter::Create(std::string_view format, std::FILE* out) {
  if (out == nullptr) return Status::InvalidArgument("event writer: no output stream");
  std::unique_ptr<EventWriter> w;
  if (format == "jsonl" || format == "json") w = std::make_unique<JsonlWriter>(out);
  else if (format == "tsv") w = std::make_unique<PhoenixWriter>(out, true);
  else if (format == "phoenix-tsv" || format == "phoenix") w = std::make_unique<PhoenixWriter>(out, false);
  else if (format == "plover") w = std::make_unique<PloverWriter>(out);
  else if (format == "csv") w = std::make_unique<CsvWriter>(out);
  else {
    return Status::InvalidArgument("unknown output format '" + std::string(format) +
                                   "' (expected jsonl, tsv, phoenix-tsv, plover or csv)");
  }
  return w;
}

Status EventWriter::Emit(std::string_view line) {
  if (std::fwrite(line.data(), 1, line.size(), out_) != line.size()) {
    return Status::IoError(std::string("writing events: ") + std::strerror(errno));
  }
  return Status::Ok();
}

Status EventWriter::Flush() {
  if (std::fflush(out_) != 0 || std::ferror(out_)) {
    return Status::IoError(std::string("writing events: ") + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace herodotus
