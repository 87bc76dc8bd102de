// libFuzzer target for the actor gold reader (`herodotus eval --actors`):
// any bytes must parse into records and file:line errors without crashing,
// and scoring the records against a fixed prediction must not crash either.
//   scripts/fuzz.sh 60 actor_gold_fuzzer
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "eval/actor_gold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  herodotus::eval::ActorGoldSet set = herodotus::eval::ParseActorGold(text, "fuzz.jsonl");
  herodotus::eval::ActorScore score;
  for (const auto& r : set.records) {
    std::vector<herodotus::eval::PredictedActor> pred = {
        {0, static_cast<uint32_t>(r.text.size()), "USAGOV", "USA", {"GOV"}},
        {0, static_cast<uint32_t>(r.text.size() / 2), "", "", {}}};
    herodotus::eval::ScoreActorRecord(r, pred, &score);
  }
  (void)herodotus::eval::FormatActorScore(score, true);
  return 0;
}
