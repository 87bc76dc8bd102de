// Tagger::Tag scores the split features (StaticFeatures + PrevFeatures +
// LookFeatures) and FlatMap64 stands in for std::unordered_map: both must be
// exact replacements, since scores are integer sums over the same keys.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <unordered_map>
#include <vector>

#include "syntax/tagger.h"
#include "util/flat_map.h"

namespace herodotus::syntax {
namespace {

std::vector<TagToken> RandomTokens(std::mt19937_64* rng, size_t n) {
  std::vector<TagToken> t(n);
  for (TagToken& x : t) {
    x.w = (*rng)(), x.lw = (*rng)(), x.shape = (*rng)() % 7, x.amb = (*rng)() % 5;
    for (uint64_t& p : x.pre) p = (*rng)();
    for (uint64_t& p : x.suf) p = (*rng)();
    x.cf = (*rng)() % 100, x.cc = (*rng)() % 10;
  }
  return t;
}

TEST(TaggerFeatures, SplitGivesTheSameKeysAsFeatures) {
  std::mt19937_64 rng(7);
  for (size_t n : {1, 2, 3, 5, 17}) {
    const std::vector<TagToken> t = RandomTokens(&rng, n);
    std::vector<int> look(n);
    for (int& l : look) l = static_cast<int>(rng() % 50);
    for (bool clusters : {false, true}) {
      for (bool with_look : {false, true}) {
        for (size_t i = 0; i < n; ++i) {
          const int prev1 = i > 0 ? static_cast<int>(rng() % 50) : -1;
          const int prev2 = i > 1 ? static_cast<int>(rng() % 50) : -1;
          const int* lk = with_look ? look.data() : nullptr;
          uint64_t a[Tagger::kMaxFeatures], b[Tagger::kMaxFeatures];
          const size_t na = Tagger::Features(t, i, prev1, prev2, a, lk, clusters);
          size_t nb = Tagger::StaticFeatures(t, i, b, clusters);
          if (lk) nb += Tagger::LookFeatures(t, i, lk, b + nb);
          nb += Tagger::PrevFeatures(t, i, prev1, prev2, b + nb, lk, clusters);
          ASSERT_EQ(na, nb);
          std::sort(a, a + na);
          std::sort(b, b + nb);
          EXPECT_TRUE(std::equal(a, a + na, b)) << "n=" << n << " i=" << i;
        }
      }
    }
  }
}

TEST(FlatMap64, AgreesWithUnorderedMap) {
  std::mt19937_64 rng(11);
  FlatMap64<uint32_t> flat;
  std::unordered_map<uint64_t, uint32_t> ref;
  EXPECT_EQ(flat.find(5), nullptr);
  for (int i = 0; i < 5000; ++i) {
    // Small keys collide in the low bits; 0 is a key too.
    const uint64_t k = i % 3 == 0 ? rng() % 64 : rng();
    const uint32_t v = static_cast<uint32_t>(rng());
    flat[k] = v;
    ref[k] = v;
  }
  EXPECT_EQ(flat.size(), ref.size());
  for (auto& [k, v] : ref) {
    const uint32_t* f = flat.find(k);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(*f, v);
  }
  for (int i = 0; i < 1000; ++i) {
    const uint64_t k = rng();
    EXPECT_EQ(flat.find(k) != nullptr, ref.count(k) == 1);
  }
  size_t seen = 0;
  flat.ForEach([&](uint64_t k, uint32_t v) {
    ++seen;
    EXPECT_EQ(ref.at(k), v);
  });
  EXPECT_EQ(seen, ref.size());
}

}  // namespace
}  // namespace herodotus::syntax
