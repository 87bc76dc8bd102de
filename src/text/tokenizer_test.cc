// Tokenizer and clitic splitting: the tricky cases of UD English tokenization.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/clitics.h"
#include "text/segmenter.h"

namespace herodotus::text {
namespace {

// Surface tokens joined by '|'.
std::string Surface(std::string_view text) {
  std::vector<SurfaceToken> toks;
  Tokenize(text, &toks);
  std::string out;
  for (const SurfaceToken& t : toks) {
    if (!out.empty()) out += '|';
    out += text.substr(t.start, t.end - t.start);
  }
  return out;
}

// Words (after clitic splitting) joined by '|'.
std::string Words(std::string_view text) {
  std::vector<Sentence> sents;
  Segment(text, &sents);
  std::string out;
  for (const Sentence& s : sents) {
    for (const Token& t : s.tokens) {
      if (!out.empty()) out += '|';
      out += t.form;
    }
  }
  return out;
}

TEST(TokenizerTest, Empty) {
  EXPECT_EQ(Surface(""), "");
  EXPECT_EQ(Surface("   \n\n\t "), "");
}

TEST(TokenizerTest, Punctuation) {
  EXPECT_EQ(Surface("Hello, world!"), "Hello|,|world|!");
  EXPECT_EQ(Surface("Wait... what?!"), "Wait|...|what|?!");
  EXPECT_EQ(Surface("(see below)"), "(|see|below|)");
  EXPECT_EQ(Surface("yes -- no"), "yes|--|no");
}

}  // namespace
}  // namespace herodotus::text

namespace herodotus::text {
namespace {

TEST(TokenizerTest, Clitics) {
  EXPECT_EQ(Surface("I don't know."), "I|don't|know|.");
  EXPECT_EQ(Words("I don't know."), "I|do|n't|know|.");
  EXPECT_EQ(Words("We can't, won't, cannot."), "We|ca|n't|,|wo|n't|,|can|not|.");
  EXPECT_EQ(Words("It's Bush's plan; they're gonna go."), "It|'s|Bush|'s|plan|;|they|'re|gon|na|go|.");
  EXPECT_EQ(Words("I'm sure I'd say we've seen it, you'll see."),
            "I|'m|sure|I|'d|say|we|'ve|seen|it|,|you|'ll|see|.");
}

TEST(TokenizerTest, CurlyApostropheClitics) {
  // The form is normalized, the span is the original bytes.
  std::vector<Sentence> s;
  const std::string text = "It\xE2\x80\x99s here.";  // It’s here.
  Segment(text, &s);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_GE(s[0].tokens.size(), 2u);
  EXPECT_EQ(s[0].tokens[0].form, "It");
  EXPECT_EQ(s[0].tokens[0].mwt_span, 2);
  EXPECT_EQ(s[0].tokens[0].mwt_form, "It's");
  EXPECT_EQ(s[0].tokens[1].form, "'s");
  EXPECT_EQ(s[0].tokens[1].start, 2u);
  EXPECT_EQ(s[0].tokens[1].end, 6u);
}

TEST(TokenizerTest, PluralPossessive) {
  EXPECT_EQ(Words("the students' books"), "the|students|'|books");
  EXPECT_EQ(Surface("the students' books"), "the|students'|books");
  // A quoted word ending in s is not a possessive.
  EXPECT_EQ(Surface("so-called 'weapons' here"), "so|-|called|'|weapons|'|here");
}

TEST(TokenizerTest, OApostropheNames) {
  EXPECT_EQ(Surface("O'Brien and D'Angelo"), "O'Brien|and|D'Angelo");
}

TEST(TokenizerTest, Hyphens) {
  EXPECT_EQ(Surface("a well-known e-mail"), "a|well|-|known|e-mail");
  EXPECT_EQ(Surface("non-profit co-workers anti-war"), "non-profit|co-workers|anti-war");
  EXPECT_EQ(Surface("call 713-853-3989 now"), "call|713-853-3989|now");
  EXPECT_EQ(Surface("Iran-backed militias"), "Iran|-|backed|militias");
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Surface("1,000.50 and 3:30 on 10/12/2004"), "1,000.50|and|3:30|on|10/12/2004");
  EXPECT_EQ(Surface("the 20th and 1990s"), "the|20th|and|1990s");
  EXPECT_EQ(Surface("1, 2, 3"), "1|,|2|,|3");
}

TEST(TokenizerTest, MoneyAndPercent) {
  EXPECT_EQ(Surface("$5 or $1.5 billion, 5%"), "$|5|or|$|1.5|billion|,|5|%");
  EXPECT_EQ(Surface("\xE2\x82\xAC" "20"), "\xE2\x82\xAC|20");  // €20
}

TEST(TokenizerTest, UrlsAndEmails) {
  EXPECT_EQ(Surface("See http://example.com/a?b=c."), "See|http://example.com/a?b=c|.");
  EXPECT_EQ(Surface("(www.voanews.com)"), "(|www.voanews.com|)");
  EXPECT_EQ(Surface("Mail john.doe@example.org, please"), "Mail|john.doe@example.org|,|please");
  EXPECT_EQ(Surface("visit google.com today"), "visit|google.com|today");
}

TEST(TokenizerTest, Abbreviations) {
  EXPECT_EQ(Surface("Mr. Mahjoub met Dr. Smith."), "Mr.|Mahjoub|met|Dr.|Smith|.");
  EXPECT_EQ(Surface("the U.S. and U.N. said"), "the|U.S.|and|U.N.|said");
  EXPECT_EQ(Surface("Army Col. Sean Ryan"), "Army|Col.|Sean|Ryan");
  EXPECT_EQ(Surface("on Oct. 3 at 5 p.m. etc."), "on|Oct.|3|at|5|p.m.|etc.");
  EXPECT_EQ(Surface("Acme Inc. vs. Foo Corp."), "Acme|Inc.|vs.|Foo|Corp.");
  EXPECT_EQ(Surface("e.g. this, i.e. that"), "e.g.|this|,|i.e.|that");
}

TEST(TokenizerTest, NoIsAbbreviationOnlyBeforeNumber) {
  EXPECT_EQ(Surface("No. 1 seed"), "No.|1|seed");
  EXPECT_EQ(Surface("He said no. Then"), "He|said|no|.|Then");
}

TEST(TokenizerTest, Initials) {
  EXPECT_EQ(Surface("J. R. R. Tolkien"), "J.|R.|R.|Tolkien");
  EXPECT_EQ(Surface("George W. Bush"), "George|W.|Bush");
  EXPECT_EQ(Surface("taller than I."), "taller|than|I|.");
}

TEST(TokenizerTest, PlainWordKeepsPeriodSeparate) {
  EXPECT_EQ(Surface("It ended."), "It|ended|.");
  EXPECT_EQ(Surface("in the U.S."), "in|the|U.S.");
}

TEST(TokenizerTest, Ellipses) {
  EXPECT_EQ(Surface("well... ok"), "well|...|ok");
  EXPECT_EQ(Surface("well\xE2\x80\xA6 ok"), "well|\xE2\x80\xA6|ok");
  EXPECT_EQ(Surface("Mr... no"), "Mr|...|no");
}

TEST(TokenizerTest, Emoticons) {
  EXPECT_EQ(Surface("great :) see you ;-)"), "great|:)|see|you|;-)");
  EXPECT_EQ(Surface("time: 5"), "time|:|5");
}

TEST(TokenizerTest, Quotes) {
  EXPECT_EQ(Surface("\"Yes,\" he said."), "\"|Yes|,|\"|he|said|.");
  EXPECT_EQ(Surface("\xE2\x80\x9CNo\xE2\x80\x9D"), "\xE2\x80\x9C|No|\xE2\x80\x9D");
  EXPECT_EQ(Surface("``Yes''"), "``|Yes|''");
}

TEST(TokenizerTest, InvalidUtf8NeverCrashes) {
  const std::string bad = "ab\xFF\xFE" "cd \xC3 \xE2\x80";
  std::vector<SurfaceToken> toks;
  Tokenize(bad, &toks);
  uint32_t prev = 0;
  for (const SurfaceToken& t : toks) {
    EXPECT_LT(t.start, t.end);
    EXPECT_GE(t.start, prev);
    EXPECT_LE(t.end, bad.size());
    prev = t.end;
  }
}

TEST(CliticTest, SplitPoints) {
  EXPECT_EQ(CliticSplit("don't"), 2u);
  EXPECT_EQ(CliticSplit("can't"), 2u);
  EXPECT_EQ(CliticSplit("cannot"), 3u);
  EXPECT_EQ(CliticSplit("dont"), 2u);
  EXPECT_EQ(CliticSplit("Bush's"), 4u);
  EXPECT_EQ(CliticSplit("O'Brien"), 0u);
  EXPECT_EQ(CliticSplit("students'"), 8u);
  EXPECT_EQ(CliticSplit("house"), 0u);
  EXPECT_EQ(CliticSplit("'s"), 0u);
}

}  // namespace
}  // namespace herodotus::text

namespace herodotus::text {
namespace {

TEST(TokenizerTest, AbbreviationWithClitic) {
  EXPECT_EQ(Surface("the E.U.'s budget"), "the|E.U.'s|budget");
  EXPECT_EQ(Words("the E.U.'s budget"), "the|E.U.|'s|budget");
}

TEST(TokenizerTest, GluedUnits) {
  EXPECT_EQ(Surface("5kg and 65k or $13.9M at 10am"), "5|kg|and|65|k|or|$|13.9|M|at|10|am");
  EXPECT_EQ(Surface("the 3rd and 1990s"), "the|3rd|and|1990s");
}

}  // namespace
}  // namespace herodotus::text
