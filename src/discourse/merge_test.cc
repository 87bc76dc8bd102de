#include "discourse/merge.h"

#include <gtest/gtest.h>

namespace herodotus::discourse {
namespace {

Event Make(const char* article, Date d, const char* src, const char* tgt, const char* code,
           EventStatus st = EventStatus::kAsserted) {
  Event e;
  e.article_id = article;
  e.event_id = std::string(article) + "-0-0";
  e.date = d;
  e.code = code;
  e.root = std::string(code).substr(0, 2);
  e.status = st;
  e.source = ActorRef{};
  e.source->code = src;
  e.target = ActorRef{};
  e.target->code = tgt;
  return e;
}

Location At(const char* name, int64_t id) {
  Location l;
  l.name = name;
  l.country = "IRQ";
  l.geonameid = id;
  l.has_coordinates = id != 0;
  return l;
}

std::vector<MergedEvent> MergeAll(std::vector<Event> ev, MergeOptions o = {}) {
  std::vector<MergedEvent> in;
  for (Event& e : ev) in.push_back(Unmerged(std::move(e)));
  return MergeEvents(std::move(in), o);
}

TEST(Merge, SameHappeningAcrossArticlesKeepsEveryMention) {
  const Date d3{2018, 10, 3}, d4{2018, 10, 4}, d5{2018, 10, 5};
  std::vector<Event> ev = {Make("a", d3, "IRN", "IRQ", "190"),
                           Make("b", d4, "IRN", "IRQ", "193"),   // same root, next day
                           Make("b", d4, "IRN", "IRQ", "190"),   // twice in one article
                           Make("c", d5, "IRN", "IRQ", "190"),   // two days after the first
                           Make("d", d3, "IRQ", "IRN", "190"),   // other direction
                           Make("e", d3, "IRN", "IRQ", "112")};  // other root
  ev[2].event_id = "b-1-0";
  ev[1].status = EventStatus::kAlleged;
  ev[1].source_of_claim = ActorRef{};
  ev[1].source_of_claim->code = "USAGOV";
  auto out = MergeAll(std::move(ev));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].event.article_id, "a");
  ASSERT_EQ(out[0].mentions.size(), 3u);
  EXPECT_EQ(out[0].num_articles(), 2u);
  EXPECT_EQ(out[0].mentions[1].article_id, "b");
  EXPECT_EQ(out[0].mentions[1].code, "193");
  EXPECT_EQ(out[0].mentions[1].status, EventStatus::kAlleged);
  ASSERT_TRUE(out[0].mentions[1].source_of_claim);
  EXPECT_EQ(out[0].mentions[1].source_of_claim->code, "USAGOV");
  // The day after the first, not the day after the day after: no chains.
  EXPECT_EQ(out[1].event.article_id, "c");
  EXPECT_EQ(out[1].mentions.size(), 1u);
  EXPECT_EQ(out[2].event.article_id, "d");
  EXPECT_EQ(out[3].event.code, "112");
}

TEST(Merge, PlacesMustAgreeWhenBothHaveOne) {
  const Date d{2018, 10, 3};
  std::vector<Event> ev = {Make("a", d, "IRN", "IRQ", "190"), Make("b", d, "IRN", "IRQ", "190"),
                           Make("c", d, "IRN", "IRQ", "190"), Make("d", d, "IRN", "IRQ", "190"),
                           Make("e", d, "IRN", "IRQ", "190"), Make("f", d, "IRN", "IRQ", "190")};
  ev[0].location = At("Basra", 99532);
  ev[1].location = At("Mosul", 99072);
  ev[2].location = At("Basra", 99532);
  // e: no location, joins a group with one. f: an unknown place by its words.
  ev[3].location = At("Xyzville", 0);
  ev[5].location = At("XYZVILLE", 0);
  auto out = MergeAll(std::move(ev));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].event.location->name, "Basra");
  EXPECT_EQ(out[0].mentions.size(), 3u);  // a, c, e
  EXPECT_EQ(out[0].mentions[2].article_id, "e");
  EXPECT_EQ(out[1].event.location->name, "Mosul");
  EXPECT_EQ(out[2].mentions.size(), 2u);  // d, f
}

TEST(Merge, LocationComesFromAnyMember) {
  const Date d{2018, 10, 3};
  std::vector<Event> ev = {Make("a", d, "IRN", "IRQ", "190"), Make("b", d, "IRN", "IRQ", "190")};
  ev[1].location = At("Basra", 99532);
  auto out = MergeAll(std::move(ev));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.article_id, "a");
  ASSERT_TRUE(out[0].event.location);
  EXPECT_EQ(out[0].event.location->name, "Basra");
}

TEST(Merge, MostCertainMentionRepresents) {
  const Date d{2018, 10, 3};
  std::vector<Event> ev = {Make("a", d, "IRN", "IRQ", "190", EventStatus::kAlleged),
                           Make("b", d, "IRN", "IRQ", "190", EventStatus::kAsserted)};
  auto out = MergeAll(std::move(ev));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.article_id, "b");
  EXPECT_EQ(out[0].event.status, EventStatus::kAsserted);
  EXPECT_EQ(out[0].mentions[0].article_id, "a");  // mentions stay in input order
}

TEST(Merge, DenialsNeverSwellACount) {
  const Date d{2018, 10, 3};
  std::vector<Event> ev = {Make("a", d, "IRN", "IRQ", "190"),
                           Make("b", d, "IRN", "IRQ", "190", EventStatus::kDenied),
                           Make("c", d, "IRN", "IRQ", "190", EventStatus::kNegated)};
  auto out = MergeAll(std::move(ev));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].mentions.size(), 1u);
  EXPECT_EQ(out[1].mentions.size(), 2u);
}

TEST(Merge, CoarseAndUnknownDates) {
  const Date w{2018, 9, 24}, d{2018, 9, 24};
  std::vector<Event> ev = {Make("a", w, "IRN", "IRQ", "190"), Make("b", w, "IRN", "IRQ", "190"),
                           Make("c", d, "IRN", "IRQ", "190"), Make("d", Date{}, "IRN", "IRQ", "190"),
                           Make("e", Date{}, "IRN", "IRQ", "190")};
  ev[0].date_precision = ev[1].date_precision = "week";
  auto out = MergeAll(std::move(ev));
  // a+b (same week); c (a day is not a week); d and e alone (no date).
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].mentions.size(), 2u);
  EXPECT_EQ(out[1].event.article_id, "c");
  EXPECT_EQ(out[2].event.article_id, "d");
  EXPECT_EQ(out[3].event.article_id, "e");
}

TEST(Merge, UnknownActorsByTheirWordsAndGapOption) {
  const Date d3{2018, 10, 3}, d4{2018, 10, 4};
  std::vector<Event> ev = {Make("a", d3, "", "IRQ", "190"), Make("b", d4, "", "IRQ", "190"),
                           Make("c", d3, "", "IRQ", "190")};
  ev[0].source->text = ev[1].source->text = "gunmen";
  ev[2].source->text = "rebels";
  MergeOptions same_day;
  same_day.max_day_gap = 0;
  auto out = MergeAll(ev, same_day);
  EXPECT_EQ(out.size(), 3u);
  out = MergeAll(ev);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].mentions.size(), 2u);
}

TEST(Merge, MergingMergedEventsCarriesTheirMentions) {
  const Date d{2018, 10, 3};
  auto first = MergeAll({Make("a", d, "IRN", "IRQ", "190"), Make("b", d, "IRN", "IRQ", "190")});
  auto second = MergeAll({Make("c", d, "IRN", "IRQ", "190")});
  std::vector<MergedEvent> all = std::move(first);
  for (MergedEvent& m : second) all.push_back(std::move(m));
  auto out = MergeEvents(std::move(all), MergeOptions{});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mentions.size(), 3u);
  EXPECT_EQ(out[0].num_articles(), 3u);
  EXPECT_TRUE(MergeEvents({}, MergeOptions{}).empty());
}

TEST(Merge, AMentionReadTwiceCountsOnce) {
  const Date d{2018, 10, 3};
  auto merged = MergeAll({Make("a", d, "IRN", "IRQ", "190"), Make("b", d, "IRN", "IRQ", "190")});
  std::vector<MergedEvent> again = std::move(merged);
  again.push_back(Unmerged(Make("a", d, "IRN", "IRQ", "190")));  // a's event once more
  auto out = MergeEvents(std::move(again), MergeOptions{});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mentions.size(), 2u);
  EXPECT_EQ(out[0].num_articles(), 2u);
}

}  // namespace
}  // namespace herodotus::discourse
