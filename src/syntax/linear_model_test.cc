#include "syntax/linear_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace herodotus::syntax {
namespace {

std::vector<int32_t> ScoresOf(const LinearModel& m, std::vector<uint64_t> feats) {
  std::vector<int32_t> s(m.num_classes(), 0);
  m.Score(feats.data(), feats.size(), s.data());
  return s;
}

// Rows: feature 11 short, 12 long enough to be kept dense, 13 only in one model.
LinearModel Small(float w) {
  std::vector<LinearModel::Row> rows = {{11, {{0, w}, {2, -w}}},
                                        {12, {{0, 1}, {1, 2}, {2, 3}, {3, 4}}},
                                        {13, {{3, w}}}};
  return LinearModel::Build(4, rows, 0.0f);
}

TEST(LinearModel, ScoresAddTheRowsOfKnownFeatures) {
  LinearModel m = Small(4.0f);  // largest |w| 4 maps to 32767
  EXPECT_EQ(ScoresOf(m, {11}), (std::vector<int32_t>{32767, 0, -32767, 0}));
  EXPECT_EQ(ScoresOf(m, {999}), (std::vector<int32_t>{0, 0, 0, 0}));
  const std::vector<int32_t> s = ScoresOf(m, {11, 12, 999});
  EXPECT_EQ(s[1], 16384);  // 2 of 4
  EXPECT_EQ(s[3], 32767);
}

TEST(LinearModel, StackedGivesEachModelsScoresInItsOwnClasses) {
  LinearModel a = Small(4.0f), b = Small(-4.0f);
  std::vector<LinearModel::Row> only_b = {{14, {{1, 4.0f}}}};
  LinearModel c = LinearModel::Build(4, only_b, 0.0f);
  for (const LinearModel* second : {&b, &c}) {
    LinearModel both = LinearModel::Stacked(a, *second);
    ASSERT_EQ(both.num_classes(), 8);
    for (const std::vector<uint64_t>& f : std::vector<std::vector<uint64_t>>{{11}, {12, 13}, {14, 11, 999}}) {
      const std::vector<int32_t> x = ScoresOf(a, f), y = ScoresOf(*second, f);
      const std::vector<int32_t> joint = ScoresOf(both, f);
      EXPECT_EQ(std::vector<int32_t>(joint.begin(), joint.begin() + 4), x);
      EXPECT_EQ(std::vector<int32_t>(joint.begin() + 4, joint.end()), y);
    }
  }
}

// Rows of every length the table stores differently (short rows without a
// header, longer ones with it, dense copies) score the same after a save and
// load and keep their weights through Pruned.
uint16_t ClassOf(uint16_t c, uint16_t len) { return static_cast<uint16_t>((c * 7 + len) % 40); }  // distinct in a row
float WeightOf(uint16_t c) { return 1.0f + c % 5; }  // largest 5

TEST(LinearModel, RowsOfEveryLengthRoundTrip) {
  std::vector<LinearModel::Row> rows;
  for (uint16_t len = 1; len <= 40; ++len) {
    LinearModel::Row r{1000u + len, {}};
    for (uint16_t c = 0; c < len; ++c) r.weights.push_back({ClassOf(c, len), WeightOf(c)});
    rows.push_back(r);
  }
  LinearModel m = LinearModel::Build(40, rows, 0.0f);
  ASSERT_EQ(m.num_features(), 40u);
  EXPECT_EQ(m.num_entries(), 40u * 41 / 2);
  ByteWriter w;
  m.Save(&w);
  LinearModel loaded;
  ByteReader r(w.data());
  ASSERT_TRUE(loaded.Load(&r));
  const LinearModel pruned = m.Pruned(1);
  for (uint16_t len = 1; len <= 40; ++len) {
    std::vector<int32_t> expect(40, 0);
    for (uint16_t c = 0; c < len; ++c)
      expect[ClassOf(c, len)] += static_cast<int32_t>(std::lround(WeightOf(c) * 32767.0f / 5.0f));
    EXPECT_EQ(ScoresOf(m, {1000u + len}), expect) << "row of " << len;
    EXPECT_EQ(ScoresOf(loaded, {1000u + len}), expect) << "row of " << len;
    EXPECT_EQ(ScoresOf(pruned, {1000u + len}), expect) << "row of " << len;
  }
}

}  // namespace
}  // namespace herodotus::syntax
