// The NER model's weights and its decoder: a linear-chain model over BILOU
// labels (emission weights of hashed features + label transitions) decoded
// with Viterbi under BILOU constraints, so every output is a well-formed span
// sequence. Built by the trainer or by the loader (model_io.h); immutable and
// thread-safe once built.
#ifndef HERODOTUS_NER_MODEL_H_
#define HERODOTUS_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/lexicon.h"

namespace herodotus::ner {

class Model {
 public:
  static constexpr int kMaxLabels = 32;

  // labels[0] must be "O"; the others "B-X", "I-X", "L-X", "U-X".
  // transitions: (L+1)×L row-major, row L = sentence start; end: L.
  Model(std::vector<std::string> labels, std::vector<float> transitions, std::vector<float> end);

  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::vector<std::string>& labels() const { return labels_; }
  const std::vector<float>& transitions() const { return transitions_; }
  const std::vector<float>& end() const { return end_; }
  // Sorted feature keys and their weight rows (num_labels() floats each).
  const std::vector<uint64_t>& keys() const { return keys_; }
  const float* row(size_t i) const { return &weights_[base_ + i * stride_]; }
  float scale() const { return scale_; }

  // Sets the feature weights: rows[i] has num_labels() weights for keys[i].
  // Keys must be strictly increasing and non-zero. Builds the lookup table.
  void SetWeights(std::vector<uint64_t> keys, std::vector<float> weights);
  // Rounds every weight to a multiple of a step so that it fits in int16 (the
  // file format); after this, saving and loading reproduce the weights exactly.
  void Quantize();
  void SetScale(float s) { scale_ = s; }
  void SetLexicon(Lexicon lexicon) { lexicon_ = std::move(lexicon); }
  // Extra word knowledge the features need (see ExtractFeatures).
  const Lexicon& lexicon() const { return lexicon_; }

  // Best label sequence for a sentence's features.
  void Decode(const SentenceFeatures& feats, std::vector<int>* labels) const;
  // Whether label b may follow label a (a == num_labels() for the start).
  bool Allowed(int a, int b) const { return allowed_[a * labels_.size() + b]; }
  bool AllowedEnd(int a) const { return allowed_end_[a]; }

 private:
  int Find(uint64_t key) const;  // row index or -1

  std::vector<std::string> labels_;
  std::vector<float> transitions_, end_;
  std::vector<char> allowed_, allowed_end_;
  std::vector<uint64_t> keys_;
  // Row i at weights_[base_ + i * stride_]: rows of up to 16 labels are
  // padded to 16 floats from a 64-byte boundary, so each is one cache line.
  std::vector<float> weights_;
  size_t base_ = 0, stride_ = 0;
  // Open addressing, fingerprint 0 = empty; fingerprint and row index side
  // by side so a probe touches one cache line, eight slots to a line. The
  // fingerprint is the key's high half, the slot index its low bits, so a
  // false match needs 32 + log2(table size) equal bits (never seen in
  // practice; it would only add one feature's weights).
  struct Slot {
    uint32_t fp;
    uint32_t row;
  };
  static uint32_t Fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }
  std::vector<Slot> table_;
  uint64_t table_mask_ = 0;
  float scale_ = 0;  // quantization step, 0 = not quantized
  Lexicon lexicon_;
};

// Viterbi over an n×L emission matrix with L-label transitions (see Model);
// shared by the model and the trainer. Writes n labels.
void Viterbi(int n, int num_labels, const float* emissions, const float* transitions,
             const float* end, const char* allowed, const char* allowed_end, std::vector<int>* out);

// BILOU transition validity for a label set (allowed: (L+1)×L, allowed_end: L).
void BilouConstraints(const std::vector<std::string>& labels, std::vector<char>* allowed,
                      std::vector<char>* allowed_end);

}  // namespace herodotus::ner

#endif  // HERODOTUS_NER_MODEL_H_
