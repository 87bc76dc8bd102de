// libFuzzer target for the actor/agent dictionary parser and compiler:
// any bytes must load without crashing, with findings instead of errors, and
// the loaded dictionary must answer lookups (names, agents, titled surnames).
//   scripts/fuzz.sh 60 actor_dictionary_fuzzer
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/actor_dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Give the input a valid header half of the time so the body is exercised.
  std::string with_header = (size % 2 ? "# herodotus-actors 1\n" : "# herodotus-agents 1\n") + text;
  herodotus::lexicon::LoadReport report;
  auto dict = herodotus::lexicon::ActorDictionary::LoadTexts({{"a.txt", text}, {"b.txt", with_header}},
                                                             &report, false);
  if (dict.ok()) {
    std::vector<std::string> forms = {"U.S.", "al", "-", "Qaeda", "Pompeo", text.substr(0, 16)};
    for (size_t i = 0; i < forms.size(); ++i) (void)(*dict)->Match(forms, i, herodotus::Date{2018, 10, 3});
    (void)(*dict)->Agent(text.substr(0, 32));
    auto toks = herodotus::lexicon::ActorDictionary::Prepare(forms);
    for (size_t i = 0; i < toks.size(); ++i) {
      (void)(*dict)->SurnameCountry(toks, i);
      (void)(*dict)->MatchAgent(toks, i);
    }
  }
  return 0;
}
