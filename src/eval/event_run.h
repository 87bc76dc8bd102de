// Running a coder over an event gold set and scoring it at both levels.
//
// The coder is passed in as a function so that the scorers never depend on
// the pipeline: the CLI hands in Pipeline::Code, tests hand in fakes.
//
// Errors: a record the coder rejects as bad input (kBadInput) is skipped,
// counted and described in `errors` ("file:line: id: reason"); any other error
// (kUnsupported when no event coder is loaded, a broken dictionary, ...) stops
// the run and is returned.
// Thread-safety: free function; `code` is called from the calling thread only.
#ifndef HERODOTUS_EVAL_EVENT_RUN_H_
#define HERODOTUS_EVAL_EVENT_RUN_H_

#include <functional>
#include <string>
#include <vector>

#include "eval/event_gold.h"
#include "eval/event_scorer.h"
#include "herodotus/article.h"
#include "herodotus/event.h"
#include "herodotus/status.h"

namespace herodotus::eval {

using CodeFn = std::function<Status(const Article&, std::vector<Event>*)>;

struct EventEvalResult {
  EventScoreReport full;  // ScoreLevel::kFull
  EventScoreReport dyad;  // ScoreLevel::kDyad
  size_t coded = 0;       // records the coder accepted
  size_t skipped = 0;     // records it rejected as bad input
  std::vector<std::string> errors;
};

Result<EventEvalResult> RunEventEval(const GoldSet& gold, const CodeFn& code, bool keep_errors);

}  // namespace herodotus::eval

#endif  // HERODOTUS_EVAL_EVENT_RUN_H_
