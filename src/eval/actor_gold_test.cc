// The actor gold reader and scorer (src/eval/actor_gold.h) on records written
// by the project.
#include "eval/actor_gold.h"

#include <gtest/gtest.h>

namespace herodotus::eval {
namespace {

TEST(ActorGoldTest, ReadsRecordsAndReportsBadLines) {
  ActorGoldSet set = ParseActorGold(
      R"({"id": "a", "date": "2019-05-20", "text": "Egyptian police arrested two men.", "actors": [{"text": "Egyptian police", "country": "EGY", "sector": "COP"}]}

{"id": "b", "text": "x", "actors": [{"text": "x", "country": "EGYPT"}]}
not json
{"id": "c", "text": "y", "actors": [{"text": "y", "colour": "red"}]}
)",
      "g.jsonl");
  ASSERT_EQ(set.records.size(), 1u);
  EXPECT_EQ(set.records[0].origin, "g.jsonl:1");
  EXPECT_EQ(set.records[0].actors[0].sector, "COP");
  EXPECT_EQ(set.skipped, 3u);
  ASSERT_EQ(set.errors.size(), 3u);
  EXPECT_NE(set.errors[0].find("g.jsonl:3: actors: country \"EGYPT\""), std::string::npos) << set.errors[0];
  EXPECT_NE(set.errors[1].find("g.jsonl:4: not a JSON object"), std::string::npos) << set.errors[1];
  EXPECT_NE(set.errors[2].find("unknown key \"colour\""), std::string::npos) << set.errors[2];
}

TEST(ActorGoldTest, MatchesSpansAndScoresCountryAndSector) {
  ActorGoldRecord r;
  r.origin = "g:1";
  r.text = "Senior Hungarian and Romanian officials met U.S. and Russian negotiators.";
  r.actors = {{"Hungarian", "HUN", "GOV", ""},
              {"Romanian", "ROU", "GOV", ""},
              {"Russian ... negotiators", "RUS", "GOV", ""},
              {"Atlantis", "ATL", "", ""}};
  auto at = [&](const std::string& s) { return static_cast<uint32_t>(r.text.find(s)); };
  auto span = [&](const std::string& s, std::string code, std::string country,
                  std::vector<std::string> sectors) {
    return PredictedActor{at(s), static_cast<uint32_t>(at(s) + s.size()), code, country, sectors};
  };
  std::vector<PredictedActor> pred = {
      span("Senior Hungarian and Romanian officials", "HUNGOV", "HUN", {"GOV"}),
      span("Romanian officials", "ROUGOV", "ROU", {"GOV"}),
      span("U.S. and Russian negotiators", "USAGOV", "USA", {"GOV"}),
      span("Russian negotiators", "RUSMIL", "RUS", {"MIL"}),
  };
  ActorScore score;
  ScoreActorRecord(r, pred, &score);
  EXPECT_EQ(score.with_country, 4u);
  EXPECT_EQ(score.country_correct, 3u);  // Atlantis is not in the text
  EXPECT_EQ(score.not_in_text, 1u);
  EXPECT_EQ(score.with_sector, 3u);
  EXPECT_EQ(score.sector_correct, 2u);  // the negotiators' MIL is wrong
  std::string out = FormatActorScore(score, true);
  EXPECT_NE(out.find("accuracy 75.00%"), std::string::npos) << out;
  EXPECT_NE(out.find("gold=RUS/GOV\tgot=RUSMIL"), std::string::npos) << out;
}

}  // namespace
}  // namespace herodotus::eval
