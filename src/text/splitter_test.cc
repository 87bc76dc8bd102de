// Sentence splitting and sentence/token offsets.
#include "text/splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/segmenter.h"

namespace herodotus::text {
namespace {

// Sentences as their original text, joined by " ‖ ".
std::string Split(std::string_view text) {
  std::vector<Sentence> s;
  Segment(text, &s);
  std::string out;
  for (const Sentence& x : s) {
    if (!out.empty()) out += " \xE2\x80\x96 ";
    out += text.substr(x.start, x.end - x.start);
  }
  return out;
}

TEST(SplitterTest, Empty) {
  std::vector<Sentence> s;
  Segment("", &s);
  EXPECT_TRUE(s.empty());
  Segment(" \n\n ", &s);
  EXPECT_TRUE(s.empty());
}

TEST(SplitterTest, Basic) {
  EXPECT_EQ(Split("It rained. We left! Why? Because."), "It rained. ‖ We left! ‖ Why? ‖ Because.");
}

TEST(SplitterTest, Titles) {
  EXPECT_EQ(Split("Mr. Mahjoub arrived. Army Col. Sean Ryan spoke."),
            "Mr. Mahjoub arrived. ‖ Army Col. Sean Ryan spoke.");
  EXPECT_EQ(Split("Gen. Smith and Sgt. Jones and Gov. Brown met."), "Gen. Smith and Sgt. Jones and Gov. Brown met.");
}

TEST(SplitterTest, AbbreviationsInside) {
  EXPECT_EQ(Split("The U.S. consulate in Basra was hit on Oct. 3 by rockets."),
            "The U.S. consulate in Basra was hit on Oct. 3 by rockets.");
  EXPECT_EQ(Split("Acme Inc. Chairman Bob Ray said so."), "Acme Inc. Chairman Bob Ray said so.");
}

TEST(SplitterTest, AbbreviationEndsSentence) {
  EXPECT_EQ(Split("He moved to the U.S. He said it was home."),
            "He moved to the U.S. ‖ He said it was home.");
  EXPECT_EQ(Split("They sell apples, pears etc. The shop is small."),
            "They sell apples, pears etc. ‖ The shop is small.");
}

TEST(SplitterTest, Initials) {
  EXPECT_EQ(Split("J. R. R. Tolkien wrote it. George W. Bush read it."),
            "J. R. R. Tolkien wrote it. ‖ George W. Bush read it.");
}

TEST(SplitterTest, QuotesAndParentheses) {
  EXPECT_EQ(Split("\"We will win.\" He smiled."), "\"We will win.\" ‖ He smiled.");
  EXPECT_EQ(Split("\xE2\x80\x9CWe will win.\xE2\x80\x9D He smiled."),
            "\xE2\x80\x9CWe will win.\xE2\x80\x9D ‖ He smiled.");
  EXPECT_EQ(Split("(This is an aside.) Then more."), "(This is an aside.) ‖ Then more.");
  EXPECT_EQ(Split("\"Why?\" he asked."), "\"Why?\" he asked.");
}

TEST(SplitterTest, LowercaseAfterPlainStop) {
  // Web text starts sentences in lowercase; a quote or an ellipsis keeps them together.
  EXPECT_EQ(Split("It cost 5 dollars. and more"), "It cost 5 dollars. \xE2\x80\x96 and more");
  EXPECT_EQ(Split("Well... and then"), "Well... and then");
  EXPECT_EQ(Split("It was 5 p.m. and late"), "It was 5 p.m. and late");
}

TEST(SplitterTest, Numbers) {
  EXPECT_EQ(Split("Growth was 3.5 percent. 2019 was worse."), "Growth was 3.5 percent. ‖ 2019 was worse.");
}

TEST(SplitterTest, ParagraphsAlwaysSplit) {
  std::vector<Sentence> s;
  const std::string text = "First paragraph without a stop\n\nSecond one. Third sentence.";
  Segment(text, &s);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[0].paragraph_start);
  EXPECT_TRUE(s[1].paragraph_start);
  EXPECT_FALSE(s[2].paragraph_start);
  EXPECT_EQ(text.substr(s[1].start, s[1].end - s[1].start), "Second one.");
}

TEST(SplitterTest, SingleLineBreaks) {
  EXPECT_EQ(Split("Headline Here\nBody starts. More."), "Headline Here ‖ Body starts. ‖ More.");
  EXPECT_EQ(Split("a sentence that is\nwrapped here."), "a sentence that is\nwrapped here.");
  EXPECT_EQ(Split("Speaking to Mr.\nSmith."), "Speaking to Mr.\nSmith.");
}

TEST(SplitterTest, OffsetsIndexOriginalText) {
  // Curly quotes and an NFD accent: forms change, spans stay on original bytes.
  const std::string text = "\xE2\x80\x9C" "Cafe\xCC\x81 ok,\xE2\x80\x9D she said\xE2\x80\x94loudly.";
  std::vector<Sentence> s;
  Segment(text, &s);
  ASSERT_EQ(s.size(), 1u);
  const auto& t = s[0].tokens;
  ASSERT_GE(t.size(), 8u);
  EXPECT_EQ(t[0].form, "\"");
  EXPECT_EQ(t[0].start, 0u);
  EXPECT_EQ(t[0].end, 3u);
  EXPECT_EQ(t[1].form, "Caf\xC3\xA9");  // NFC
  EXPECT_EQ(text.substr(t[1].start, t[1].end - t[1].start), "Cafe\xCC\x81");
  EXPECT_EQ(t[4].form, "\"");
  EXPECT_EQ(t[7].form, "--");
  EXPECT_EQ(s[0].start, 0u);
  EXPECT_EQ(s[0].end, text.size());
}

TEST(SplitterTest, SpansAreValidAndOrdered) {
  const std::string text = "Mr. A said: \"B's can't.\" (C.) D... E?! \n\n F\xFF G.";
  std::vector<Sentence> s;
  Segment(text, &s);
  uint32_t prev = 0;
  for (const Sentence& x : s) {
    EXPECT_LE(x.start, x.end);
    EXPECT_GE(x.start, prev);
    for (const Token& t : x.tokens) {
      EXPECT_LT(t.start, t.end);
      EXPECT_GE(t.start, prev);
      EXPECT_LE(t.end, text.size());
      EXPECT_GE(t.start, x.start);
      EXPECT_LE(t.end, x.end);
      prev = t.end;
    }
  }
}

TEST(SplitterTest, SpaceAfter) {
  std::vector<Sentence> s;
  Segment("Hi, you.", &s);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].tokens.size(), 4u);
  EXPECT_FALSE(s[0].tokens[0].space_after);
  EXPECT_TRUE(s[0].tokens[1].space_after);
  EXPECT_FALSE(s[0].tokens[2].space_after);
}

}  // namespace
}  // namespace herodotus::text
