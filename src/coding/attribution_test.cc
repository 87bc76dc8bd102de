#include "coding/attribution.h"
#include "coding/test_util.h"

#include <gtest/gtest.h>


namespace herodotus::coding {
namespace {

using test::Find;
Sentence Parse(const std::string& rows) { return test::Rows(rows); }

Attribution AttributeWord(const Sentence& s, const std::string& trigger) {
  Tree t(s);
  int p = Find(s, trigger);
  return Attribute(t, p, p);
}

TEST(AttributionTest, PlainFactIsAsserted) {
  Sentence s = Parse(R"(Turkish Turkish ADJ 2 amod
jets jet NOUN 3 nsubj
shot shoot VERB 0 root
down down ADP 3 compound:prt
a a DET 6 det
warplane warplane NOUN 3 obj
. . PUNCT 3 punct)");
  Attribution a = AttributeWord(s, "shot");
  EXPECT_EQ(a.status, EventStatus::kAsserted);
  EXPECT_EQ(a.speaker, -1);
}

TEST(AttributionTest, TrailingReportIsAttributed) {
  Sentence s = Parse(R"(Rebels rebel NOUN 2 nsubj
attacked attack VERB 0 root
the the DET 4 det
base base NOUN 2 obj
, , PUNCT 7 punct
the the DET 7 det
army army NOUN 8 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct)");
  Attribution a = AttributeWord(s, "attacked");
  EXPECT_EQ(a.status, EventStatus::kAttributed);
  EXPECT_EQ(a.kind, ClaimKind::kReport);
  EXPECT_EQ(s.tokens[a.speaker].form, "army");
}

TEST(AttributionTest, ReportedClauseIsAttributed) {
  Sentence s = Parse(R"(Officials official NOUN 2 nsubj
said say VERB 0 root
the the DET 4 det
militia militia NOUN 5 nsubj
attacked attack VERB 2 ccomp
the the DET 7 det
consulate consulate NOUN 5 obj
. . PUNCT 2 punct)");
  Attribution a = AttributeWord(s, "attacked");
  EXPECT_EQ(a.status, EventStatus::kAttributed);
  EXPECT_EQ(s.tokens[a.speaker].form, "Officials");
  EXPECT_EQ(s.tokens[a.claim_word].form, "said");
}

TEST(AttributionTest, BlameMakesTheActAlleged) {
  Sentence s = Parse(R"(Pompeo Pompeo PROPN 2 nsubj
blamed blame VERB 0 root
Iran Iran PROPN 2 obj
for for ADP 6 case
the the DET 6 det
attack attack NOUN 2 obl
. . PUNCT 2 punct)");
  Attribution a = AttributeWord(s, "attack");
  EXPECT_EQ(a.status, EventStatus::kAlleged);
  EXPECT_EQ(s.tokens[a.speaker].form, "Pompeo");
  // The accusation itself is a fact the writer states.
  EXPECT_EQ(AttributeWord(s, "blamed").status, EventStatus::kAsserted);
}

TEST(AttributionTest, DenialMakesTheActDenied) {
  Sentence s = Parse(R"(Russia Russia PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 6 mark
its its PRON 5 nmod:poss
troops troop NOUN 6 nsubj
crossed cross VERB 2 ccomp
the the DET 8 det
border border NOUN 6 obj
. . PUNCT 2 punct)");
  Attribution a = AttributeWord(s, "crossed");
  EXPECT_EQ(a.status, EventStatus::kDenied);
  EXPECT_EQ(s.tokens[a.speaker].form, "Russia");
}

TEST(AttributionTest, NegationAndModals) {
  Sentence neg = Parse(R"(The the DET 2 det
minister minister NOUN 5 nsubj
did do AUX 5 aux
not not PART 5 advmod
meet meet VERB 0 root
the the DET 7 det
envoy envoy NOUN 5 obj
. . PUNCT 5 punct)");
  EXPECT_EQ(AttributeWord(neg, "meet").status, EventStatus::kNegated);

  Sentence cond = Parse(R"(Iran Iran PROPN 3 nsubj
would would AUX 3 aux
close close VERB 0 root
the the DET 5 det
strait strait NOUN 3 obj
if if SCONJ 7 mark
attacked attack VERB 3 advcl
. . PUNCT 3 punct)");
  EXPECT_EQ(AttributeWord(cond, "close").status, EventStatus::kHypothetical);
  EXPECT_EQ(AttributeWord(cond, "attacked").status, EventStatus::kHypothetical);
}

TEST(AttributionTest, IntentionsAndQuestionsAreHypothetical) {
  Sentence plan = Parse(R"(The the DET 2 det
group group NOUN 3 nsubj
plans plan VERB 0 root
to to PART 5 mark
attack attack VERB 3 xcomp
the the DET 7 det
city city NOUN 5 obj
. . PUNCT 3 punct)");
  EXPECT_EQ(AttributeWord(plan, "attack").status, EventStatus::kHypothetical);

  Sentence q = Parse(R"(Did do AUX 3 aux
Iran Iran PROPN 3 nsubj
attack attack VERB 0 root
the the DET 5 det
tanker tanker NOUN 3 obj
? ? PUNCT 3 punct)");
  EXPECT_EQ(AttributeWord(q, "attack").status, EventStatus::kHypothetical);

  Sentence refuse = Parse(R"(Israel Israel PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
withdraw withdraw VERB 2 xcomp
. . PUNCT 2 punct)");
  EXPECT_EQ(AttributeWord(refuse, "withdraw").status, EventStatus::kNegated);
}

TEST(AttributionTest, AccordingToIsAttributed) {
  Sentence s = Parse(R"(According accord VERB 3 case
to to ADP 1 fixed
officials official NOUN 6 obl
, , PUNCT 6 punct
troops troop NOUN 6 nsubj
shelled shell VERB 0 root
the the DET 8 det
town town NOUN 6 obj
. . PUNCT 6 punct)");
  Attribution a = AttributeWord(s, "shelled");
  EXPECT_EQ(a.status, EventStatus::kAttributed);
  EXPECT_EQ(s.tokens[a.speaker].form, "officials");
}

TEST(AttributionTest, ClosingReportParsedAsAdverbialIsAttributed) {
  Sentence s = Parse(R"(Warplanes warplane NOUN 2 nsubj
bombed bomb VERB 0 root
a a DET 4 det
hospital hospital NOUN 2 obj
, , PUNCT 8 punct
a a DET 7 det
group group NOUN 8 nsubj
said say VERB 2 advcl
. . PUNCT 2 punct)");
  Attribution a = AttributeWord(s, "bombed");
  EXPECT_EQ(a.status, EventStatus::kAttributed);
  EXPECT_EQ(s.tokens[a.speaker].form, "group");
}

TEST(AttributionTest, LightVerbNounTakesTheVerbsModality) {
  Sentence s = Parse(R"(The the DET 2 det
envoys envoy NOUN 3 nsubj
held hold VERB 0 root
no no DET 5 det
talks talk NOUN 3 obj
. . PUNCT 3 punct)");
  Tree t(s);
  EXPECT_EQ(Attribute(t, 4, 2).status, EventStatus::kNegated);
}

}  // namespace
}  // namespace herodotus::coding
