#include "ner/score.h"

#include <gtest/gtest.h>

#include "ner/tags.h"

namespace herodotus::ner {
namespace {

using V = std::vector<std::string>;

TEST(ScoreIob, ExactMatchPerType) {
  NerScores s;
  // gold: PER [0,2), LOC [3,4); predicted: PER [0,2) (right), LOC [3,5) (wrong boundary)
  AddSentence(V{"B-PER", "I-PER", "O", "B-LOC", "O"}, V{"B-PER", "I-PER", "O", "B-LOC", "I-LOC"}, &s);
  EXPECT_EQ(s.overall.tp, 1);
  EXPECT_EQ(s.overall.fp, 1);
  EXPECT_EQ(s.overall.fn, 1);
  EXPECT_DOUBLE_EQ(s.overall.f1(), 0.5);
  EXPECT_DOUBLE_EQ(s.by_type["PER"].f1(), 1.0);
  EXPECT_DOUBLE_EQ(s.by_type["LOC"].f1(), 0.0);
}

TEST(ScoreIob, WrongTypeIsBothFalsePositiveAndFalseNegative) {
  NerScores s;
  AddSentence(V{"B-ORG"}, V{"B-LOC"}, &s);
  EXPECT_EQ(s.by_type["ORG"].fn, 1);
  EXPECT_EQ(s.by_type["LOC"].fp, 1);
  EXPECT_DOUBLE_EQ(s.overall.precision(), 0.0);
}

TEST(ScoreIob, ConllevalReadsStrayInsideAsStart) {
  // conlleval: "O I-PER I-PER" is one PER entity; "B-PER I-LOC" two entities.
  NerScores s;
  AddSentence(V{"O", "B-PER", "I-PER"}, V{"O", "I-PER", "I-PER"}, &s);
  EXPECT_EQ(s.overall.tp, 1);
  EXPECT_EQ(SpansFromIob(V{"B-PER", "I-LOC"}).size(), 2u);
}

TEST(ScoreIob, AdjacentEntitiesOfTheSameType) {
  NerScores s;
  AddSentence(V{"B-PER", "B-PER"}, V{"B-PER", "I-PER"}, &s);
  EXPECT_EQ(s.overall.tp, 0);
  EXPECT_EQ(s.overall.fp, 1);
  EXPECT_EQ(s.overall.fn, 2);
}

TEST(ScoreIob, SentencesAndMismatches) {
  Sentence g, p;
  g.tokens.resize(2);
  p.tokens.resize(2);
  g.tokens[0].ner = "B-LOC";
  p.tokens[0].ner = "B-LOC";  // token 1 has "" = O in both
  auto r = ScoreIob({g}, {p});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->overall.f1(), 1.0);
  EXPECT_NE(r->ToString().find("overall"), std::string::npos);
  p.tokens.resize(3);
  EXPECT_FALSE(ScoreIob({g}, {p}).ok());
  EXPECT_FALSE(ScoreIob({g}, {}).ok());
}

TEST(ScoreIob, NoEntitiesAnywhere) {
  NerScores s;
  AddSentence(V{"O"}, V{"O"}, &s);
  EXPECT_DOUBLE_EQ(s.overall.f1(), 0.0);
  EXPECT_EQ(s.tokens, 1);
}

TEST(Tags, BilouRoundTrip) {
  std::vector<EntitySpan> spans = {{0, 1, "PER"}, {2, 5, "ORG"}, {5, 7, "LOC"}};
  V bilou = BilouFromSpans(8, spans);
  EXPECT_EQ(bilou, (V{"U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "B-LOC", "L-LOC", "O"}));
  EXPECT_EQ(SpansFromBilou(bilou), spans);
  EXPECT_EQ(SpansFromIob(IobFromSpans(8, spans)), spans);
}

TEST(Tags, ExtractSpansFromSentence) {
  Sentence s;
  s.tokens.resize(3);
  s.tokens[1].ner = "B-LOC";
  s.tokens[2].ner = "I-LOC";
  auto spans = ExtractSpans(s);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (EntitySpan{1, 3, "LOC"}));
}

}  // namespace
}  // namespace herodotus::ner
