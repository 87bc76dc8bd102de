#include "ingest/dateline.h"

#include <gtest/gtest.h>

namespace herodotus {
namespace {

struct Case {
  const char* text;
  Dateline::Kind kind;
  int y, m, d;
  const char* place;
  const char* source;
  const char* rest;  // what follows the dateline
};

const Case kGood[] = {
    {"- The Washington Times - Wednesday, October 3, 2018", Dateline::kOutlet, 2018, 10, 3, "",
     "The Washington Times", ""},
    {"The Capital Ledger - Oct. 3, 2018 4:12 PM", Dateline::kOutlet, 2018, 10, 3, "",
     "The Capital Ledger", ""},
    {"By Lena Vogt - Northline Press - Friday, October 2, 2020", Dateline::kOutlet, 2020, 10, 2, "",
     "Northline Press", ""},
    {"BAGHDAD, Oct 3 (Reuters) - Iraqi forces", Dateline::kPlace, 0, 10, 3, "BAGHDAD", "Reuters",
     "Iraqi forces"},
    {"WASHINGTON (AP) — The Senate", Dateline::kPlace, 0, 0, 0, "WASHINGTON", "AP", "The Senate"},
    {"KABUL, Afghanistan, Oct. 3, 2018 — Taliban", Dateline::kPlace, 2018, 10, 3,
     "KABUL, Afghanistan", "", "Taliban"},
    {"NEW YORK, N.Y. (AP) -- Shares", Dateline::kPlace, 0, 0, 0, "NEW YORK, N.Y.", "AP", "Shares"},
    {"UNITED NATIONS, Sept. 30 (Xinhua) -- The", Dateline::kPlace, 0, 9, 30, "UNITED NATIONS",
     "Xinhua", "The"},
    {"LONDON/PARIS (Reuters) - Europe", Dateline::kPlace, 0, 0, 0, "LONDON/PARIS", "Reuters",
     "Europe"},
    {"SÃO PAULO, Brazil – Police", Dateline::kPlace, 0, 0, 0, "SÃO PAULO, Brazil", "", "Police"},
    {"MOSCOW, October 3. /TASS/. Russia", Dateline::kPlace, 0, 10, 3, "MOSCOW", "TASS", "Russia"},
    {"PORT-AU-PRINCE, Haiti, 3 October 2018 - Protesters", Dateline::kPlace, 2018, 10, 3,
     "PORT-AU-PRINCE, Haiti", "", "Protesters"},
    {"ST. LOUIS — A jury", Dateline::kPlace, 0, 0, 0, "ST. LOUIS", "", "A jury"},
    {"February 27, 2019 / 9:14 AM", Dateline::kDate, 2019, 2, 27, "", "", ""},
    {"Published: 3 October 2018", Dateline::kDate, 2018, 10, 3, "", "", ""},
    {"Updated on Thu, Feb. 29, 2024 at 10:05 a.m. EST", Dateline::kDate, 2024, 2, 29, "", "", ""},
    {"2018-10-03 09:14", Dateline::kDate, 2018, 10, 3, "", "", ""},
    {"BEIRUT, Feb 29 (Reuters) - ", Dateline::kPlace, 0, 2, 29, "BEIRUT", "Reuters", ""},
};

TEST(Dateline, Parses) {
  for (const Case& c : kGood) {
    SCOPED_TRACE(c.text);
    Dateline d;
    ASSERT_TRUE(ParseDateline(c.text, &d));
    EXPECT_EQ(d.kind, c.kind);
    EXPECT_EQ(d.year, c.y);
    EXPECT_EQ(d.month, c.m);
    EXPECT_EQ(d.day, c.d);
    EXPECT_EQ(d.place, c.place);
    EXPECT_EQ(d.source, c.source);
    EXPECT_EQ(std::string_view(c.text).substr(d.length), c.rest);
  }
}

TEST(Dateline, RejectsImpossibleDatesAndNonDatelines) {
  const char* bad[] = {
      "- The Washington Times - Saturday, February 30, 2019",  // no such day
      "February 30, 2019",
      "BAGHDAD, Feb 30 (Reuters) - Iraqi",
      "Updated April 31, 2020 9:00",
      "2019-13-01",
      "BAGHDAD, Oct 32 (Reuters) - x",
      "October 3, 2018 was a quiet day in Basra.",  // a sentence, not a date line
      "The minister said - as expected - nothing.",
      "NATO said on Tuesday it would send troops.",
      "Iraqi forces entered Mosul (Reuters).",
      "A - b",
      "",
      "U (AP) - one capital letter is not a place",
      "WASHINGTON (AP) no dash",
  };
  for (const char* text : bad) {
    Dateline d;
    EXPECT_FALSE(ParseDateline(text, &d)) << text;
  }
}

TEST(Dateline, NeverReadsPastTheInput) {
  // Every prefix of a valid dateline must parse or fail cleanly (ASan checks).
  std::string s = "UNITED NATIONS, Sept. 30, 2018 (Xinhua) -- The";
  for (size_t n = 0; n <= s.size(); ++n) {
    std::string prefix = s.substr(0, n);
    Dateline d;
    if (ParseDateline(prefix, &d)) {
      EXPECT_LE(d.length, prefix.size());
    }
  }
}

}  // namespace
}  // namespace herodotus
