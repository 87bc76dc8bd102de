// herodotus — event output writers: one event in, one line (or row) out.
//
//   auto w = herodotus::EventWriter::Create("jsonl", stdout);
//   if (!w.ok()) { report w.status(); }
//   for (const Event& e : events) HERODOTUS_RETURN_IF_ERROR((*w)->Write(e));
//   HERODOTUS_RETURN_IF_ERROR((*w)->Flush());
//
// Formats (see docs/store.md "Output formats" for every column and field):
//   "jsonl"        the DESIGN.md event contract, one JSON object per line
//   "tsv"          the Phoenix 26-column layout with a header row
//   "phoenix-tsv"  the same columns without a header, as the Phoenix files ship
//   "plover"       PLOVER JSON records (codebook 0.7 field names), one per line
//   "csv"          every stored field flat, RFC 4180 quoting, header row
//
// Writers stream: each Write formats one event and hands it to the FILE*;
// nothing is kept across calls except the header-written flag, so memory is
// flat in the run's size. The FILE* is borrowed (never closed). A writer is
// not synchronized: one thread writes through it at a time. Errors: Create
// returns kInvalidArgument for an unknown format; Write/Flush return kIoError
// when the stream reports a write failure (disk full, closed pipe).
#ifndef HERODOTUS_WRITER_H_
#define HERODOTUS_WRITER_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/event.h"
#include "herodotus/status.h"

namespace herodotus {

// What an event's article says about where it came from. Formats with URL or
// news-source columns (Phoenix URLs/NewsSources, PLOVER cite_info) use it;
// empty fields are written as empty/omitted.
struct EventOrigin {
  std::string_view url;
  std::string_view source;  // publisher ("The Washington Times")
  std::string_view title;
};

class EventWriter {
 public:
  // A writer for `format` (names above) that writes to `out`.
  static Result<std::unique_ptr<EventWriter>> Create(std::string_view format, std::FILE* out);
  // The format names Create accepts, for --help texts.
  static const std::vector<std::string_view>& Formats();

  EventWriter(const EventWriter&) = delete;
  EventWriter& operator=(const EventWriter&) = delete;
  virtual ~EventWriter();

  Status Write(const Event& event) { return Write(event, EventOrigin{}); }
  virtual Status Write(const Event& event, const EventOrigin& origin) = 0;
  // Pushes buffered bytes to the OS (fflush) and reports any earlier failure.
  Status Flush();

 protected:
  explicit EventWriter(std::FILE* out) : out_(out) {}
  // Appends `line` to the stream; kIoError on failure.
  Status Emit(std::string_view line);
  std::FILE* out_;
};

}  // namespace herodotus

#endif  // HERODOTUS_WRITER_H_
