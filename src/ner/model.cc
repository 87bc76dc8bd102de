#include "ner/model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ner/tags.h"

namespace herodotus::ner {

void BilouConstraints(const std::vector<std::string>& labels, std::vector<char>* allowed,
                      std::vector<char>* allowed_end) {
  const int L = static_cast<int>(labels.size());
  std::vector<char> prefix(L);
  std::vector<std::string_view> type(L);
  for (int i = 0; i < L; ++i) {
    if (!SplitTag(labels[i], &prefix[i], &type[i])) prefix[i] = 'O';
  }
  allowed->assign((L + 1) * L, 0);
  allowed_end->assign(L, 0);
  for (int a = 0; a <= L; ++a) {
    // After the start, O, L-x or U-x a new entity may begin; after B-x or
    // I-x the entity must continue.
    bool open = a < L && (prefix[a] == 'B' || prefix[a] == 'I');
    for (int b = 0; b < L; ++b) {
      bool ok = open ? ((prefix[b] == 'I' || prefix[b] == 'L') && type[b] == type[a])
                     : (prefix[b] == 'O' || prefix[b] == 'B' || prefix[b] == 'U');
      (*allowed)[a * L + b] = ok;
    }
  }
  for (int a = 0; a < L; ++a) (*allowed_end)[a] = prefix[a] == 'O' || prefix[a] == 'L' || prefix[a] == 'U';
}

void Viterbi(int n, int L, const float* em, const float* trans, const float* end,
             const char* allowed, const char* allowed_end, std::vector<int>* out) {
  out->assign(n, 0);
  if (n == 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> score(L), next(L);
  std::vector<int> back(static_cast<size_t>(n) * L, 0);
  for (int b = 0; b < L; ++b) {
    score[b] = allowed[L * L + b] ? trans[L * L + b] + em[b] : kNeg;
  }
  // Per label, the labels allowed before it (in increasing order, as the
  // full scan would visit them): BILOU allows few.
  int prev[Model::kMaxLabels * Model::kMaxLabels];
  int num_prev[Model::kMaxLabels];
  const bool lists = L <= Model::kMaxLabels;
  if (lists) {
    for (int b = 0; b < L; ++b) {
      num_prev[b] = 0;
      for (int a = 0; a < L; ++a)
        if (allowed[a * L + b]) prev[b * Model::kMaxLabels + num_prev[b]++] = a;
    }
  }
  for (int i = 1; i < n; ++i) {
    for (int b = 0; b < L; ++b) {
      float best = kNeg;
      int arg = 0;
      auto relax = [&](int a) {
        if (score[a] == kNeg) return;
        const float s = score[a] + trans[a * L + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      };
      if (lists) {
        const int* pa = &prev[b * Model::kMaxLabels];
        for (int j = 0; j < num_prev[b]; ++j) relax(pa[j]);
      } else {
        for (int a = 0; a < L; ++a) {
          if (allowed[a * L + b]) relax(a);
        }
      }
      next[b] = best == kNeg ? kNeg : best + em[static_cast<size_t>(i) * L + b];
      back[static_cast<size_t>(i) * L + b] = arg;
    }
    score.swap(next);
  }
  float best = kNeg;
  int arg = 0;  // label 0 is "O": always a valid fallback
  for (int a = 0; a < L; ++a) {
    if (!allowed_end[a] || score[a] == kNeg) continue;
    if (score[a] + end[a] > best) {
      best = score[a] + end[a];
      arg = a;
    }
  }
  for (int i = n - 1; i >= 0; --i) {
    (*out)[i] = arg;
    arg = back[static_cast<size_t>(i) * L + arg];
  }
}

Model::Model(std::vector<std::string> labels, std::vector<float> transitions, std::vector<float> end)
    : labels_(std::move(labels)), transitions_(std::move(transitions)), end_(std::move(end)) {
  BilouConstraints(labels_, &allowed_, &allowed_end_);
}

void Model::SetWeights(std::vector<uint64_t> keys, std::vector<float> weights) {
  keys_ = std::move(keys);
  const size_t L = labels_.size();
  stride_ = L <= 16 ? 16 : L;
  weights_.assign(keys_.size() * stride_ + 16, 0.0f);
  const uintptr_t addr = reinterpret_cast<uintptr_t>(weights_.data());
  base_ = (64 - addr % 64) % 64 / sizeof(float);
  for (size_t r = 0; r < keys_.size() && r * L < weights.size(); ++r)
    std::copy_n(&weights[r * L], std::min(L, weights.size() - r * L), &weights_[base_ + r * stride_]);
  size_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;
  table_mask_ = cap - 1;
  table_.assign(cap, Slot{0, 0});
  for (size_t r = 0; r < keys_.size(); ++r) {
    if (keys_[r] == 0) continue;  // never looked up
    const uint32_t fp = Fingerprint(keys_[r]);
    uint64_t h = keys_[r] & table_mask_;
    while (table_[h].fp != 0 && table_[h].fp != fp) h = (h + 1) & table_mask_;
    if (table_[h].fp == 0) table_[h] = Slot{fp, static_cast<uint32_t>(r)};  // else: the first row wins
  }
}

int Model::Find(uint64_t key) const {
  if (key == 0 || keys_.empty()) return -1;
  const uint32_t fp = Fingerprint(key);
  for (uint64_t h = key & table_mask_; table_[h].fp != 0; h = (h + 1) & table_mask_)
    if (table_[h].fp == fp) return static_cast<int>(table_[h].row);
  return -1;
}

void Model::Quantize() {
  float maxabs = 0;
  for (float w : weights_) maxabs = std::max(maxabs, std::fabs(w));
  for (float w : transitions_) maxabs = std::max(maxabs, std::fabs(w));
  for (float w : end_) maxabs = std::max(maxabs, std::fabs(w));
  scale_ = maxabs > 0 ? maxabs / 32000.0f : 1.0f;
  auto q = [&](float& w) { w = static_cast<float>(static_cast<int>(std::lround(w / scale_))) * scale_; };
  for (float& w : weights_) q(w);
  for (float& w : transitions_) q(w);
  for (float& w : end_) q(w);
}

void Model::Decode(const SentenceFeatures& feats, std::vector<int>* labels) const {
  const int n = feats.size();
  const int L = num_labels();
  std::vector<float> em(static_cast<size_t>(n) * L, 0.0f);
  // The table and the rows are far larger than the cache: ask for every
  // probe slot of the sentence first, then for every row, then add them up,
  // so the misses overlap instead of queueing one behind another.
  const size_t total = feats.ids.size();
  if (!keys_.empty()) {
    for (size_t k = 0; k < total; ++k) {
      __builtin_prefetch(&table_[feats.ids[k] & table_mask_]);
    }
  }
  std::vector<int> rows(total);
  for (size_t k = 0; k < total; ++k) {
    rows[k] = Find(feats.ids[k]);
    if (rows[k] >= 0) __builtin_prefetch(row(static_cast<size_t>(rows[k])));
  }
  for (int i = 0; i < n; ++i) {
    float* e = &em[static_cast<size_t>(i) * L];
    for (uint32_t k = feats.offsets[i]; k < feats.offsets[i + 1]; ++k) {
      if (rows[k] < 0) continue;
      const float* w = row(static_cast<size_t>(rows[k]));
      for (int l = 0; l < L; ++l) e[l] += w[l];
    }
  }
  Viterbi(n, L, em.data(), transitions_.data(), end_.data(), allowed_.data(), allowed_end_.data(),
          labels);
}

}  // namespace herodotus::ner
