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

}  // namespace

size_t OneADay(std::vector<Event>* events) {
  std::unordered_set<std::string> seen;
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    std::string key = e.date.ToString() + '|' + e.date_precision + '|' + ActorKey(e.source) + '|' +
                      ActorKey(e.target) + '|' + e.code + '|' +
                      (ClaimsOccurrence(e.status) ? "happened" : "not");
    if (!seen.insert(std::move(key)).second) continue;
    if (kept != i) (*events)[kept] = std::move(e);
    ++kept;
  }
  size_t removed = events->size() - kept;
  events->resize(kept);
  return removed;
}

}  // namespace herodotus::discourse
