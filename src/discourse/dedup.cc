#include "discourse/dedup.h"

#include <string>
#include <unordered_set>

namespace herodotus::discourse {

namespace {

// An actor by its code, or by its words when it has none (an unknown actor
// is not the same as every other unknown actor).
std::string ActorKey(const std::optional<ActorRef>& a) {
  if (!a) return "-";
  return a->code.empty() ? "text:" + a->text : a->code;
}

std::string DayKey(const Event& e) {
  return e.date.ToString() + '|' + e.date_precision + '|' + ActorKey(e.source) + '|' +
         ActorKey(e.target) + '|' + e.code + '|' + (ClaimsOccurrence(e.status) ? "happened" : "not");
}

const Event& EventOf(const Event& e) { return e; }
const Event& EventOf(const MergedEvent& m) { return m.event; }

template <typename T>
size_t KeepFirstOfEachDay(std::vector<T>* events, OneADayFilter* filter) {
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (!filter->Keep(EventOf((*events)[i]))) continue;
    if (kept != i) (*events)[kept] = std::move((*events)[i]);
    ++kept;
  }
  size_t removed = events->size() - kept;
  events->resize(kept);
  return removed;
}

}  // namespace

bool OneADayFilter::Keep(const Event& e) { return seen_.insert(DayKey(e)).second; }
size_t OneADayFilter::Filter(std::vector<Event>* events) { return KeepFirstOfEachDay(events, this); }

size_t OneADay(std::vector<Event>* events) {
  OneADayFilter f;
  return f.Filter(events);
}
size_t OneADay(std::vector<MergedEvent>* events) {
  OneADayFilter f;
  return KeepFirstOfEachDay(events, &f);
}

}  // namespace herodotus::discourse
