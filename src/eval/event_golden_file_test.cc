// The project's own golden event files (tests/events/) parse cleanly and cover
// every CAMEO root and every status. The pipeline run over them is the ctest
// `events_golden` (tests/events/CMakeLists.txt).
#include <gtest/gtest.h>

#include <set>

#include "eval/event_gold.h"
#include "util/testing.h"

namespace herodotus::eval {
namespace {

GoldSet Load(const std::string& name) {
  Result<GoldSet> r = ReadEventGold(testing::SourceDir() + "/tests/events/" + name);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  for (const std::string& e : r->errors) ADD_FAILURE() << e;
  return std::move(*r);
}

TEST(GoldenEvents, ParsesAndCoversEveryRootAndStatus) {
  GoldSet set = Load("golden.jsonl");
  EXPECT_EQ(set.skipped, 0u);
  EXPECT_GE(set.records.size(), 150u);
  std::set<std::string> roots, ids;
  std::set<EventStatus> statuses;
  size_t traps = 0;
  for (const GoldRecord& r : set.records) {
    EXPECT_TRUE(ids.insert(r.id).second) << "duplicate id " << r.id;
    EXPECT_TRUE(r.date.known()) << r.id << ": every golden record has a date";
    EXPECT_FALSE(r.events.empty() && r.forbidden.empty()) << r.id << " expects nothing";
    for (const GoldEvent& e : r.events) {
      roots.insert(e.roots.begin(), e.roots.end());
      statuses.insert(e.statuses.begin(), e.statuses.end());
    }
    traps += r.forbidden.size();
  }
  for (int i = 1; i <= 20; ++i) {
    std::string root = (i < 10 ? "0" : "") + std::to_string(i);
    EXPECT_TRUE(roots.count(root)) << "root " << root << " missing";
  }
  EXPECT_EQ(statuses.size(), 6u) << "every status of DESIGN.md must appear";
  EXPECT_GE(traps, 50u);
}

TEST(GoldenEvents, WholeArticleBlame) {
  GoldSet set = Load("article_blame.jsonl");
  ASSERT_EQ(set.records.size(), 1u);
  const GoldRecord& r = set.records[0];
  EXPECT_NE(r.text.find("\n\n"), std::string::npos) << "multi-paragraph";
  std::set<EventStatus> statuses;
  for (const GoldEvent& e : r.events) statuses.insert(e.statuses.begin(), e.statuses.end());
  for (EventStatus s : {EventStatus::kAsserted, EventStatus::kAttributed, EventStatus::kAlleged,
                        EventStatus::kDenied, EventStatus::kHypothetical})
    EXPECT_TRUE(statuses.count(s)) << StatusName(s);
  EXPECT_FALSE(r.forbidden.empty());
}

}  // namespace
}  // namespace herodotus::eval
