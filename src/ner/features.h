// Feature extraction for the NER model: hashed sparse features per token
// (word, lowercase, shape, affixes, capitalization pattern, position,
// neighbouring words ±2, gazetteer classes). Works on word forms alone so the
// model is usable before (or without) the syntax stage.
//
// Changing what is extracted changes what a trained model means: bump
// kFeatureVersion, which models record and the loader checks. Pure; thread-safe.
#ifndef HERODOTUS_NER_FEATURES_H_
#define HERODOTUS_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"

namespace herodotus::ner {

inline constexpr uint32_t kFeatureVersion = 2;

// Features of all tokens of one sentence: token i owns
// ids[offsets[i] .. offsets[i+1]).
struct SentenceFeatures {
  std::vector<uint64_t> ids;
  std::vector<uint32_t> offsets;
  int size() const { return offsets.empty() ? 0 : static_cast<int>(offsets.size()) - 1; }
};

// `lexicon` (may be null) adds capitalization-ratio and place features.
void ExtractFeatures(const std::vector<std::string>& words, SentenceFeatures* out,
                     const Lexicon* lexicon = nullptr);

// The always-on bias feature every token has (its weights are the label priors).
uint64_t BiasFeature();

// Word shape: "Xxxx" → "Xx", "USA" → "X", "3.5" → "d.d" (runs collapsed) when
// `collapse`, else one symbol per character for the first 12 characters.
std::string WordShape(std::string_view word, bool collapse);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_FEATURES_H_
