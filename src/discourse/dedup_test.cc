#include "discourse/dedup.h"

#include <gtest/gtest.h>

namespace herodotus::discourse {
namespace {

Event Make(const char* article, Date d, const char* src, const char* tgt, const char* code,
           EventStatus st = EventStatus::kAsserted) {
  Event e;
  e.article_id = article;
  e.date = d;
  e.code = code;
  e.status = st;
  e.source = ActorRef{};
  e.source->code = src;
  e.target = ActorRef{};
  e.target->code = tgt;
  return e;
}

TEST(OneADay, KeepsOnePerDayDyadAndCode) {
  const Date d1{2018, 10, 3}, d2{2018, 10, 4};
  std::vector<Event> ev = {
      Make("a", d1, "IRN", "IRQ", "190"), Make("b", d1, "IRN", "IRQ", "190"),  // duplicate
      Make("b", d2, "IRN", "IRQ", "190"),                                      // another day
      Make("c", d1, "IRQ", "IRN", "190"),                                      // other direction
      Make("c", d1, "IRN", "IRQ", "112"),                                      // other code
      Make("d", d1, "IRN", "IRQ", "190", EventStatus::kDenied),                // did not happen
  };
  EXPECT_EQ(OneADay(&ev), 1u);
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(ev[0].article_id, "a");
  EXPECT_EQ(ev[1].date, d2);
}

TEST(OneADay, UnknownActorsDifferByText) {
  const Date d{2018, 10, 3};
  std::vector<Event> ev = {Make("a", d, "", "IRQ", "190"), Make("b", d, "", "IRQ", "190")};
  ev[0].source->text = "gunmen";
  ev[1].source->text = "rebels";
  EXPECT_EQ(OneADay(&ev), 0u);
  std::vector<Event> none;
  EXPECT_EQ(OneADay(&none), 0u);
}

TEST(OneADay, FilterRemembersAcrossArticles) {
  const Date d{2018, 10, 3};
  OneADayFilter f;
  std::vector<Event> first = {Make("a", d, "IRN", "IRQ", "190")};
  std::vector<Event> second = {Make("b", d, "IRN", "IRQ", "190"), Make("b", d, "IRN", "IRQ", "193")};
  EXPECT_EQ(f.Filter(&first), 0u);
  EXPECT_EQ(f.Filter(&second), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].code, "193");
}

TEST(OneADay, MergedEventsKeepTheirMentions) {
  const Date d{2018, 10, 3};
  std::vector<MergedEvent> ev = {Unmerged(Make("a", d, "IRN", "IRQ", "190")),
                                 Unmerged(Make("b", d, "IRN", "IRQ", "190"))};
  EXPECT_EQ(OneADay(&ev), 1u);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mentions.size(), 1u);
  EXPECT_EQ(ev[0].mentions[0].article_id, "a");
}

}  // namespace
}  // namespace herodotus::discourse
