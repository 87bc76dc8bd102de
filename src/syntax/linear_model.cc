#include "syntax/linear_model.h"

#include <algorithm>
#include <cmath>

namespace herodotus::syntax {

void LinearModel::BuildTable(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets,
                             const std::vector<Entry>& flat) {
  keys_ = keys;
  num_entries_ = flat.size();
  row_begin_.resize(keys.size());
  row_len_.resize(keys.size());
  // A row of up to kShortRow weights has its length in its slot; a longer
  // one starts with a header {length, 0}. Rows of up to a cache line never
  // cross one: a row that would is moved to the next line, so reading it
  // costs one miss, not two (about one row in five would cross otherwise).
  // Positions are laid out from 0 and then shifted to a 64-byte boundary.
  constexpr size_t kPerLine = 64 / sizeof(Entry);
  std::vector<uint32_t> start(keys.size());
  size_t size = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const size_t count = offsets[i + 1] - offsets[i];
    const size_t len = count + HasHeader(count);
    if (len <= kPerLine && size % kPerLine + len > kPerLine) size += kPerLine - size % kPerLine;
    start[i] = static_cast<uint32_t>(size);
    size += len;
  }
  entries_.assign(size + kPerLine, Entry{0, 0});
  const uintptr_t entries_addr = reinterpret_cast<uintptr_t>(entries_.data());
  const uint32_t shift = static_cast<uint32_t>((64 - entries_addr % 64) % 64 / sizeof(Entry));
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint32_t count = offsets[i + 1] - offsets[i];
    start[i] += shift;
    row_len_[i] = static_cast<uint16_t>(count);
    row_begin_[i] = start[i] + HasHeader(count);
    if (HasHeader(count)) entries_[start[i]] = {static_cast<uint16_t>(count), 0};
    std::copy(flat.begin() + offsets[i], flat.begin() + offsets[i + 1], &entries_[row_begin_[i]]);
  }
  // Long rows get a dense copy (see Score), padded to dense_width_ and
  // placed from a 64-byte boundary. Offsets stay below kDense.
  const size_t nc = static_cast<size_t>(num_classes_);
  dense_width_ = static_cast<int>((nc + kDenseAlign - 1) / kDenseAlign * kDenseAlign);
  const size_t width = static_cast<size_t>(dense_width_);
  std::vector<uint32_t> target(start);
  std::vector<size_t> dense_rows;
  for (size_t i = 0; i < keys.size() && nc > 0 && num_classes_ <= kMaxDenseClasses; ++i) {
    const size_t count = offsets[i + 1] - offsets[i];
    if (count * 4 < nc || (dense_rows.size() + 1) * width >= kDense) continue;
    dense_rows.push_back(i);
  }
  constexpr size_t kLine = 64 / sizeof(int16_t);
  dense_.assign(dense_rows.empty() ? 0 : dense_rows.size() * width + kLine, 0);
  const uintptr_t addr = reinterpret_cast<uintptr_t>(dense_.data());
  dense_base_ = dense_.empty() ? 0 : (64 - addr % 64) % 64 / sizeof(int16_t);
  for (size_t d = 0; d < dense_rows.size(); ++d) {
    const size_t i = dense_rows[d];
    target[i] = kDense | static_cast<uint32_t>(d * width);
    int16_t* row = &dense_[dense_base_ + d * width];
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k)
      if (flat[k].cls < nc) row[flat[k].cls] = flat[k].weight;
  }
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  table_.assign(cap, Slot{0, 0});
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint32_t fp = Fingerprint(keys[i]);
    for (uint64_t s = keys[i] & (cap - 1);; s = (s + 1) & (cap - 1)) {
      if (table_[s].fp == 0) {
        const uint32_t count = offsets[i + 1] - offsets[i];
        const bool short_row = !(target[i] & kDense) && !HasHeader(count);
        table_[s] = Slot{fp | (short_row ? count : 0), target[i]};
        break;
      }
      // A fingerprint collision in one probe run: the first row wins.
      if ((table_[s].fp & ~kShortRow) == fp) break;
    }
  }
}

LinearModel LinearModel::Build(int num_classes, const std::vector<Row>& rows, float min_abs_weight) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = 1e-9f;
  for (const auto& row : rows)
    for (auto [c, w] : row.weights) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = 32767.0f / max_abs;
  // Feature keys of 0 are remapped to 1 (harmless collision).
  std::vector<std::pair<uint64_t, std::vector<Entry>>> kept;
  kept.reserve(rows.size());
  for (const auto& row : rows) {
    std::vector<Entry> e;
    for (auto [c, w] : row.weights) {
      if (std::fabs(w) < min_abs_weight) continue;
      long q = std::lround(w * scale);
      if (q == 0) continue;
      e.push_back({c, static_cast<int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (e.empty()) continue;
    std::sort(e.begin(), e.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    kept.push_back({row.key == 0 ? 1 : row.key, std::move(e)});
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // Drop duplicate keys (only possible through the 0 -> 1 remap).
  kept.erase(std::unique(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
             kept.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> flat;
  for (auto& [key, e] : kept) {
    keys.push_back(key);
    flat.insert(flat.end(), e.begin(), e.end());
    offsets.push_back(static_cast<uint32_t>(flat.size()));
  }
  m.BuildTable(keys, offsets, flat);
  return m;
}

LinearModel LinearModel::Pruned(int min_abs) const {
  LinearModel m;
  m.num_classes_ = num_classes_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> flat;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint32_t count = 0;
    const Entry* row = RowOf(i, &count);
    const size_t before = flat.size();
    for (uint32_t k = 0; k < count; ++k)
      if (std::abs(static_cast<int>(row[k].weight)) >= min_abs) flat.push_back(row[k]);
    if (flat.size() == before) continue;
    keys.push_back(keys_[i]);
    offsets.push_back(static_cast<uint32_t>(flat.size()));
  }
  m.BuildTable(keys, offsets, flat);
  return m;
}

LinearModel LinearModel::Stacked(const LinearModel& a, const LinearModel& b) {
  LinearModel m;
  m.num_classes_ = a.num_classes_ + b.num_classes_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> flat;
  auto append = [&](const LinearModel& x, size_t i, uint16_t shift) {
    uint32_t count = 0;
    const Entry* row = x.RowOf(i, &count);
    for (uint32_t k = 0; k < count; ++k)
      flat.push_back({static_cast<uint16_t>(row[k].cls + shift), row[k].weight});
  };
  const uint16_t shift = static_cast<uint16_t>(a.num_classes_);
  size_t i = 0, j = 0;
  while (i < a.keys_.size() || j < b.keys_.size()) {
    const bool take_a = j == b.keys_.size() || (i < a.keys_.size() && a.keys_[i] <= b.keys_[j]);
    const bool take_b = i == a.keys_.size() || (j < b.keys_.size() && b.keys_[j] <= a.keys_[i]);
    keys.push_back(take_a ? a.keys_[i] : b.keys_[j]);
    if (take_a) append(a, i++, 0);
    if (take_b) append(b, j++, shift);
    offsets.push_back(static_cast<uint32_t>(flat.size()));
  }
  m.BuildTable(keys, offsets, flat);
  return m;
}

// On disk only the sorted rows are stored; the hash table is rebuilt at load,
// which keeps the file small and lets the loader validate every index.
void LinearModel::Save(ByteWriter* w) const {
  w->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  // Delta-encoded sorted keys (zstd compresses the small high bytes well).
  std::vector<uint64_t> delta(keys_.size());
  std::vector<uint16_t> counts(keys_.size());
  std::vector<uint16_t> cls;
  std::vector<int16_t> wt;
  for (size_t i = 0; i < keys_.size(); ++i) {
    delta[i] = keys_[i] - (i ? keys_[i - 1] : 0);
    uint32_t count = 0;
    const Entry* row = RowOf(i, &count);
    counts[i] = static_cast<uint16_t>(count);
    for (uint32_t k = 0; k < count; ++k) {
      cls.push_back(row[k].cls);
      wt.push_back(row[k].weight);
    }
  }
  w->PutVector(delta);
  w->PutVector(counts);
  w->PutVector(cls);
  w->PutVector(wt);
}

bool LinearModel::Load(ByteReader* r) {
  uint32_t nc = 0;
  std::vector<uint64_t> delta;
  std::vector<uint16_t> counts, cls;
  std::vector<int16_t> wt;
  if (!r->Get(&nc) || nc == 0 || nc > 65535) return false;
  if (!r->GetVector(&delta) || !r->GetVector(&counts) || !r->GetVector(&cls) || !r->GetVector(&wt))
    return false;
  if (counts.size() != delta.size() || cls.size() != wt.size()) return false;
  // Row offsets are 31-bit (with one header entry per row; the top bit marks dense rows).
  if (cls.size() + counts.size() >= (1ull << 31)) return false;
  LinearModel m;
  m.num_classes_ = static_cast<int>(nc);
  std::vector<uint32_t> offsets{0};
  uint64_t total = 0;
  for (uint16_t c : counts) {
    total += c;
    if (total > cls.size()) return false;
    offsets.push_back(static_cast<uint32_t>(total));
  }
  if (total != cls.size()) return false;
  std::vector<Entry> flat(cls.size());
  for (size_t i = 0; i < cls.size(); ++i) {
    if (cls[i] >= nc) return false;
    flat[i] = {cls[i], wt[i]};
  }
  std::vector<uint64_t> keys(delta.size());
  uint64_t key = 0;
  for (size_t i = 0; i < delta.size(); ++i) {
    key += delta[i];
    if (key == 0 || (i > 0 && delta[i] == 0) || (i > 0 && key < keys[i - 1])) return false;  // sorted, distinct, nonzero
    keys[i] = key;
  }
  m.BuildTable(keys, offsets, flat);
  *this = std::move(m);
  return true;
}

}  // namespace herodotus::syntax
