#include "eval/event_run.h"

namespace herodotus::eval {

Result<EventEvalResult> RunEventEval(const GoldSet& gold, const CodeFn& code, bool keep_errors) {
  EventEvalResult result;
  EventScorer full({ScoreLevel::kFull, keep_errors});
  EventScorer dyad({ScoreLevel::kDyad, keep_errors});
  for (const GoldRecord& rec : gold.records) {
    Article article;
    article.id = rec.id;
    article.date = rec.date;
    article.text = rec.text;
    article.origin = rec.origin;
    std::vector<Event> events;
    Status st = code(article, &events);
    if (st.code() == StatusCode::kBadInput) {
      ++result.skipped;
      result.errors.push_back(rec.origin + ": " + rec.id + ": " + st.message());
      continue;
    }
    if (!st.ok()) return st;
    ++result.coded;
    full.Add(rec, events);
    dyad.Add(rec, events);
  }
  result.full = full.report();
  result.dyad = dyad.report();
  return result;
}

}  // namespace herodotus::eval
