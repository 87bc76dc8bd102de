// A small hand-written gazetteer used as NER features: countries, demonyms,
// cities and regions, organisation and location keywords, person titles and
// common given names. Written by the project (no copied lists). Matches are
// case-insensitive, longest phrase first, up to 4 tokens. The table is built
// once on first use and is immutable afterwards; thread-safe.
#ifndef HERODOTUS_NER_GAZETTEER_H_
#define HERODOTUS_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace herodotus::ner {

enum GazClass : uint8_t {
  kGazCountry = 0,
  kGazDemonym,
  kGazPlace,       // cities, capitals, regions, states
  kGazOrgKeyword,  // "University", "Ministry", "Inc."
  kGazOrgName,     // "NATO", "Google"
  kGazLocKeyword,  // "River", "Street"
  kGazTitle,       // "Mr.", "President"
  kGazGivenName,   // "John", "Maria"
  kGazClassCount,
};

// For each token, a bitmask of classes covering it; bit (8 + class) is set
// when the token begins the match.
std::vector<uint32_t> MatchGazetteer(const std::vector<std::string>& lower_words);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_GAZETTEER_H_
