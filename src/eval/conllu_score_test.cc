// CoNLL 2018 span scoring: identical corpora, token/sentence boundary
// errors, multiword-token alignment, heads through the alignment.
#include "eval/conllu_score.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace herodotus::eval {
namespace {

// "w1 w2|w3 w4 ." → one sentence; "a|b" is a multiword token of words a, b
// (its surface form is "ab"). Heads: each word points to the previous one.
Sentence Make(const std::string& spec, const std::string& upos = "") {
  Sentence s;
  std::istringstream in(spec);
  std::string tok;
  while (in >> tok) {
    std::vector<std::string> words;
    size_t p = 0, bar;
    while ((bar = tok.find('|', p)) != std::string::npos) {
      words.push_back(tok.substr(p, bar - p));
      p = bar + 1;
    }
    words.push_back(tok.substr(p));
    std::string surface;
    for (const std::string& w : words) surface += w;
    for (size_t i = 0; i < words.size(); ++i) {
      Token t;
      t.form = words[i];
      if (i == 0 && words.size() > 1) {
        t.mwt_span = static_cast<uint8_t>(words.size());
        t.mwt_form = surface;
      }
      t.head = static_cast<int>(s.tokens.size());  // previous word; 0 = root for the first
      t.upos = upos.empty() ? "X" : upos;
      t.deprel = "dep";
      s.tokens.push_back(t);
    }
  }
  return s;
}

TEST(ConlluScoreTest, IdenticalIsPerfect) {
  std::vector<Sentence> g = {Make("I do|n't know ."), Make("Yes .")};
  auto r = ScoreSpans(SpansFromForms(g), SpansFromForms(g));
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->tokens.F1(), 100);
  EXPECT_DOUBLE_EQ(r->sentences.F1(), 100);
  EXPECT_DOUBLE_EQ(r->words.F1(), 100);
  EXPECT_DOUBLE_EQ(r->las.F1(), 100);
  EXPECT_EQ(r->tokens.gold, 6u);
  EXPECT_EQ(r->words.gold, 7u);
}

TEST(ConlluScoreTest, SentenceAndTokenErrors) {
  std::vector<Sentence> g = {Make("a b ."), Make("c d .")};
  std::vector<Sentence> s = {Make("a b . c d .")};
  auto r = ScoreSpans(SpansFromForms(g), SpansFromForms(s));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences.correct, 0u);
  EXPECT_EQ(r->sentences.gold, 2u);
  EXPECT_EQ(r->sentences.system, 1u);
  EXPECT_DOUBLE_EQ(r->tokens.F1(), 100);
  // "ab" as one token: 2 gold tokens missed, 1 system token extra.
  std::vector<Sentence> s2 = {Make("ab ."), Make("c d .")};
  auto r2 = ScoreSpans(SpansFromForms(g), SpansFromForms(s2));
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->tokens.correct, 4u);
  EXPECT_EQ(r2->tokens.system, 5u);
  EXPECT_EQ(r2->tokens.gold, 6u);
}

TEST(ConlluScoreTest, MultiwordWordsAlignByForm) {
  // Gold: "don't" = do + n't; system: one word "don't" (no split).
  std::vector<Sentence> g = {Make("I do|n't go")};
  std::vector<Sentence> s = {Make("I don't go")};
  auto r = ScoreSpans(SpansFromForms(g), SpansFromForms(s));
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->tokens.F1(), 100);
  EXPECT_EQ(r->words.gold, 4u);
  EXPECT_EQ(r->words.system, 3u);
  EXPECT_EQ(r->words.correct, 2u);  // I, go
}

TEST(ConlluScoreTest, TagsOnAlignedWords) {
  std::vector<Sentence> g = {Make("a b c", "NOUN")};
  std::vector<Sentence> s = {Make("a b c", "VERB")};
  s[0].tokens[1].upos = "NOUN";
  auto r = ScoreSpans(SpansFromForms(g), SpansFromForms(s));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->upos.correct, 1u);
  EXPECT_EQ(r->uas.correct, 3u);
}

TEST(ConlluScoreTest, OffsetsIgnoreWhitespace) {
  const std::string raw = "a b.\n\nc";
  Sentence s1;
  for (auto [b, e] : {std::pair{0u, 1u}, {2u, 3u}, {3u, 4u}}) {
    Token t;
    t.start = b;
    t.end = e;
    t.form = raw.substr(b, e - b);
    s1.tokens.push_back(t);
  }
  Sentence s2;
  Token t;
  t.start = 6;
  t.end = 7;
  t.form = "c";
  s2.tokens.push_back(t);
  std::vector<Sentence> sys = {s1, s2};
  std::vector<Sentence> g = {Make("a b ."), Make("c")};
  auto r = ScoreSpans(SpansFromForms(g), SpansFromOffsets(sys, raw));
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->tokens.F1(), 100);
  EXPECT_DOUBLE_EQ(r->sentences.F1(), 100);
}

TEST(ConlluScoreTest, DifferentTextsAreAnError) {
  std::vector<Sentence> g = {Make("a b")};
  std::vector<Sentence> s = {Make("a c")};
  EXPECT_FALSE(ScoreSpans(SpansFromForms(g), SpansFromForms(s)).ok());
}

TEST(ConlluScoreTest, TableHasAllRows) {
  std::vector<Sentence> g = {Make("a")};
  auto r = ScoreSpans(SpansFromForms(g), SpansFromForms(g));
  ASSERT_TRUE(r.ok());
  const std::string t = FormatScores(*r);
  for (const char* row : {"Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS"}) {
    EXPECT_NE(t.find(row), std::string::npos) << row;
  }
}

}  // namespace
}  // namespace herodotus::eval
