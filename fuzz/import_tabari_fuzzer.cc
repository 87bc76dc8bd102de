// Fuzz target: the tabari dictionary importer. The first byte picks the file
// kind (actors, agents, verbs, discards/options); the rest is the file. Every
// input must convert without crashing, and the produced texts must load with
// the project's own parsers (their diagnostics are allowed, a crash is not).
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/actor_dictionary.h"
#include "lexicon/frame_dictionary.h"
#include "lexicon/import_tabari.h"

using namespace herodotus::lexicon;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"f.actors", "f.agents", "f.verbs", "f.options"};
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  LegacyImport imp(LegacyDialect::kTabari);
  const char* name = kNames[data[0] & 3];
  ImportTabariFile(&imp, name, text);
  std::string syn = imp.SynsetsText();
  std::string frames = imp.FramesText(nullptr);
  FrameLoadReport fr;
  (void)FrameDictionary::LoadFromStrings({{"s.frames", syn}, {"f.frames", frames}}, nullptr, &fr, false);
  LoadReport ar;
  (void)ActorDictionary::LoadTexts({{"a.txt", imp.ActorsText()}, {"g.txt", imp.AgentsText()}}, &ar, false);
  return 0;
}
