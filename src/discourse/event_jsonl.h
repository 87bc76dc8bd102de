// Reading back the event JSON Lines that `herodotus code` writes
// (DESIGN.md "Event output"), for `herodotus merge`.
//
// One line in, one MergedEvent out: every field of the contract and of its
// additions (date_precision, plover.context, location admin1/geonameid/basis,
// actor backed_by) goes back into the Event, so writing it again gives the
// same line; a `mentions` array (a line `herodotus merge` wrote) goes back
// into the mentions, otherwise the event is its own single mention. Unknown
// keys are ignored (the contract only ever grows).
//
// Required: a JSON object with a non-empty string "article_id" and a
// non-empty string "code" or "root". Everything else is optional but must
// have the right type when present. Strings must be valid UTF-8 without NUL
// bytes; dates "YYYY-MM-DD" that exist, or null/"" (unknown).
//
// Errors are returned as a reason ("" = success), never thrown: the caller
// prints file:line and the reason, skips the line and counts it.
// An EventLineParser reuses its buffers: one per thread.
#ifndef HERODOTUS_DISCOURSE_EVENT_JSONL_H_
#define HERODOTUS_DISCOURSE_EVENT_JSONL_H_

#include <memory>
#include <string>

#include "discourse/merge.h"

namespace herodotus::discourse {

class EventLineParser {
 public:
  EventLineParser();
  ~EventLineParser();
  EventLineParser(const EventLineParser&) = delete;
  EventLineParser& operator=(const EventLineParser&) = delete;

  // Parses one line (without its '\n'). `line` is padded for the JSON
  // parser and given back unchanged. Returns "" or the reason the line was
  // refused; *out is then unspecified.
  std::string Parse(std::string* line, MergedEvent* out);

  // Lines longer than this are refused (a runaway line is not an event).
  static constexpr size_t kMaxLineBytes = 16u << 20;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_EVENT_JSONL_H_
