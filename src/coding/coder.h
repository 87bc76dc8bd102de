// The event coder: parsed document in, events with attribution out.
//
// For every sentence: match frames on the dependency tree (matcher.h),
// resolve the source and target phrases to actors (actors.h, one event per
// actor pair for coordinations), decide each event's status and who claims it
// (attribution.h, quotes.h), and fill CAMEO / PLOVER / Goldstein from the
// CAMEO table. Across the article it links speech acts to the events they
// carry ("A says B attacked": A accuses B, 112, and B's attack is alleged by
// A) and groups competing accounts of one happening into claim groups.
//
// Immutable after construction (the dictionaries must outlive it): one coder
// is shared by all threads; each call works on its own document.
#ifndef HERODOTUS_CODING_CODER_H_
#define HERODOTUS_CODING_CODER_H_

#include <vector>

#include "herodotus/article.h"
#include "herodotus/event.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/cameo_table.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus::discourse {
class TimePlace;
}  // namespace herodotus::discourse

namespace herodotus::coding {

class EventCoder {
 public:
  EventCoder(const lexicon::FrameDictionary& frames, const lexicon::ActorDictionary& actors,
             const lexicon::CameoTable& cameo,
             const discourse::TimePlace* timeplace = nullptr)
      : frames_(frames), actors_(actors), cameo_(cameo), timeplace_(timeplace) {}

  // Codes one parsed document: appends its events (sentence order) and, when
  // `quotes` is not null, its direct quotations.
  void Code(const Document& doc, std::vector<Event>* events, std::vector<Quote>* quotes) const;

 private:
  const lexicon::FrameDictionary& frames_;
  const lexicon::ActorDictionary& actors_;
  const lexicon::CameoTable& cameo_;
  // Event dates and locations (discourse/timeplace.h); null: events keep the
  // publication date and no location. Must outlive the coder.
  const discourse::TimePlace* timeplace_ = nullptr;
};

}  // namespace herodotus::coding

#endif  // HERODOTUS_CODING_CODER_H_
