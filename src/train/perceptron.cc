#include "train/perceptron.h"

#include <algorithm>

namespace herodotus::train {

void AveragedPerceptron::Score(const uint64_t* f, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[Mix(f[i]) & (slots_.size() - 1)]);
  for (size_t i = 0; i < n; ++i) {
    const std::vector<Entry>* row = Find(f[i]);
    if (!row) continue;
    for (const Entry& e : *row) scores[e.cls] += e.weight;
  }
}

void AveragedPerceptron::ScoreAveraged(const uint64_t* f, size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  const double t = static_cast<double>(time_);
  for (size_t i = 0; i < n; ++i) {
    const std::vector<Entry>* row = Find(f[i]);
    if (!row) continue;
    for (const Entry& e : *row)
      scores[e.cls] += static_cast<float>((e.total + e.weight * (time_ - e.stamp)) / t);
  }
}

void AveragedPerceptron::Grow() {
  std::vector<std::pair<uint64_t, uint32_t>> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, {0, 0});
  const uint64_t mask = slots_.size() - 1;
  for (const auto& kv : old) {
    if (kv.second == 0) continue;
    uint64_t s = Mix(kv.first) & mask;
    while (slots_[s].second != 0) s = (s + 1) & mask;
    slots_[s] = kv;
  }
}

void AveragedPerceptron::Add(uint64_t key, int cls, float delta) {
  if ((rows_.size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t mask = slots_.size() - 1;
  uint64_t s = Mix(key) & mask;
  while (slots_[s].second != 0 && slots_[s].first != key) s = (s + 1) & mask;
  if (slots_[s].second == 0) {
    if (frozen_) return;
    rows_.emplace_back();
    slots_[s] = {key, static_cast<uint32_t>(rows_.size())};
  }
  auto& row = rows_[slots_[s].second - 1];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(e.weight) * (time_ - e.stamp);
      e.stamp = time_;
      e.weight += delta;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(cls), delta, time_, 0.0});
}

void AveragedPerceptron::RestrictTo(const std::vector<uint64_t>& keys) {
  for (uint64_t key : keys) {
    if ((rows_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t mask = slots_.size() - 1;
    uint64_t s = Mix(key) & mask;
    while (slots_[s].second != 0 && slots_[s].first != key) s = (s + 1) & mask;
    if (slots_[s].second != 0) continue;
    rows_.emplace_back();
    slots_[s] = {key, static_cast<uint32_t>(rows_.size())};
  }
  frozen_ = true;
}

void AveragedPerceptron::Update(const uint64_t* f, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    Add(f[i], truth, 1.0f);
    Add(f[i], guess, -1.0f);
  }
}

std::vector<syntax::LinearModel::Row> AveragedPerceptron::Averaged() const {
  std::vector<syntax::LinearModel::Row> out;
  out.reserve(rows_.size());
  const double t = static_cast<double>(time_);
  for (const auto& [key, idx1] : slots_) {
    if (idx1 == 0) continue;
    syntax::LinearModel::Row r;
    r.key = key;
    for (const Entry& e : rows_[idx1 - 1]) {
      double avg = (e.total + e.weight * (time_ - e.stamp)) / t;
      if (avg != 0.0) r.weights.push_back({e.cls, static_cast<float>(avg)});
    }
    if (!r.weights.empty()) out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return out;
}

}  // namespace herodotus::train
