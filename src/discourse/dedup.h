// Duplicate events: the Phoenix "one-a-day" filter.
//
// Phoenix keeps one event per (date, source actor, target actor, CAMEO code)
// and day across all the day's stories, so that a happening reported by ten
// wires counts once. OneADay applies that to a batch of events (any number
// of articles): the first event of each key, in input order, is kept; events
// whose status says they did not happen (denied, negated, hypothetical) are
// never merged with ones that did. Not wired to a command-line option yet.
// Pure function: thread-safe on distinct vectors.
#ifndef HERODOTUS_DISCOURSE_DEDUP_H_
#define HERODOTUS_DISCOURSE_DEDUP_H_

#include <cstddef>
#include <vector>

#include "herodotus/event.h"

namespace herodotus::discourse {

// Removes the later duplicates in place; returns how many were removed.
size_t OneADay(std::vector<Event>* events);

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_DEDUP_H_
