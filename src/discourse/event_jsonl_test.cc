#include "discourse/event_jsonl.h"

#include <gtest/gtest.h>

#include "output/formats.h"

namespace herodotus::discourse {
namespace {

Event Full() {
  Event e;
  e.article_id = "a1";
  e.sentence = 3;
  e.event_id = "a1-3-0";
  e.date = Date{2018, 9, 24};
  e.date_precision = "week";
  e.code = "112";
  e.root = "11";
  e.quad_class = 3;
  e.goldstein = -2;
  e.plover_event = "ACCUSE";
  e.plover_mode = "allege";
  e.plover_context = "terrorism";
  e.source = ActorRef{"Mike \"Pompeo\"", "USAGOV", "USA", {"GOV"}, "", 0, 0};
  e.target = ActorRef{"Iran-backed militias", "IRNMIL", "IRN", {"MIL", "REB"}, "IRN", 0, 0};
  e.status = EventStatus::kAlleged;
  e.source_of_claim = ActorRef{"the militia", "", "", {}, "", 0, 0};
  Location l;
  l.name = "Basra";
  l.admin1 = "Basra";
  l.country = "IRQ";
  l.geonameid = 99532;
  l.lat = 30.50852;
  l.lon = 47.7804;
  l.has_coordinates = true;
  l.basis = "attached";
  e.location = l;
  e.claim_group = "a1-g1";
  e.sentence_text = "Pompeo blamed\tIran-backed militias — «for» it.";
  e.trigger = "blamed";
  e.trigger_start = 12;
  e.trigger_end = 18;
  return e;
}

std::string Line(const Event& e) {
  std::string s;
  output::FormatEventJson(e, &s);
  s.pop_back();  // '\n'
  return s;
}

TEST(EventLineParser, RoundTripsTheWritersLine) {
  EventLineParser p;
  for (bool minimal : {false, true}) {
    Event e = Full();
    if (minimal) {
      e.source.reset();
      e.source_of_claim.reset();
      e.location->geonameid = 0;
      e.location->has_coordinates = false;
      e.location->lat = e.location->lon = 0;
      e.date = Date{};
    }
    std::string line = Line(e);
    const std::string copy = line;
    MergedEvent m;
    ASSERT_EQ(p.Parse(&line, &m), "") << line;
    EXPECT_EQ(line, copy);
    EXPECT_EQ(Line(m.event), copy);
    ASSERT_EQ(m.mentions.size(), 1u);
    EXPECT_EQ(m.mentions[0].event_id, "a1-3-0");
    EXPECT_EQ(m.mentions[0].status, EventStatus::kAlleged);
  }
}

TEST(EventLineParser, ReadsMentionsBack) {
  EventLineParser p;
  std::string line =
      R"({"article_id":"a","code":"190","mentions":[{"article_id":"a","sentence":1,"event_id":"a-1-0",)"
      R"("date":"2018-10-03","date_precision":"day","code":"190","status":"asserted","source_of_claim":null},)"
      R"({"article_id":"b","sentence":0,"date":null,"code":"193","status":"alleged",)"
      R"("source_of_claim":{"text":"officials","code":"USAGOV"}}],"num_mentions":2,"future_key":[1]})";
  MergedEvent m;
  ASSERT_EQ(p.Parse(&line, &m), "");
  EXPECT_EQ(m.event.root, "19");
  ASSERT_EQ(m.mentions.size(), 2u);
  EXPECT_EQ(m.mentions[0].date, (Date{2018, 10, 3}));
  EXPECT_FALSE(m.mentions[1].date.known());
  EXPECT_EQ(m.mentions[1].status, EventStatus::kAlleged);
  EXPECT_EQ(m.mentions[1].source_of_claim->code, "USAGOV");
}

TEST(EventLineParser, RefusesBadLinesWithAReason) {
  const char* bad[] = {
      "",
      "not json",
      "[1,2]",
      R"({"code":"190"})",
      R"({"article_id":"","code":"190"})",
      R"({"article_id":"a"})",
      R"({"article_id":"a","code":190})",
      R"({"article_id":"a","code":"190","date":"2018-02-30"})",
      R"({"article_id":"a","code":"190","date":"yesterday"})",
      R"({"article_id":"a","code":"190","sentence":-1})",
      R"({"article_id":"a","code":"190","sentence":1.5})",
      R"({"article_id":"a","code":"190","quad_class":9})",
      R"({"article_id":"a","code":"190","status":"rumoured"})",
      R"({"article_id":"a","code":"190","source":"Iran"})",
      R"({"article_id":"a","code":"190","source":{"sectors":[1]}})",
      R"({"article_id":"a","code":"190","location":{"name":"X","lat":91,"lon":0}})",
      R"({"article_id":"a","code":"190","location":{"name":"X","lat":1}})",
      R"({"article_id":"a","code":"190","mentions":{}})",
      R"({"article_id":"a","code":"190","mentions":[{"sentence":1}]})",
      R"({"article_id":"a\u0000b","code":"190"})",
      "{\"article_id\":\"a\xff\",\"code\":\"190\"}",
  };
  EventLineParser p;
  for (const char* b : bad) {
    std::string line = b;
    MergedEvent m;
    EXPECT_NE(p.Parse(&line, &m), "") << b;
  }
  std::string ok = R"({"article_id":"a","root":"19","date":null,"location":null})";
  MergedEvent m;
  EXPECT_EQ(p.Parse(&ok, &m), "");
  EXPECT_FALSE(m.event.location);
}

}  // namespace
}  // namespace herodotus::discourse
