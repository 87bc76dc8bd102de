// Fuzz target: the legacy pattern engine's dictionary readers (TABARI and
// PETRARCH-2) and its coder. The first byte picks the reader (actors,
// agents, verbs, options for TABARI; actors, agents, verbs, discards for
// PETRARCH); the rest is the file. The loaded dictionary then codes the
// same bytes as text and a fixed sentence: loading and coding must never
// crash or hang (patterns expand to a bounded number of variants).
#include <cstddef>
#include <cstdint>
#include <string>

#include "compat/tabari_coder.h"
#include "compat/tabari_dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace herodotus::compat;
  if (size == 0 || size > 64 * 1024) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  TabariDictionary d;
  switch (data[0] & 7) {
    case 0: d.AddActors("f.actors", text); break;
    case 1: d.AddAgents("f.agents", text); break;
    case 2: d.AddVerbs("f.verbs", text); break;
    case 3: d.AddOptions("f.options", text); break;
    case 4: d.AddPetrarchActors("f.actors.txt", text); break;
    case 5: d.AddPetrarchAgents("f.agents.txt", text); break;
    case 6: d.AddPetrarchVerbs("f.verbs.txt", text); break;
    default: d.AddDiscards("f.discards.txt", text); break;
  }
  TabariCoder coder(&d);
  (void)coder.Code(text, 20050101);
  (void)coder.Code("Norland and Sudria, which met Westmark, did not praise the Isle of Mists.", 19990101);
  return 0;
}
