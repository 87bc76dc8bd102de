// Fuzzes the event gold reader and the scorer: any bytes must parse without
// crashing, every record kept must satisfy the reader's promises, and scoring
// the records against a few fixed predictions must keep the counts consistent.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "eval/event_gold.h"
#include "eval/event_scorer.h"

namespace {

herodotus::Event Pred(const char* src, const char* tgt, const char* code, herodotus::EventStatus st) {
  herodotus::Event e;
  e.source = herodotus::ActorRef{src, src, "", {}, "", 0, 0};
  e.target = herodotus::ActorRef{tgt, tgt, "", {}, "", 0, 0};
  e.code = code;
  e.root = std::string(code).substr(0, 2);
  e.plover_event = "ASSAULT";
  e.status = st;
  return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace herodotus;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  eval::GoldSet set = eval::ParseEventGold(text, "fuzz");
  if (set.errors.size() != set.skipped) std::abort();
  const std::vector<Event> preds = {Pred("IRNGOV", "USA", "190", EventStatus::kAsserted),
                                    Pred("USA", "IRN", "112", EventStatus::kDenied),
                                    Pred("", "", "040", EventStatus::kAlleged)};
  eval::EventScorer full({eval::ScoreLevel::kFull, true});
  eval::EventScorer dyad({eval::ScoreLevel::kDyad, false});
  size_t gold_events = 0;
  for (const eval::GoldRecord& r : set.records) {
    if (r.id.empty() || r.text.empty()) std::abort();
    for (const eval::GoldEvent& e : r.events) {
      if (e.roots.empty() && e.plovers.empty()) std::abort();
      if (e.source.any && !e.source.prefixes.empty()) std::abort();
    }
    gold_events += r.events.size();
    full.Add(r, preds);
    dyad.Add(r, preds);
  }
  for (const eval::EventScoreReport* rep : {&full.report(), &dyad.report()}) {
    if (rep->total.tp + rep->total.fn != gold_events) std::abort();
    if (rep->trap_failures > rep->trap_entries) std::abort();
  }
  (void)eval::FormatEventReport(full.report(), true);
  return 0;
}
