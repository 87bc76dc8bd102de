#include "train/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>
#include <unordered_map>

#include "text/segmenter.h"
#include "util/file.h"

namespace herodotus::train {
namespace {

// x log x, tabulated for the small counts that dominate the sums.
class XLogX {
 public:
  XLogX() : table_(kSize) {
    for (size_t i = 1; i < kSize; ++i) table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kSize)) return x <= 0 ? 0.0 : table_[x];
    const double d = static_cast<double>(x);
    return d * std::log(d);
  }

 private:
  static constexpr size_t kSize = 1 << 20;
  std::vector<double> table_;
};

struct Neighbour {
  uint32_t word;
  uint32_t n;
};

}  // namespace

Result<ClusterCorpus> ReadClusterCorpus(const std::vector<Sentence>& sentences,
                                        const std::vector<std::string>& text_paths, int min_count) {
  std::vector<std::vector<std::string>> raw;
  for (const auto& s : sentences) {
    std::vector<std::string> words;
    for (const auto& t : s.tokens) words.push_back(syntax::ClusterForm(t.form));
    raw.push_back(std::move(words));
  }
  for (const auto& path : text_paths) {
    std::string text;
    Status st = ReadFile(path, &text);
    if (!st.ok()) return st;
    std::vector<Sentence> sents;
    size_t begin = 0;
    while (begin < text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + begin, end - begin);
      begin = end + 1;
      if (line.empty() || line.substr(0, 4) == "### ") continue;  // Wikinews article headers
      sents.clear();
      text::Segment(line, &sents);
      for (const auto& s : sents) {
        std::vector<std::string> words;
        for (const auto& t : s.tokens) words.push_back(syntax::ClusterForm(t.form));
        if (!words.empty()) raw.push_back(std::move(words));
      }
    }
  }
  std::unordered_map<std::string, uint64_t> counts;
  for (const auto& s : raw)
    for (const auto& w : s) ++counts[w];
  std::vector<std::pair<uint64_t, std::string>> kept;
  for (auto& [w, n] : counts)
    if (n >= static_cast<uint64_t>(std::max(1, min_count))) kept.push_back({n, w});
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  ClusterCorpus c;
  c.vocab = {"<s>", "<rare>"};
  c.count = {0, 0};
  std::unordered_map<std::string, uint32_t> id;
  for (auto& [n, w] : kept) {
    id[w] = static_cast<uint32_t>(c.vocab.size());
    c.vocab.push_back(w);
    c.count.push_back(n);
  }
  c.sents.reserve(raw.size());
  for (const auto& s : raw) {
    std::vector<uint32_t> ids;
    for (const auto& w : s) {
      auto it = id.find(w);
      ids.push_back(it == id.end() ? 1 : it->second);
      if (it == id.end()) ++c.count[1];
    }
    c.count[0] += 2;
    c.sents.push_back(std::move(ids));
  }
  return c;
}

std::vector<uint16_t> ExchangeClusters(const ClusterCorpus& corpus, int num_classes, int passes, bool verbose) {
  const size_t V = corpus.vocab.size();
  const int C = std::max(2, num_classes);
  // Distinct bigrams as per-word neighbour lists.
  std::unordered_map<uint64_t, uint32_t> bigrams;
  for (const auto& s : corpus.sents) {
    uint32_t prev = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      uint32_t w = i < s.size() ? s[i] : 0;
      ++bigrams[static_cast<uint64_t>(prev) << 32 | w];
      prev = w;
    }
  }
  std::vector<std::vector<Neighbour>> right(V), left(V);
  std::vector<int64_t> as_left(V, 0), as_right(V, 0);
  std::vector<uint32_t> self(V, 0);
  for (auto& [key, n] : bigrams) {
    const uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    as_left[a] += n;
    as_right[b] += n;
    if (a == b) {
      self[a] = n;
      continue;
    }
    right[a].push_back({b, n});
    left[b].push_back({a, n});
  }
  // Initial classes by frequency rank (the corpus vocabulary is sorted by count).
  std::vector<uint16_t> cls(V);
  for (size_t w = 0; w < V; ++w) cls[w] = static_cast<uint16_t>(w % C);
  std::vector<int64_t> N(static_cast<size_t>(C) * C, 0), NT(static_cast<size_t>(C) * C, 0), Nl(C, 0), Nr(C, 0);
  for (auto& [key, n] : bigrams) {
    const uint16_t a = cls[key >> 32], b = cls[static_cast<uint32_t>(key)];
    N[a * C + b] += n;
    NT[b * C + a] += n;
  }
  for (size_t w = 0; w < V; ++w) Nl[cls[w]] += as_left[w], Nr[cls[w]] += as_right[w];
  const XLogX g;
  std::vector<int64_t> R(C, 0), L(C, 0);
  std::vector<int> rt, lt;  // touched classes
  for (int pass = 1; pass <= passes; ++pass) {
    size_t moved = 0;
    for (size_t w = 0; w < V; ++w) {
      rt.clear();
      lt.clear();
      for (const Neighbour& x : right[w]) {
        const int c = cls[x.word];
        if (R[c] == 0) rt.push_back(c);
        R[c] += x.n;
      }
      for (const Neighbour& x : left[w]) {
        const int c = cls[x.word];
        if (L[c] == 0) lt.push_back(c);
        L[c] += x.n;
      }
      const int a = cls[w];
      const int64_t s = self[w];
      auto move = [&](int b, int sign) {
        for (int c : rt) N[b * C + c] += sign * R[c], NT[c * C + b] += sign * R[c];
        for (int c : lt) N[c * C + b] += sign * L[c], NT[b * C + c] += sign * L[c];
        N[b * C + b] += sign * s;
        NT[b * C + b] += sign * s;
        Nl[b] += sign * as_left[w];
        Nr[b] += sign * as_right[w];
      };
      move(a, -1);
      int best = a;
      double best_gain = -1e300;
      for (int b = 0; b < C; ++b) {
        const int64_t* row = &N[static_cast<size_t>(b) * C];
        const int64_t* col = &NT[static_cast<size_t>(b) * C];
        double gain = 0;
        for (int c : rt)
          if (c != b) gain += g(row[c] + R[c]) - g(row[c]);
        for (int c : lt)
          if (c != b) gain += g(col[c] + L[c]) - g(col[c]);
        gain += g(row[b] + R[b] + L[b] + s) - g(row[b]);
        gain -= g(Nl[b] + as_left[w]) - g(Nl[b]);
        gain -= g(Nr[b] + as_right[w]) - g(Nr[b]);
        if (gain > best_gain + 1e-9) best_gain = gain, best = b;
      }
      // The self-bigram and R[a]/L[a] terms moved with w: when w joins b they
      // are counted in N[b][b] (see move), matching the gain formula above.
      if (best != a) ++moved;
      cls[w] = static_cast<uint16_t>(best);
      // Neighbour classes of w do not depend on w's own class (self bigrams are
      // kept apart), so R and L are still valid for the move into `best`.
      move(best, +1);
      for (int c : rt) R[c] = 0;
      for (int c : lt) L[c] = 0;
    }
    if (verbose) std::fprintf(stderr, "clusters %d: pass %d moved %zu of %zu words\n", C, pass, moved, V);
    if (moved == 0) break;
  }
  return cls;
}

syntax::WordClusters BuildWordClusters(const ClusterCorpus& corpus, int fine_classes, int coarse_classes,
                                       int passes) {
  std::vector<uint16_t> fine, coarse;
  std::thread t([&] { coarse = ExchangeClusters(corpus, coarse_classes, passes, true); });
  fine = ExchangeClusters(corpus, fine_classes, passes, true);
  t.join();
  std::vector<std::string> words(corpus.vocab.begin() + 2, corpus.vocab.end());
  std::vector<uint16_t> f(fine.begin() + 2, fine.end()), c(coarse.begin() + 2, coarse.end());
  syntax::WordClusters out;
  out.Build(words, f, c);
  return out;
}

}  // namespace herodotus::train
