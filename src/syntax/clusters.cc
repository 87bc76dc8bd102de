#include "syntax/clusters.h"

#include <algorithm>

#include "syntax/linear_model.h"

namespace herodotus::syntax {

std::string ClusterForm(const std::string& form) {
  std::string out = form;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
  }
  return out;
}

uint32_t WordClusters::Lookup(const std::string& form) const {
  if (table_.empty()) return 0;
  // StringKey(ClusterForm(form)) without building the string (once per token at run time).
  uint64_t h = 0xcbf29ce484222325ull;
  for (char ch : form) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    else if (ch >= '0' && ch <= '9') ch = '0';
    h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ull;
  }
  const uint32_t* packed = table_.find(Mix64(h));
  return packed == nullptr ? 0 : *packed;
}

void WordClusters::Of(const Sentence& s, std::vector<uint32_t>* out) const {
  out->resize(s.tokens.size());
  for (size_t i = 0; i < s.tokens.size(); ++i) (*out)[i] = Lookup(s.tokens[i].form);
}

void WordClusters::Build(const std::vector<std::string>& words, const std::vector<uint16_t>& fine,
                         const std::vector<uint16_t>& coarse) {
  table_.clear();
  for (size_t i = 0; i < words.size() && i < fine.size() && i < coarse.size(); ++i)
    table_[StringKey(ClusterForm(words[i]))] =
        (static_cast<uint32_t>(coarse[i]) + 1) << 16 | (static_cast<uint32_t>(fine[i]) + 1);
}

void WordClusters::Save(ByteWriter* w) const {
  std::vector<std::pair<uint64_t, uint32_t>> v;
  v.reserve(table_.size());
  table_.ForEach([&](uint64_t k, uint32_t x) { v.emplace_back(k, x); });
  std::sort(v.begin(), v.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> vals;
  for (auto& [k, x] : v) keys.push_back(k), vals.push_back(x);
  w->PutVector(keys);
  w->PutVector(vals);
}

bool WordClusters::Load(ByteReader* r) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> vals;
  if (!r->GetVector(&keys) || !r->GetVector(&vals) || keys.size() != vals.size()) return false;
  table_.clear();
  table_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (FineCluster(vals[i]) == 0 || CoarseCluster(vals[i]) == 0) return false;  // known words have classes >= 1
    if (i > 0 && keys[i] <= keys[i - 1]) return false;                           // sorted, distinct
    table_[keys[i]] = vals[i];
  }
  return true;
}

}  // namespace herodotus::syntax
