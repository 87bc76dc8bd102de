#include "eval/event_gold.h"

#include <gtest/gtest.h>

namespace herodotus::eval {
namespace {

TEST(EventGold, ReadsFullRecord) {
  GoldSet set = ParseEventGold(
      R"({"id": "g1", "date": "2019-05-20", "text": "France and Germany met.", "note": "x",)"
      R"( "events": [{"source": ["FRA"], "target": "DEU", "root": ["04"], "plover": "CONSULT",)"
      R"( "symmetric": true, "status": ["asserted", "attributed"], "source_of_claim": ["*"]}],)"
      R"( "forbidden": [{"source": [], "target": ["*"], "root": "19"}]})",
      "g.jsonl");
  ASSERT_EQ(set.records.size(), 1u) << (set.errors.empty() ? "" : set.errors[0]);
  const GoldRecord& r = set.records[0];
  EXPECT_EQ(r.id, "g1");
  EXPECT_EQ(r.date.ToString(), "2019-05-20");
  EXPECT_EQ(r.origin, "g.jsonl:1");
  ASSERT_EQ(r.events.size(), 1u);
  const GoldEvent& e = r.events[0];
  EXPECT_FALSE(e.source.any);
  EXPECT_EQ(e.source.prefixes, std::vector<std::string>{"FRA"});
  EXPECT_EQ(e.target.prefixes, std::vector<std::string>{"DEU"});
  EXPECT_EQ(e.roots, std::vector<std::string>{"04"});
  EXPECT_EQ(e.plovers, std::vector<std::string>{"CONSULT"});
  EXPECT_TRUE(e.symmetric);
  ASSERT_EQ(e.statuses.size(), 2u);
  EXPECT_EQ(e.statuses[1], EventStatus::kAttributed);
  EXPECT_TRUE(e.source_of_claim.any);
  ASSERT_EQ(r.forbidden.size(), 1u);
  EXPECT_FALSE(r.forbidden[0].source.any);        // [] = no actor
  EXPECT_TRUE(r.forbidden[0].source.prefixes.empty());
  EXPECT_TRUE(r.forbidden[0].target.any);
  EXPECT_TRUE(r.forbidden[0].statuses.empty());
}

TEST(EventGold, MissingActorKeyAcceptsAnything) {
  GoldSet set = ParseEventGold(R"({"id": "a", "text": "t", "events": [{"root": "01"}]})", "g");
  ASSERT_EQ(set.records.size(), 1u);
  EXPECT_TRUE(set.records[0].events[0].source.any);
  EXPECT_TRUE(set.records[0].events[0].target.any);
  EXPECT_FALSE(set.records[0].date.known());
}

TEST(EventGold, BadLinesAreSkippedWithFileAndLine) {
  std::string text =
      "{\"id\": \"ok1\", \"text\": \"a\"}\n"
      "\n"                                                                           // blank: ignored
      "{\"id\": \"x\", \"text\": \n"                                                 // 3 bad JSON
      "{\"id\": \"x\", \"text\": \"a\", \"events\": [{\"sorce\": [\"A\"], \"root\": \"01\"}]}\n"  // 4
      "{\"id\": \"x\", \"text\": \"a\", \"events\": [{\"root\": \"21\"}]}\n"        // 5 root
      "{\"id\": \"x\", \"text\": \"a\", \"events\": [{\"root\": \"01\", \"status\": \"maybe\"}]}\n"
      "{\"text\": \"a\"}\n"                                                          // 7 no id
      "{\"id\": \"x\", \"text\": \"a\", \"events\": [{\"source\": [\"A\"]}]}\n"      // 8 no type
      "{\"id\": \"x\", \"text\": \"a\", \"date\": \"2019-02-30\"}\n"                 // 9 date
      "{\"id\": \"x\", \"text\": \"\xff\"}\n"                                        // 10 UTF-8
      "[1, 2]\n"                                                                     // 11 not object
      "{\"id\": \"x\", \"text\": \"a\", \"colour\": 1}\n"                            // 12 key
      "{\"id\": \"x\", \"text\": \"a\", \"events\": [{\"source\": [\"\"], \"root\": \"01\"}]}\n"
      "{\"id\": \"ok2\", \"text\": \"b\"}\r\n";
  GoldSet set = ParseEventGold(text, "gold.jsonl");
  ASSERT_EQ(set.records.size(), 2u);
  EXPECT_EQ(set.records[1].id, "ok2");
  EXPECT_EQ(set.records[1].origin, "gold.jsonl:14");
  EXPECT_EQ(set.skipped, 11u);
  ASSERT_EQ(set.errors.size(), 11u);
  EXPECT_EQ(set.errors[0].rfind("gold.jsonl:3: ", 0), 0u) << set.errors[0];
  EXPECT_NE(set.errors[1].find("gold.jsonl:4: "), std::string::npos);
  EXPECT_NE(set.errors[1].find("sorce"), std::string::npos) << set.errors[1];
  EXPECT_NE(set.errors[2].find("21"), std::string::npos);
  EXPECT_NE(set.errors[3].find("maybe"), std::string::npos);
  EXPECT_NE(set.errors[4].find("id"), std::string::npos);
  EXPECT_NE(set.errors[7].find("UTF-8"), std::string::npos);
}

TEST(EventGold, TrailingContentAndNonObjectsAreErrors) {
  GoldSet set = ParseEventGold("{\"id\": \"a\", \"text\": \"x\"} {\"id\": \"b\"}\nnot json\n\"str\"\n", "g");
  EXPECT_TRUE(set.records.empty());
  ASSERT_EQ(set.skipped, 3u);
  EXPECT_NE(set.errors[0].find("g:1: trailing content"), std::string::npos) << set.errors[0];
  EXPECT_NE(set.errors[1].find("g:2: "), std::string::npos);
}

TEST(EventGold, ReadMissingFileFails) {
  Result<GoldSet> r = ReadEventGold("/nonexistent/gold.jsonl");
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace herodotus::eval
