// Averaged multi-class perceptron over hashed features with sparse per-feature
// class weights (Collins 2002; lazy averaging with time stamps). Build-time
// only: the trainer snapshots the averaged weights and converts them to the
// run-time syntax::LinearModel.
//
// Thread-safety: none; one trainer thread owns one instance.
#ifndef HERODOTUS_TRAIN_PERCEPTRON_H_
#define HERODOTUS_TRAIN_PERCEPTRON_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "syntax/linear_model.h"

namespace herodotus::train {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  // scores[0..num_classes) = current (not averaged) weights; zeroed here.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // scores with the averaged weights as of now (for dev evaluation).
  void ScoreAveraged(const uint64_t* feats, size_t n, float* scores) const;
  // One training example was seen: advance the clock.
  void Tick() { ++time_; }
  // Perceptron update: +1 for `truth`, -1 for `guess` on every feature.
  void Update(const uint64_t* feats, size_t n, int truth, int guess);
  // Adds `delta` to class `cls` of every feature (one side of a global
  // update, where the gold and predicted states differ).
  void AddAll(const uint64_t* feats, size_t n, int cls, float delta) {
    for (size_t i = 0; i < n; ++i) Add(feats[i], cls, delta);
  }

  // From now on only these keys get weights (updates of other features are
  // dropped): a feature-frequency cutoff decided before training, which keeps
  // the run-time table small. Call before the first update.
  void RestrictTo(const std::vector<uint64_t>& keys);

  // Averaged weights as rows for syntax::LinearModel::Build.
  std::vector<syntax::LinearModel::Row> Averaged() const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    int64_t stamp;
    double total;
  };
  void Add(uint64_t key, int cls, float delta);
  // Open-addressing index (key -> row + 1; 0 = empty): far fewer cache misses
  // than std::unordered_map, which dominated training time.
  const std::vector<Entry>* Find(uint64_t key) const {
    const uint64_t mask = slots_.size() - 1;
    for (uint64_t s = Mix(key) & mask;; s = (s + 1) & mask) {
      if (slots_[s].second == 0) return nullptr;
      if (slots_[s].first == key) return &rows_[slots_[s].second - 1];
    }
  }
  static uint64_t Mix(uint64_t k) { return k ^ (k >> 29); }
  void Grow();

  int num_classes_;
  bool frozen_ = false;  // RestrictTo was called: no new rows
  int64_t time_ = 1;
  std::vector<std::pair<uint64_t, uint32_t>> slots_ = std::vector<std::pair<uint64_t, uint32_t>>(1 << 16);
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace herodotus::train

#endif  // HERODOTUS_TRAIN_PERCEPTRON_H_
