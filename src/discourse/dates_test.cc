#include "discourse/dates.h"

#include <gtest/gtest.h>

#include "coding/test_util.h"

namespace herodotus::discourse {
namespace {

using coding::test::Find;
using coding::test::Rows;

const Date kPub{2018, 10, 3};  // a Wednesday

TEST(Dates, CalendarArithmetic) {
  EXPECT_EQ(Weekday(kPub), 2);
  EXPECT_EQ(Weekday(Date{2020, 2, 29}), 5);
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2020, 2, 29) + 1), (Date{2020, 3, 1}));
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2016, 12, 31) + 1), (Date{2017, 1, 1}));
}

// "Last week two rockets were fired toward the airport compound in Basra,
// officials said on Tuesday": the attached "last week" wins over the
// "Tuesday" of the saying.
TEST(Dates, AttachedExpressionWins) {
  Sentence s = Rows(R"(Last last ADJ 2 amod
week week NOUN 6 obl:tmod
two two NUM 4 nummod
rockets rocket NOUN 6 nsubj:pass
were be AUX 6 aux:pass
fired fire VERB 0 root
toward toward ADP 10 case
the the DET 10 det
airport airport NOUN 10 compound
compound compound NOUN 6 obl
in in ADP 12 case
Basra Basra PROPN 10 nmod
, , PUNCT 15 punct
officials official NOUN 15 nsubj
said say VERB 6 parataxis
on on ADP 17 case
Tuesday Tuesday PROPN 15 obl)");
  Date d;
  std::string prec;
  ASSERT_TRUE(ResolveEventDate(s, Find(s, "fired"), kPub, &d, &prec));
  EXPECT_EQ(d, (Date{2018, 9, 24}));
  EXPECT_EQ(prec, "week");
  // The saying itself happened on Tuesday.
  ASSERT_TRUE(ResolveEventDate(s, Find(s, "said"), kPub, &d, &prec));
  EXPECT_EQ(d, (Date{2018, 10, 2}));
  EXPECT_EQ(prec, "day");
}

TEST(Dates, FutureByAuxiliary) {
  Sentence s = Rows(R"(Ministers minister NOUN 3 nsubj
will will AUX 3 aux
meet meet VERB 0 root
on on ADP 5 case
Tuesday Tuesday PROPN 3 obl)");
  EXPECT_TRUE(FutureTense(s, 2));
  Date d;
  std::string prec;
  ASSERT_TRUE(ResolveEventDate(s, 2, kPub, &d, &prec));
  EXPECT_EQ(d, (Date{2018, 10, 9}));
}

TEST(Dates, FutureThroughXcomp) {
  Sentence s = Rows(R"(Iran Iran PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
hold hold VERB 2 xcomp
talks talk NOUN 4 obj
on on ADP 7 case
Friday Friday PROPN 4 obl)");
  EXPECT_FALSE(FutureTense(s, 3));  // "plans to" is not a future auxiliary
  Sentence w = Rows(R"(Iran Iran PROPN 3 nsubj
will will AUX 3 aux
try try VERB 0 root
to to PART 5 mark
hold hold VERB 3 xcomp)");
  EXPECT_TRUE(FutureTense(w, 4));
}

TEST(Dates, ImpossibleAndUnknown) {
  Sentence s = Rows(R"(on on ADP 2 case
February February PROPN 0 root
30 30 NUM 2 nummod)");
  EXPECT_TRUE(FindDateExpressions(s, kPub, false).empty());
  Date d;
  std::string prec;
  EXPECT_FALSE(ResolveEventDate(s, 1, Date{}, &d, &prec));
  EXPECT_FALSE(d.known());
  EXPECT_EQ(prec, "day");
}

TEST(Dates, NeverCrashesOnOddTokens) {
  Sentence s = Rows(R"(ago ago ADV 9 advmod
last last ADJ 99 amod
99999 99999 NUM -5 nummod
Oct. Oct. PROPN 0 root
0th 0th NUM 4 nummod
, , PUNCT 4 punct
Monday Monday PROPN 4 appos)");
  for (int t = -1; t < 8; ++t) {
    Date d;
    std::string prec;
    ResolveEventDate(s, t, kPub, &d, &prec);
  }
}

// "on 2018-09-30." as the tokenizer splits it: "2018-09" "-" "30" ".".
TEST(Dates, IsoDateSplitByTheTokenizer) {
  Sentence s;
  for (const char* f : {"Police", "arrested", "him", "on", "2018-09", "-", "30", "."}) {
    Token t;
    t.form = f;
    s.tokens.push_back(t);
  }
  s.tokens[4].space_after = s.tokens[5].space_after = s.tokens[6].space_after = false;
  auto e = FindDateExpressions(s, kPub, false);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].date, (Date{2018, 9, 30}));
  EXPECT_EQ(e[0].precision, "day");
  EXPECT_EQ(e[0].first, 4);
  EXPECT_EQ(e[0].last, 6);
  // With spaces they are three words, not a date; "2018" alone is a year only
  // after in/since/...
  s.tokens[4].space_after = s.tokens[5].space_after = true;
  for (const DateExpr& x : FindDateExpressions(s, kPub, false)) EXPECT_NE(x.precision, "day");
}

}  // namespace
}  // namespace herodotus::discourse
