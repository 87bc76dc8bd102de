// Builds the NER model's Lexicon at training time: capitalization statistics
// from unlabeled running text (one sentence or paragraph per line) and place
// names from a GeoNames cities file (tab-separated; name and ASCII name in
// columns 2 and 3). Build-time only. Not thread-safe.
#ifndef HERODOTUS_TRAIN_NER_LEXICON_BUILDER_H_
#define HERODOTUS_TRAIN_NER_LEXICON_BUILDER_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "herodotus/status.h"
#include "ner/lexicon.h"

namespace herodotus::ner {

class LexiconBuilder {
 public:
  // Counts, for every word not at a sentence start, how often it is capitalized.
  void AddRunningText(std::string_view text);
  // Adds every place name of a GeoNames-format file; returns how many.
  Result<int> AddPlacesFile(const std::string& path);
  // Words seen at least `min_count` times get a capitalization bucket.
  Lexicon Build(int min_count = 3) const;

 private:
  struct Count {
    int total = 0, capitalized = 0;
    int person_cue = 0, loc_cue = 0, said = 0, org_word = 0;  // capitalized occurrences only
  };
  std::unordered_map<std::string, Count> counts_;
  Lexicon places_;
};

// Tokenizes a name the way the UD English tokenizer splits it ("Al-Zaman" →
// "al - zaman"), lowercased and space-joined.
std::string NormalizePhrase(std::string_view name);

}  // namespace herodotus::ner

#endif  // HERODOTUS_TRAIN_NER_LEXICON_BUILDER_H_
