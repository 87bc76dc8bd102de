// A sparse multi-class linear model over hashed features: the scorer shared by
// the tagger and the parser at run time.
//
// Each feature is a 64-bit hash (see FeatureKey). The model maps a feature to
// a short list of (class, weight) pairs; scoring adds those into a per-class
// score array. Weights are int16 with one global scale (the trainer quantizes
// averaged perceptron weights and drops near-zero ones), so a model with a few
// hundred thousand features is a few MB.
//
// Thread-safety: immutable after Load/Build; Score is const and reentrant.
#ifndef HERODOTUS_SYNTAX_LINEAR_MODEL_H_
#define HERODOTUS_SYNTAX_LINEAR_MODEL_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/bytes.h"

namespace herodotus::syntax {

// Mixing for feature keys (splitmix64 finalizer): cheap and well spread.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}
inline uint64_t FeatureKey(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Mix64(templ * 0x9e3779b97f4a7c15ull + a);
  h = Mix64(h ^ (b + 0x632be59bd9b4e019ull));
  return Mix64(h ^ (c + 0x85ebca6b27d4eb4full));
}
// Hash of a string value (FNV-1a then mixed); used for words and affixes.
inline uint64_t StringKey(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return Mix64(h);
}
// StringKey(AsciiLower(s)) without building the lower-case string.
inline uint64_t LowerStringKey(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)) * 0x100000001b3ull;
  return Mix64(h);
}

class LinearModel {
 public:
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_entries() const { return num_entries_; }

  // Adds the weights of `feats` into scores[0..num_classes) (caller zeroes it).
  // Memory-bound: all table slots are prefetched first, then all weight rows,
  // so the cache misses of different features overlap instead of queueing.
  // Slots are 8 bytes (a fingerprint of the key's high half and the row
  // offset), so twice as many fit a cache line as with whole keys. A row of
  // up to kShortRow weights has its length in the slot; a longer row's
  // length is its first entry, which shares the row's cache line.
  // The sums go to a local, padded copy of the scores: dense rows first, as
  // whole vector adds over the padded width, then the scattered short rows
  // (scalar stores between vector loads of the same array would stall store
  // forwarding). Integer sums, so the order does not change the result.
  void Score(const uint64_t* feats, size_t n, int32_t* scores) const {
    if (table_.empty()) return;
    const uint64_t mask = table_.size() - 1;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&table_[feats[i] & mask]);
    uint32_t dense[kMaxScoreFeatures], sparse[kMaxScoreFeatures], sparse_len[kMaxScoreFeatures];
    size_t nd = 0, ns = 0;
    for (size_t i = 0; i < n && nd + ns < kMaxScoreFeatures; ++i) {
      const uint32_t fp = Fingerprint(feats[i]);
      for (uint64_t s = feats[i] & mask;; s = (s + 1) & mask) {
        const Slot slot = table_[s];
        if ((slot.fp & ~kShortRow) == fp) {
          if (slot.begin & kDense) {
            __builtin_prefetch(&dense_[dense_base_ + (slot.begin & ~kDense)]);
            dense[nd++] = slot.begin & ~kDense;
          } else {
            __builtin_prefetch(&entries_[slot.begin]);
            sparse_len[ns] = slot.fp & kShortRow;
            sparse[ns++] = slot.begin;
          }
          break;
        }
        if (slot.fp == 0) break;
      }
    }
    const int nc = num_classes_;
    if (nc > kMaxDenseClasses) {  // no dense rows (see BuildTable): scatter straight into scores
      AddSparse(sparse, sparse_len, ns, scores);
      return;
    }
    alignas(64) int32_t acc[kMaxDenseClasses];
    const int width = dense_width_;
    std::copy_n(scores, nc, acc);
    std::fill(acc + nc, acc + width, 0);
    const int16_t* base = dense_.data() + dense_base_;
    for (size_t j = 0; j < nd; ++j) {
      const int16_t* w = base + dense[j];
      for (int c = 0; c < width; c += kDenseAlign)
        for (int k = 0; k < kDenseAlign; ++k) acc[c + k] += w[c + k];
    }
    AddSparse(sparse, sparse_len, ns, acc);
    std::copy_n(acc, nc, scores);
  }
  static constexpr size_t kMaxScoreFeatures = 256;
  // Models with more classes keep every row sparse (Score's local sums are
  // on the stack).
  static constexpr int kMaxDenseClasses = 1024;

  // Builds from float weights: features[i] owns weights rows[i] (class, weight).
  // Weights with |w| * scale < 0.5 are dropped; scale maps the largest |w| to 32767.
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> weights;
  };
  static LinearModel Build(int num_classes, const std::vector<Row>& rows, float min_abs_weight);

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
  // A copy without the weights whose |int16 value| is below min_abs (and
  // without features left empty): post-training pruning of a saved model.
  LinearModel Pruned(int min_abs) const;
  // Two models over the same features as one: a's classes, then b's
  // (offset by a.num_classes()). One lookup of a shared feature gives both
  // rows; scores of one model are read from its part of the score array.
  static LinearModel Stacked(const LinearModel& a, const LinearModel& b);

 private:
  struct Slot {
    uint32_t fp;     // Fingerprint | length of a short row (0: a longer one); 0 = empty
    uint32_t begin;  // short row: its first weight; longer: entries_[begin].cls =
                     // row length, the row follows; with kDense: offset of the
                     // row's dense copy in dense_
  };
  static constexpr uint32_t kShortRow = 3;  // the fingerprint bits that hold a short row's length
  static bool HasHeader(size_t count) { return count == 0 || count > kShortRow; }
  static constexpr uint32_t kDense = 1u << 31;
  // Fingerprints use 29 bits of the key's high half; the slot index its low
  // bits, so a false match needs 29 + log2(table size) equal bits (never seen
  // in practice; it would only add one feature's weights).
  static uint32_t Fingerprint(uint64_t key) { return (static_cast<uint32_t>(key >> 32) & ~7u) | 4u; }
  // rows: sorted distinct keys with their weight rows (offsets into flat).
  void BuildTable(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets,
                  const std::vector<Entry>& flat);
  void AddSparse(const uint32_t* rows, const uint32_t* lens, size_t n, int32_t* scores) const {
    for (size_t j = 0; j < n; ++j) {
      const Entry* e = &entries_[rows[j]];
      uint32_t count = lens[j];
      if (count == 0) count = (e++)->cls;
      for (uint32_t k = 0; k < count; ++k) scores[e[k].cls] += e[k].weight;
    }
  }
  // The weight row of feature i (in key order): pointer and length.
  const Entry* RowOf(size_t i, uint32_t* count) const {
    *count = row_len_[i];
    return &entries_[row_begin_[i]];
  }

  int num_classes_ = 0;
  std::vector<Slot> table_;    // open addressing, power-of-two size, load <= 1/2
  std::vector<Entry> entries_;  // per row: a header {length, 0}, then the row (see BuildTable)
  size_t num_entries_ = 0;      // weights in all rows
  std::vector<uint64_t> keys_;  // sorted feature keys (for Save and Pruned; not used to score)
  std::vector<uint32_t> row_begin_;  // offset of each key's first weight
  std::vector<uint16_t> row_len_;    // and its row's length
  // Rows with at least a quarter of the classes, also as dense int16 vectors
  // (derived at load; not saved). Scoring uses them instead of entries_.
  // Each is dense_width_ values (num_classes rounded up to kDenseAlign, zero
  // padded) from dense_base_ + offset, a 64-byte boundary.
  static constexpr int kDenseAlign = 16;
  std::vector<int16_t> dense_;
  size_t dense_base_ = 0;
  int dense_width_ = 0;
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_LINEAR_MODEL_H_
