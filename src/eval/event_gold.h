// Gold files for event scoring (DESIGN.md "Gold for herodotus eval").
//
// JSON Lines, one text per line:
//   {"id": "g1", "date": "2019-05-20", "text": "…",
//    "events":    [{"source": ["FRA"], "target": ["DEU"], "root": ["04"],
//                   "plover": ["CONSULT"], "symmetric": true,
//                   "status": ["asserted", "attributed"],
//                   "source_of_claim": ["USA"]}],
//    "forbidden": [{"source": ["RUS"], "target": ["UKR"], "root": ["19"]}]}
//
// Actor lists hold accepted code prefixes. A missing key or "*" accepts
// anything, including no actor; an empty list `[]` demands that there is no
// resolved actor (null or an empty code). `root`/`plover` may be a list or a
// single string; a gold event gives at least one of them. `status` and
// `source_of_claim` are optional (extensions of the contract: see
// docs/evaluation.md). Record keys besides id/date/text/events/forbidden that
// the project uses for documentation (note, title, url, source, claim_groups,
// quotes) are accepted and ignored; any other key, in a record or an event, is
// an error so that a typo ("sorce") never silently widens an expectation.
//
// Bad input never aborts a read: a malformed line is described as
// "file:line: reason" in `errors`, counted in `skipped`, and left out.
// Thread-safety: free functions over caller-owned values.
#ifndef HERODOTUS_EVAL_EVENT_GOLD_H_
#define HERODOTUS_EVAL_EVENT_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"

namespace herodotus::eval {

// Which actors a gold slot accepts.
struct GoldActor {
  bool any = true;                    // "*" or key absent
  std::vector<std::string> prefixes;  // accepted code prefixes when !any; empty = "no actor"
};

struct GoldEvent {
  GoldActor source, target;
  std::vector<std::string> roots;     // accepted CAMEO roots ("01".."20"); empty = not checked
  std::vector<std::string> plovers;   // accepted PLOVER event types; empty = not checked
  bool symmetric = false;             // either direction matches
  std::vector<EventStatus> statuses;  // accepted statuses; empty = any occurrence-claiming one
  GoldActor source_of_claim;          // accepted claimants; default any
  int line = 0;                       // line in the gold file
};

struct GoldRecord {
  std::string id;
  Date date;
  std::string text;
  std::vector<GoldEvent> events;     // what must be found
  std::vector<GoldEvent> forbidden;  // what must not be reported as having happened
  std::string origin;                // "file:line"
};

struct GoldSet {
  std::vector<GoldRecord> records;
  size_t skipped = 0;               // malformed lines left out
  std::vector<std::string> errors;  // "file:line: reason", one per skipped line
};

// Parses gold JSONL. `name` names the input in messages. Never fails.
GoldSet ParseEventGold(std::string_view text, std::string_view name);

// Reads a gold file ("-" = stdin). Fails only when the file cannot be read.
Result<GoldSet> ReadEventGold(const std::string& path);

}  // namespace herodotus::eval

#endif  // HERODOTUS_EVAL_EVENT_GOLD_H_
