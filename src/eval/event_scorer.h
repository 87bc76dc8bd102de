// Event scoring against gold (DESIGN.md "Gold for herodotus eval").
//
//   EventScorer scorer({.level = ScoreLevel::kFull});
//   for each gold record: scorer.Add(record, predicted_events_for_its_text);
//   std::cout << FormatEventReport(scorer.report(), /*show_errors=*/true);
//
// Semantics (docs/evaluation.md has the long form):
//  - A prediction matches a gold event when source and target match the gold
//    actor prefixes (either direction when `symmetric`), its root is one of
//    the gold `root`s (if given), its PLOVER event one of the gold `plover`s
//    (if given), its status one of the gold `status`es, and its claimant one of
//    `source_of_claim` (if given).
//  - Status: a gold event without `status` accepts asserted, attributed and
//    alleged. Predictions that are denied, negated or hypothetical are not
//    claims that something happened: they can only match a gold event whose
//    `status` list names their status explicitly; otherwise they are neither
//    true nor false positives (counted as `unscored`) and never trip
//    `forbidden`.
//  - Matching is one-to-one per record and maximal (bipartite augmenting
//    paths), so the order of events never changes the score.
//  - `forbidden` trips when an occurrence-claiming prediction (asserted,
//    attributed, alleged — or only those listed in the forbidden entry's own
//    `status`) matches it: a trap failure, listed with the record id.
//  - ScoreLevel::kDyad scores country-level dyads + event type: actor codes
//    and gold prefixes are cut to their first three letters, the PLOVER event
//    is compared (the root only when the gold gives no PLOVER type), and status
//    lists and claimants are ignored except for the occurrence rule above.
//
// Thread-safety: an EventScorer is a plain accumulator; use one per thread.
#ifndef HERODOTUS_EVAL_EVENT_SCORER_H_
#define HERODOTUS_EVAL_EVENT_SCORER_H_

#include <map>
#include <string>
#include <vector>

#include "eval/event_gold.h"
#include "herodotus/event.h"

namespace herodotus::eval {

enum class ScoreLevel {
  kFull,  // actor prefixes, root/PLOVER, status, claimant
  kDyad,  // country-level source/target + PLOVER event type
};

struct EventScoreOptions {
  ScoreLevel level = ScoreLevel::kFull;
  bool keep_errors = true;  // remember each miss / false alarm for the report
};

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// One line of the error listing.
struct ScoreError {
  std::string record_id;
  std::string kind;     // "miss", "false alarm", "trap"
  std::string expected; // the gold event, printed
  std::string got;      // the predicted event, printed
  std::string sentence; // the predicted event's sentence, or the record text
};

struct EventScoreReport {
  ScoreLevel level = ScoreLevel::kFull;
  size_t records = 0;
  Counts total;
  size_t unscored = 0;                 // non-occurrence predictions no gold event asked for
  size_t trap_entries = 0;             // forbidden entries seen
  size_t trap_failures = 0;            // forbidden entries tripped
  std::vector<std::string> trap_records;  // ids of records with a trap failure
  std::map<std::string, Counts> per_root;    // gold root (tp, fn) / predicted root (fp)
  std::map<std::string, Counts> per_plover;  // same by PLOVER event type
  // Gold status (accepted list joined by "|", "occurred" when none given) →
  // predicted status of the best prediction matching everything but status
  // ("(none)" when there is none).
  std::map<std::string, std::map<std::string, size_t>> status_confusion;
  std::vector<ScoreError> errors;
};

// True when `pred` matches `gold` at `level`. With `check_status` false the
// status and claimant are ignored (used for the status confusion table).
bool MatchesGold(const GoldEvent& gold, const Event& pred, ScoreLevel level, bool check_status);

// True when `pred` trips the forbidden entry `trap`.
bool TripsForbidden(const GoldEvent& trap, const Event& pred, ScoreLevel level);

class EventScorer {
 public:
  explicit EventScorer(EventScoreOptions options = {}) : options_(options) {
    report_.level = options.level;
  }
  // Scores the predictions made for one gold record's text.
  void Add(const GoldRecord& record, const std::vector<Event>& predicted);
  const EventScoreReport& report() const { return report_; }

 private:
  EventScoreOptions options_;
  EventScoreReport report_;
};

// Human-readable summary; with show_errors every miss, false alarm and trap.
std::string FormatEventReport(const EventScoreReport& report, bool show_errors);

// "USAGOV -> IRN 112/11 ACCUSE alleged by USA" for listings.
std::string DescribeEvent(const Event& e);
std::string DescribeGold(const GoldEvent& g);

}  // namespace herodotus::eval

#endif  // HERODOTUS_EVAL_EVENT_SCORER_H_
