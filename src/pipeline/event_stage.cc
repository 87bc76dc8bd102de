#include "pipeline/event_stage.h"

namespace herodotus {

std::string EventStage::DictDir(const Options& options) {
  if (!options.dict_dir.empty()) return options.dict_dir;
  return HERODOTUS_DICT_DIR;
}

Result<std::unique_ptr<EventStage>> EventStage::Load(const Options& options) {
  const std::string dir = DictDir(options);
  std::unique_ptr<EventStage> st(new EventStage);
  auto cameo = lexicon::CameoTable::Load(dir + "/cameo/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  st->cameo_ = std::move(*cameo);

  auto frame_files = lexicon::FrameDictionary::ListFiles(dir + "/frames");
  if (!frame_files.ok()) return frame_files.status();
  if (frame_files->empty()) return Status::NotFound(dir + "/frames: no *.frames files");
  lexicon::FrameLoadReport frame_report;
  auto frames = lexicon::FrameDictionary::Load(*frame_files, st->cameo_.get(), &frame_report,
                                               /*strict=*/false);
  if (!frames.ok()) return frames.status();
  st->frames_ = std::move(*frames);

  auto actor_files = lexicon::ActorDictionary::FilesIn(dir);
  if (actor_files.empty()) return Status::NotFound(dir + ": no actor dictionaries");
  lexicon::LoadReport actor_report;
  auto actors = lexicon::ActorDictionary::Load(actor_files, &actor_report, /*strict=*/false);
  if (!actors.ok()) return actors.status();
  st->actors_ = std::move(*actors);

  auto timeplace = discourse::TimePlace::Load(dir);
  if (timeplace.ok()) {
    st->timeplace_ = std::move(*timeplace);
  } else if (timeplace.status().code() != StatusCode::kNotFound) {
    return timeplace.status();
  }

  st->coder_ = std::make_unique<coding::EventCoder>(*st->frames_, *st->actors_, *st->cameo_,
                                                    st->timeplace_.get());
  return st;
}

}  // namespace herodotus
