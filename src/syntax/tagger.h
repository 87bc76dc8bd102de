// Part-of-speech tagger: greedy left-to-right averaged-perceptron classifier
// over hashed features, in two passes: the second pass also sees the first
// pass's tags of the next two words (right context the greedy pass lacks). One class is a (UPOS, XPOS) pair, so the two tag sets
// are predicted jointly and always agree. FEATS come from a lookup on
// (word, class) with a per-class fallback: English morphology is almost fully
// determined by the fine tag and the word form.
//
// Thread-safety: immutable after Load; Tag() is const and reentrant.
#ifndef HERODOTUS_SYNTAX_TAGGER_H_
#define HERODOTUS_SYNTAX_TAGGER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herodotus/article.h"
#include "syntax/bytes.h"
#include "syntax/linear_model.h"
#include "util/flat_map.h"

namespace herodotus::syntax {

// Per-word values the tagger features are built from.
struct TagToken {
  uint64_t w = 0, lw = 0, shape = 0, amb = 0;
  uint64_t pre[3] = {0, 0, 0}, suf[4] = {0, 0, 0, 0};
  uint64_t cf = 0, cc = 0;  // fine and coarse word cluster (0 = unknown or no clusters)
};

class Tagger {
 public:
  static constexpr int kMaxFeatures = 64;

  // Builds per-token values; `amb` comes from the ambiguity-class dictionary,
  // `clusters` (packed per token, see clusters.h) from the model's word clusters.
  void Prepare(const Sentence& s, std::vector<TagToken>* out, const std::vector<uint32_t>* clusters = nullptr) const;
  // Features of token i given the two previous predicted classes (-1 = none)
  // and, for the second pass, the first pass's classes of all tokens (`look`).
  // Cluster features only when `use_clusters` (models trained with clusters).
  static size_t Features(const std::vector<TagToken>& t, size_t i, int prev1, int prev2, uint64_t* out,
                         const int* look = nullptr, bool use_clusters = false);

  // Features() split for Tag(), which scores two passes over the same
  // tokens: StaticFeatures are those that read no predicted class (the same
  // in both passes, computed once per token); LookFeatures those that read
  // only the first pass's classes (fixed during the second pass);
  // PrevFeatures those that read the classes of the previous two tokens.
  // Static + Prev (+ Look with `look`) give the same keys as Features, in
  // another order.
  static size_t StaticFeatures(const std::vector<TagToken>& t, size_t i, uint64_t* out, bool use_clusters);
  static size_t LookFeatures(const std::vector<TagToken>& t, size_t i, const int* look, uint64_t* out);
  static size_t PrevFeatures(const std::vector<TagToken>& t, size_t i, int prev1, int prev2, uint64_t* out,
                             const int* look, bool use_clusters);

  // Sets upos, xpos and feats of every token. Returns the class ids.
  // `clusters`: packed word clusters per token, or null for a model without them.
  void Tag(Sentence* s, std::vector<int>* classes = nullptr, const std::vector<uint32_t>* clusters = nullptr) const;

  // The two passes' models; `second` may be empty (one pass). Also builds
  // the table Tag() scores with (both models stacked, see Tag).
  void SetModels(LinearModel first, LinearModel second = LinearModel());
  const LinearModel& model() const { return model_; }
  const LinearModel& model2() const { return model2_; }  // empty without a second pass
  bool has_pass2() const { return has_pass2_; }
  // Other model parts (filled by the trainer or Load).
  std::vector<std::string> upos, xpos;                 // per class
  FlatMap64<uint64_t> ambiguity;                       // StringKey(lower) -> class-set hash
  std::vector<std::string> feats_strings;              // "" first
  std::vector<uint16_t> feats_by_class;                // class -> feats id
  FlatMap64<uint16_t> feats_by_word;                   // FeatureKey(lower, class) -> feats id

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);

 private:
  LinearModel model_, model2_;
  bool has_pass2_ = false;
  LinearModel joint_;  // model_'s classes, then model2_'s (LinearModel::Stacked); with two passes only
};

}  // namespace herodotus::syntax

#endif  // HERODOTUS_SYNTAX_TAGGER_H_
