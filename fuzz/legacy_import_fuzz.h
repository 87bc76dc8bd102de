// Shared body of the PETRARCH and TABARI importer fuzz targets. The first
// byte picks the file kind (actors, agents, verbs, discards/options); the
// rest is the file. Every input must convert without crashing, and the
// produced texts must load with the project's own parsers (their diagnostics
// are allowed, a crash is not).
#ifndef HERODOTUS_FUZZ_LEGACY_IMPORT_FUZZ_H_
#define HERODOTUS_FUZZ_LEGACY_IMPORT_FUZZ_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/actor_dictionary.h"
#include "lexicon/frame_dictionary.h"
#include "lexicon/import_legacy.h"

namespace herodotus::fuzz {

template <typename ImportFile>
int FuzzLegacyImport(lexicon::LegacyDialect dialect, ImportFile import_file, const uint8_t* data,
                     size_t size) {
  using namespace herodotus::lexicon;
  if (size == 0) return 0;
  static const char* kNames[] = {"f.actors", "f.agents", "f.verbs", "f.options"};
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  LegacyImport imp(dialect);
  import_file(&imp, kNames[data[0] & 3], text);
  FrameLoadReport fr;
  (void)FrameDictionary::LoadFromStrings(
      {{"s.frames", imp.SynsetsText()}, {"f.frames", imp.FramesText(nullptr)}}, nullptr, &fr,
      false);
  LoadReport ar;
  (void)ActorDictionary::LoadTexts({{"a.txt", imp.ActorsText()}, {"g.txt", imp.AgentsText()}},
                                   &ar, false);
  return 0;
}

}  // namespace herodotus::fuzz

#endif  // HERODOTUS_FUZZ_LEGACY_IMPORT_FUZZ_H_
