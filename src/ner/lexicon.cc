#include "ner/lexicon.h"

namespace herodotus::ner {

std::vector<uint8_t> Lexicon::MatchPlaces(const std::vector<std::string>& lower_words) const {
  const int n = static_cast<int>(lower_words.size());
  std::vector<uint8_t> out(n, 0);
  if (entries_.empty()) return out;
  std::string key;
  for (int i = 0; i < n; ++i) {
    key.clear();
    int best = 0;
    for (int len = 1; len <= kMaxPhraseWords && i + len <= n; ++len) {
      if (len > 1) key += ' ';
      key += lower_words[i + len - 1];
      // Neither a place nor the start of one: nothing longer can match.
      if (!MaybePlaceKey(key)) break;
      if (Get(key) & kPlace) best = len;
      if (place_prefixes_.find(std::string_view(key)) == place_prefixes_.end()) break;
    }
    if (best == 0) continue;
    out[i] |= 3;
    for (int k = i + 1; k < i + best; ++k) out[k] |= 1;
  }
  return out;
}

}  // namespace herodotus::ner
