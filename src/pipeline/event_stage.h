// The event stage of the pipeline: the dictionaries (CAMEO table, frames,
// actors and agents) loaded once, and the coder that uses them. Immutable
// after Load; Code() is safe from many threads.
#ifndef HERODOTUS_PIPELINE_EVENT_STAGE_H_
#define HERODOTUS_PIPELINE_EVENT_STAGE_H_

#include <memory>
#include <string>
#include <vector>

#include "coding/coder.h"
#include "discourse/timeplace.h"
#include "herodotus/options.h"
#include "herodotus/status.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/cameo_table.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus {

class EventStage {
 public:
  // The dictionary folder: options.dict_dir, else the one compiled in.
  static std::string DictDir(const Options& options);
  // Loads dict/cameo/cameo.tsv, dict/frames/*.frames and the actor and agent
  // files. Malformed dictionary lines are skipped (`herodotus dict lint`
  // lists them); a missing or unreadable dictionary is an error. The
  // gazetteer (geo/gazetteer.tsv.gz) is optional: without it events keep the
  // publication date and no location; a damaged one is an error.
  static Result<std::unique_ptr<EventStage>> Load(const Options& options);

  void Code(const Document& doc, std::vector<Event>* events, std::vector<Quote>* quotes) const {
    coder_->Code(doc, events, quotes);
  }

 private:
  EventStage() = default;
  std::unique_ptr<lexicon::CameoTable> cameo_;
  std::unique_ptr<lexicon::FrameDictionary> frames_;
  std::unique_ptr<lexicon::ActorDictionary> actors_;
  std::unique_ptr<discourse::TimePlace> timeplace_;  // null: no dates/places
  std::unique_ptr<coding::EventCoder> coder_;
};

}  // namespace herodotus

#endif  // HERODOTUS_PIPELINE_EVENT_STAGE_H_
