// Duplicate events: the Phoenix "one-a-day" filter.
//
// Phoenix keeps one event per (date, source actor, target actor, CAMEO code)
// and day across all the day's stories, so that a happening reported by ten
// wires counts once. OneADay applies that to a batch of events (any number
// of articles): the first event of each key, in input order, is kept; events
// whose status says they did not happen (denied, negated, hypothetical) are
// never merged with ones that did. `herodotus code --one-a-day` and
// `herodotus merge --one-a-day` apply it.
// Pure function: thread-safe on distinct vectors.
#ifndef HERODOTUS_DISCOURSE_DEDUP_H_
#define HERODOTUS_DISCOURSE_DEDUP_H_

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "discourse/merge.h"
#include "herodotus/event.h"

namespace herodotus::discourse {

// The same filter over a stream (`herodotus code --one-a-day` sees one
// article at a time): remembers every key it has seen, so its memory grows
// with the number of distinct (date, dyad, code) keys of the run. One object
// per stream; not thread-safe.
class OneADayFilter {
 public:
  // True the first time an event's key is seen.
  bool Keep(const Event& e);
  // Removes the events already seen from *events; returns how many.
  size_t Filter(std::vector<Event>* events);

 private:
  std::unordered_set<std::string> seen_;
};

// Removes the later duplicates in place; returns how many were removed.
size_t OneADay(std::vector<Event>* events);
// The same on events read back for merging: a dropped event's mentions go
// with it (Phoenix counts a happening once a day, not every report of it).
size_t OneADay(std::vector<MergedEvent>* events);

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_DEDUP_H_
