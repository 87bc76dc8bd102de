// Cross-article merge: events that describe the same happening become one
// event that keeps every mention, like GDELT's mention counts.
//
// Ten wires reporting one rocket attack give ten coded events; counts per
// place and day want one event seen ten times. MergeEvents joins events with
//  - the same CAMEO root ("19"), the same source and target actor in the same
//    direction (an actor by its code, or by its words when it has none), and
//    the same answer to "did it happen" (asserted/attributed/alleged against
//    denied/negated/hypothetical: a denial never swells a count);
//  - dates within `max_day_gap` days of the group's first date when both are
//    day-precise; coarser dates (week, month, year) only with the same date
//    and precision; events without a date are never merged;
//  - the same place when both have one (same geonameid, or the same name and
//    country for places the gazetteer does not know); an event without a
//    location joins a group that has one.
// The merged event is the group's most certain mention (asserted before
// attributed before alleged ...; the earliest in input order on a tie) with
// the first location any member had; `mentions` lists every member (article,
// sentence, event id, date, code, status, source of claim) in input order.
// Merged events come out in the input order of their first mention.
//
// Input events may themselves be merged (their mentions are carried over),
// so merging the outputs of several runs equals merging their inputs; a
// mention read twice (same article and event id) counts once.
// Pure function: thread-safe on distinct vectors.
#ifndef HERODOTUS_DISCOURSE_MERGE_H_
#define HERODOTUS_DISCOURSE_MERGE_H_

#include <optional>
#include <string>
#include <vector>

#include "herodotus/event.h"

namespace herodotus::discourse {

// One report of a happening: where it was read and who says so.
struct Mention {
  std::string article_id;
  int sentence = 0;
  std::string event_id;
  Date date;
  std::string date_precision = "day";
  std::string code;
  EventStatus status = EventStatus::kAsserted;
  std::optional<ActorRef> source_of_claim;  // null: the writer's own word
};

struct MergedEvent {
  Event event;                    // the representative mention's event
  std::vector<Mention> mentions;  // every mention, the representative's included
  size_t num_articles() const;    // distinct article ids among the mentions
};

// The event as its own single mention.
Mention MentionOf(const Event& e);
MergedEvent Unmerged(Event e);

struct MergeOptions {
  int max_day_gap = 1;  // day-precise dates this far apart are the same happening
};

// Groups `events` as described above. Events with no mentions are given
// their own (MentionOf) first.
std::vector<MergedEvent> MergeEvents(std::vector<MergedEvent> events, const MergeOptions& options);

}  // namespace herodotus::discourse

#endif  // HERODOTUS_DISCOURSE_MERGE_H_
