// Word and phrase knowledge a trained NER model carries with it: how often a
// word is capitalized in running text (learned from unlabeled news text) and
// place names (compiled from a gazetteer file at training time). Stored in
// the model file, so tagging needs nothing else. Immutable after building;
// lookups are thread-safe.
#ifndef HERODOTUS_NER_LEXICON_H_
#define HERODOTUS_NER_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/flat_map.h"

namespace herodotus::ner {

class Lexicon {
 public:
  // Entry bits: low 3 bits = capitalization bucket + 1 (0 = unknown word);
  // kPlace = a (possibly multiword) place name.
  static constexpr uint8_t kCapMask = 0x07;
  static constexpr uint8_t kPlace = 0x08;
  // Contexts a capitalized word often has in running text:
  static constexpr uint8_t kAfterPersonCue = 0x10;  // "Mr. X", "John X"
  static constexpr uint8_t kAfterLocCue = 0x20;     // "in X", "from X"
  static constexpr uint8_t kBeforeSaid = 0x40;      // "X said"
  static constexpr uint8_t kBeforeOrgWord = 0x80;   // "X Inc.", "X Party"
  static constexpr int kMaxPhraseWords = 4;

  // Adds bits to a lowercase entry (words joined by single spaces).
  void Add(std::string_view lower_phrase, uint8_t bits) {
    const uint8_t e = entries_[std::string(lower_phrase)] |= bits;
    index_[FlatKey(lower_phrase)] = e;
    if (bits & kPlace) {
      MarkPlaceKey(lower_phrase);
      // Word prefixes of multiword places ("new", "new south"), so matching
      // stops extending a phrase as soon as no place can start with it.
      for (size_t sp = lower_phrase.find(' '); sp != std::string_view::npos;
           sp = lower_phrase.find(' ', sp + 1)) {
        place_prefixes_.emplace(lower_phrase.substr(0, sp));
        MarkPlaceKey(lower_phrase.substr(0, sp));
      }
    }
  }
  void SetCapBucket(std::string_view lower_word, int bucket) {
    uint8_t& e = entries_[std::string(lower_word)];
    e = static_cast<uint8_t>((e & ~kCapMask) | ((bucket + 1) & kCapMask));
    index_[FlatKey(lower_word)] = e;
  }
  uint8_t Get(std::string_view lower_phrase) const {
    const uint8_t* e = index_.find(FlatKey(lower_phrase));
    return e == nullptr ? 0 : *e;
  }
  // Capitalization bucket of a word, -1 when unknown.
  int CapBucket(std::string_view lower_word) const { return (Get(lower_word) & kCapMask) - 1; }
  // The four context bits of a word, shifted down (0..15).
  int ContextBits(std::string_view lower_word) const { return Get(lower_word) >> 4; }
  // Per token: bit0 = inside a place phrase, bit1 = starts one.
  std::vector<uint8_t> MatchPlaces(const std::vector<std::string>& lower_words) const;

  // Transparent hashing: lookups by string_view without a temporary string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, uint8_t, Hash, std::equal_to<>>;
  const Map& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  Map entries_;  // for saving
  // The same bits by a 64-bit hash of the phrase, for Get: one cache line
  // per lookup (the map's nodes cost three).
  FlatMap64<uint8_t> index_;  // by FlatKey
  std::unordered_set<std::string, Hash, std::equal_to<>> place_prefixes_;
  // One bit per hash of every place and place prefix (a one-hash Bloom
  // filter of 32 KB): a clear bit rules a key out before MatchPlaces asks
  // the two tables above; a set bit may be a false alarm and they decide.
  static constexpr uint64_t kPlaceBits = 1u << 18;
  static uint64_t PlaceBit(std::string_view key) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
    return (h ^ (h >> 31)) & (kPlaceBits - 1);
  }
  void MarkPlaceKey(std::string_view key) {
    place_bits_.resize(kPlaceBits / 64, 0);
    const uint64_t b = PlaceBit(key);
    place_bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  bool MaybePlaceKey(std::string_view key) const {
    if (place_bits_.empty()) return false;
    const uint64_t b = PlaceBit(key);
    return (place_bits_[b >> 6] >> (b & 63)) & 1;
  }
  std::vector<uint64_t> place_bits_;
};

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_LEXICON_H_
