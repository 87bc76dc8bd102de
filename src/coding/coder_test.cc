// The coder on hand-parsed sentences with the project's real dictionaries:
// these pin down attribution end to end, independent of the parser.
#include "coding/coder.h"

#include <gtest/gtest.h>

#include "coding/test_util.h"
#include "util/testing.h"

namespace herodotus::coding {
namespace {

using test::Rows;

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = herodotus::testing::SourceDir() + "/dict";
    auto cameo = lexicon::CameoTable::Load(dir + "/cameo/cameo.tsv");
    ASSERT_TRUE(cameo.ok()) << cameo.status().ToString();
    cameo_ = std::move(*cameo).release();
    auto files = lexicon::FrameDictionary::ListFiles(dir + "/frames");
    ASSERT_TRUE(files.ok());
    auto frames = lexicon::FrameDictionary::Load(*files, cameo_, nullptr, false);
    ASSERT_TRUE(frames.ok()) << frames.status().ToString();
    frames_ = std::move(*frames).release();
    auto actors = lexicon::ActorDictionary::Load(lexicon::ActorDictionary::FilesIn(dir), nullptr, false);
    ASSERT_TRUE(actors.ok()) << actors.status().ToString();
    actors_ = std::move(*actors).release();
  }

  std::vector<Event> Code(std::vector<Sentence> sentences, Date date) {
    Document doc;
    doc.article.id = "t";
    doc.article.date = date;
    doc.sentences = std::move(sentences);
    std::vector<Event> events;
    EventCoder(*frames_, *actors_, *cameo_).Code(doc, &events, nullptr);
    return events;
  }

  static const Event* FindRoot(const std::vector<Event>& ev, const std::string& root) {
    for (const Event& e : ev) {
      if (e.root == root) return &e;
    }
    return nullptr;
  }

  static lexicon::CameoTable* cameo_;
  static lexicon::FrameDictionary* frames_;
  static lexicon::ActorDictionary* actors_;
};
lexicon::CameoTable* CoderTest::cameo_ = nullptr;
lexicon::FrameDictionary* CoderTest::frames_ = nullptr;
lexicon::ActorDictionary* CoderTest::actors_ = nullptr;

TEST_F(CoderTest, BlameIsAnAccusationAndTheAttackIsAlleged) {
  auto ev = Code({Rows(R"(Pompeo Pompeo PROPN 2 nsubj
blamed blame VERB 0 root
Iran Iran PROPN 2 obj
for for ADP 6 case
the the DET 6 det
attacks attack NOUN 2 obl
. . PUNCT 2 punct)")}, Date{2018, 10, 3});
  const Event* acc = FindRoot(ev, "11");
  ASSERT_NE(acc, nullptr);
  EXPECT_EQ(acc->status, EventStatus::kAsserted);
  ASSERT_TRUE(acc->source && acc->target);
  EXPECT_EQ(acc->source->code, "USAGOV");
  EXPECT_EQ(acc->target->code, "IRN");
}

TEST_F(CoderTest, DeniedAttackIsNotAFact) {
  auto ev = Code({Rows(R"(Russia Russia PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 6 mark
its its PRON 5 nmod:poss
troops troop NOUN 6 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 6 obj
. . PUNCT 2 punct)")}, Date{2022, 2, 20});
  const Event* attack = nullptr;
  for (const Event& e : ev) {
    if (e.root >= "14" && e.target && e.target->code == "UKR") attack = &e;
  }
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->status, EventStatus::kDenied);
  ASSERT_TRUE(attack->source.has_value());
  EXPECT_EQ(attack->source->country, "RUS");
  ASSERT_TRUE(attack->source_of_claim.has_value());
  EXPECT_EQ(attack->source_of_claim->code, "RUS");
}

TEST_F(CoderTest, SaidAttackedIsAnAllegationPlusAnAccusation) {
  auto ev = Code({Rows(R"(Israel Israel PROPN 2 nsubj
said say VERB 0 root
Hezbollah Hezbollah PROPN 4 nsubj
attacked attack VERB 2 ccomp
Israeli Israeli ADJ 6 amod
soldiers soldier NOUN 4 obj
. . PUNCT 2 punct)")}, Date{2019, 9, 1});
  const Event* acc = FindRoot(ev, "11");
  ASSERT_NE(acc, nullptr) << "no accusation";
  EXPECT_EQ(acc->code, "112");
  EXPECT_EQ(acc->source->code, "ISR");
  bool alleged = false;
  for (const Event& e : ev) {
    if (e.quad_class == 4 && e.status == EventStatus::kAlleged && e.source_of_claim &&
        e.source_of_claim->code == "ISR")
      alleged = true;
  }
  EXPECT_TRUE(alleged);
}

// A third country reporting a fight between others reports; it accuses no
// one. So does a rights group reporting abuses of others: no stake, no
// allegation.
TEST_F(CoderTest, ReportsByThirdCountriesAndWatchdogsAreNoAccusations) {
  auto third = Code({Rows(R"(Thailand Thailand PROPN 2 nsubj
said say VERB 0 root
Vietnam Vietnam PROPN 4 nsubj
attacked attack VERB 2 ccomp
Cambodia Cambodia PROPN 4 obj
. . PUNCT 2 punct)")}, Date{1985, 3, 1});
  EXPECT_EQ(FindRoot(third, "11"), nullptr) << "a report of others' war is no accusation";
  // The reported violence (18 or 19), when it is attributed to a reporter.
  auto attributed_violence = [](const std::vector<Event>& ev) -> const Event* {
    const Event* v = FindRoot(ev, "19");
    if (!v) v = FindRoot(ev, "18");
    return v && v->status == EventStatus::kAttributed && v->source_of_claim ? v : nullptr;
  };
  const Event* attack = attributed_violence(third);
  ASSERT_NE(attack, nullptr) << "no attributed attack";
  EXPECT_EQ(attack->source_of_claim->code, "THA");

  auto watchdog = Code({Rows(R"(Amnesty Amnesty PROPN 2 compound
International International PROPN 3 nsubj
said say VERB 0 root
Guinea Guinea PROPN 5 nsubj
attacked attack VERB 3 ccomp
refugees refugee NOUN 5 obj
from from ADP 9 case
Sierra Sierra PROPN 9 compound
Leone Leone PROPN 6 nmod
. . PUNCT 3 punct)")}, Date{2000, 9, 1});
  EXPECT_EQ(FindRoot(watchdog, "11"), nullptr) << "a rights group's report is no accusation";
  const Event* abuse = attributed_violence(watchdog);
  ASSERT_NE(abuse, nullptr) << "no attributed abuse";
  EXPECT_TRUE(abuse->source_of_claim->code.starts_with("NGO")) << abuse->source_of_claim->code;
}

// Heads that run in a circle (no parser writes them, but a Sentence can
// carry them) are cut, and coding ends.
TEST_F(CoderTest, CyclicHeadsEnd) {
  auto ev = Code({Rows(R"(Amnesty Amnesty PROPN 3 compound
International International PROPN 4 nsubj
said say VERB 0 root
Guinea Guinea PROPN 6 nsubj
attacked attack VERB 4 ccomp
refugees refugee NOUN 6 obj
. . PUNCT 4 punct)")}, Date{2000, 9, 1});
  for (const Event& e : ev) EXPECT_FALSE(e.code.empty());
}

// A reduced relative is background to what the sentence reports: the
// officials are arrested; that Israel suspects them is no event here.
TEST_F(CoderTest, AReducedRelativeCodesNothing) {
  auto ev = Code({Rows(R"(Egyptian Egyptian ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
officials official NOUN 3 obj
suspected suspect VERB 4 acl VBN
by by ADP 7 case
Israel Israel PROPN 5 obl:agent
of of SCONJ 9 mark
spying spy VERB 5 advcl VBG
. . PUNCT 3 punct)")}, Date{2001, 5, 2});
  ASSERT_FALSE(ev.empty());
  for (const Event& e : ev) EXPECT_EQ(e.trigger, "arrested") << e.code;
}

// A name whose head is a role ("the Kurdistan Regional Government") is what
// "the regional government" means later; its spokesman alleging a militia's
// attack alleges it though no dictionary codes the militia.
TEST_F(CoderTest, ARoleRemembersItsNameAndAnUncodedGroupIsAlleged) {
  auto ev = Code({Rows(R"(The the DET 4 det
Kurdistan Kurdistan PROPN 4 compound
Regional Regional PROPN 4 compound
Government Government PROPN 5 nsubj
condemned condemn VERB 0 root
the the DET 7 det
attack attack NOUN 5 obj
. . PUNCT 5 punct)"), Rows(R"(A a DET 2 det
spokesman spokesman NOUN 7 nsubj
for for ADP 6 case
the the DET 6 det
regional regional ADJ 6 amod
government government NOUN 2 nmod
said say VERB 0 root
the the DET 9 det
militia militia NOUN 10 nsubj
fired fire VERB 7 ccomp
rockets rocket NOUN 10 obj
at at ADP 14 case
the the DET 14 det
airport airport NOUN 10 obl
. . PUNCT 7 punct)")}, Date{2021, 2, 17});
  const Event* fired = nullptr;
  for (const Event& e : ev) {
    if (e.trigger == "fired") fired = &e;
  }
  ASSERT_NE(fired, nullptr);
  EXPECT_EQ(fired->status, EventStatus::kAlleged);
  ASSERT_TRUE(fired->source_of_claim.has_value());
  EXPECT_EQ(fired->source_of_claim->country, "IRQ");
  ASSERT_TRUE(fired->source.has_value());
  EXPECT_EQ(fired->source->code, "");
}

// "it" is the group last named as a subject, not the last group named.
TEST_F(CoderTest, ItIsTheSalientSubject) {
  auto ev = Code({Rows(R"(Lebanon Lebanon PROPN 2 nsubj
complained complain VERB 0 root
to to ADP 4 case
Israel Israel PROPN 2 obl
. . PUNCT 2 punct)"), Rows(R"(It it PRON 2 nsubj
said say VERB 0 root
Israeli Israeli ADJ 4 amod
jets jet NOUN 5 nsubj
bombed bomb VERB 2 ccomp
a a DET 7 det
bridge bridge NOUN 5 obj
. . PUNCT 2 punct)")}, Date{1996, 4, 12});
  const Event* bombed = nullptr;
  for (const Event& e : ev) {
    if (e.trigger == "bombed") bombed = &e;
  }
  ASSERT_NE(bombed, nullptr);
  ASSERT_TRUE(bombed->source_of_claim.has_value());
  EXPECT_EQ(bombed->source_of_claim->code, "LBN");
}

// "Syria withdrew its troops": the troops are Syria's own, not the target.
TEST_F(CoderTest, VerbReadAsParticipleInsideOneNounPhrase) {
  // The whole sentence parsed as one noun phrase: "cancelled" an amod of
  // "restrictions", the court its possessor.
  auto ev = Code({Rows(R"(The the DET 4 det
Latvian Latvian ADJ 4 amod
Constitutional constitutional ADJ 4 amod
Court Court PROPN 6 nmod:poss
cancelled cancel VERB 6 amod VBN
restrictions restriction NOUN 0 root NNS
. . PUNCT 6 punct)")}, Date{2003, 6, 1});
  const Event* e = FindRoot(ev, "08");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->code, "081");
  EXPECT_EQ(e->source->country, "LVA");
  EXPECT_EQ(FindRoot(ev, "16"), nullptr);

  // The same with the subject parsed as the noun phrase's subject.
  auto offered = Code({Rows(R"(A a DET 3 det
Russian Russian ADJ 3 amod
official official NOUN 5 nsubj
offered offer VERB 5 amod VBD
concessions concession NOUN 0 root NNS
to to ADP 7 case
Washington Washington PROPN 5 nmod
. . PUNCT 5 punct)")}, Date{1987, 1, 5});
  const Event* o = FindRoot(offered, "03");
  ASSERT_NE(o, nullptr) << "the verb of the noun phrase was not read";
  EXPECT_EQ(o->source->country, "RUS");
}

TEST_F(CoderTest, WhatAnActorOwnsIsNotItsTarget) {
  auto ev = Code({Rows(R"(Syria Syria PROPN 2 nsubj
withdrew withdraw VERB 0 root
its its PRON 4 nmod:poss
troops troop NOUN 2 obj
. . PUNCT 2 punct)")}, Date{2005, 4, 26});
  const Event* w = FindRoot(ev, "08");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->source->code, "SYR");
  EXPECT_FALSE(w->target && !w->target->code.empty()) << w->target->code;
}

TEST_F(CoderTest, NegatedMeetingAndComposedActors) {
  auto ev = Code({Rows(R"(Iraqi Iraqi ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
dozens dozen NOUN 3 obj
of of ADP 6 case
protesters protester NOUN 4 nmod
. . PUNCT 3 punct)"), Rows(R"(The the DET 2 det
president president NOUN 5 nsubj
did do AUX 5 aux
not not PART 5 advmod
meet meet VERB 0 root
Putin Putin PROPN 5 obj
. . PUNCT 5 punct)")}, Date{2019, 10, 5});
  const Event* arrest = FindRoot(ev, "17");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->source->code, "IRQCOP");
  EXPECT_EQ(arrest->status, EventStatus::kAsserted);
  const Event* meet = FindRoot(ev, "04");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->status, EventStatus::kNegated);
  EXPECT_EQ(meet->target->code, "RUSGOV");
}

TEST_F(CoderTest, AnnouncedActIsHypotheticalAndItsAnnouncementAnIntent) {
  auto ev = Code({Rows(R"(Portugal Portugal PROPN 3 nsubj
will will AUX 3 aux
support support VERB 0 root
Turkey Turkey PROPN 3 obj
. . PUNCT 3 punct)")}, Date{2000, 1, 5});
  const Event* act = FindRoot(ev, "05");
  ASSERT_NE(act, nullptr);
  EXPECT_EQ(act->status, EventStatus::kHypothetical);
  const Event* intent = FindRoot(ev, "03");
  ASSERT_NE(intent, nullptr) << "no intent event";
  EXPECT_EQ(intent->code, "032");
  EXPECT_EQ(intent->status, EventStatus::kAsserted);
  ASSERT_TRUE(intent->source && intent->target);
  EXPECT_EQ(intent->source->code, "PRT");
  EXPECT_EQ(intent->target->code, "TUR");
}

TEST_F(CoderTest, AnnouncedAttackIsAThreatAndAQuestionIsNeither) {
  auto ev = Code({Rows(R"(Iran Iran PROPN 3 nsubj
will will AUX 3 aux
attack attack VERB 0 root
Israel Israel PROPN 3 obj
. . PUNCT 3 punct)")}, Date{2020, 1, 5});
  const Event* threat = FindRoot(ev, "13");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->code, "138");
  EXPECT_EQ(threat->source->code, "IRN");
  EXPECT_EQ(threat->target->code, "ISR");
  for (const Event& e : ev) EXPECT_FALSE(e.quad_class == 4 && ClaimsOccurrence(e.status));
  auto asked = Code({Rows(R"(Will will AUX 3 aux
Iran Iran PROPN 3 nsubj
attack attack VERB 0 root
Israel Israel PROPN 3 obj
? ? PUNCT 3 punct)")}, Date{2020, 1, 5});
  EXPECT_EQ(FindRoot(asked, "13"), nullptr);
}

TEST_F(CoderTest, ReadinessIsAnIntentAndTheActHasNotHappened) {
  auto ev = Code({Rows(R"(Syria Syria PROPN 3 nsubj
is be AUX 3 cop
willing willing ADJ 0 root
to to PART 5 mark
withdraw withdraw VERB 3 xcomp
its its PRON 7 nmod:poss
troops troop NOUN 5 obj
from from ADP 9 case
Lebanon Lebanon PROPN 5 obl
. . PUNCT 3 punct)")}, Date{2000, 1, 5});
  for (const Event& e : ev) {
    if (e.root == "08") {
      EXPECT_EQ(e.status, EventStatus::kHypothetical);
    }
  }
  const Event* intent = FindRoot(ev, "03");
  ASSERT_NE(intent, nullptr);
  EXPECT_EQ(intent->source->code, "SYR");
  EXPECT_EQ(intent->status, EventStatus::kAsserted);
}

TEST_F(CoderTest, RejectedProposalIsAimedAtItsAuthor) {
  auto ev = Code({Rows(R"(Bangladesh Bangladesh PROPN 2 nsubj
rejected reject VERB 0 root
an a DET 5 det
Indian Indian ADJ 5 amod
proposal proposal NOUN 2 obj
. . PUNCT 2 punct)")}, Date{2004, 1, 5});
  const Event* rej = FindRoot(ev, "12");
  ASSERT_NE(rej, nullptr);
  ASSERT_TRUE(rej->target.has_value());
  EXPECT_EQ(rej->target->code, "IND");
}

TEST_F(CoderTest, DemandIsAddressedToWhoeverIsToAct) {
  auto ev = Code({Rows(R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
that that SCONJ 6 mark
the the DET 5 det
US US PROPN 6 nsubj
cancel cancel VERB 2 ccomp
the the DET 8 det
sale sale NOUN 6 obj
. . PUNCT 2 punct)")}, Date{2004, 1, 5});
  const Event* dem = FindRoot(ev, "10");
  ASSERT_NE(dem, nullptr);
  ASSERT_TRUE(dem->target.has_value());
  EXPECT_EQ(dem->target->code, "USA");
}

TEST_F(CoderTest, CountedGroupProtestsAgainstItsOwnCountry) {
  auto ev = Code({Rows(R"(Hundreds hundred NOUN 5 nsubj
of of ADP 4 case
Egyptian Egyptian ADJ 4 amod
protesters protester NOUN 1 nmod
demonstrated demonstrate VERB 0 root
. . PUNCT 5 punct)")}, Date{2005, 3, 1});
  const Event* protest = FindRoot(ev, "14");
  ASSERT_NE(protest, nullptr);
  ASSERT_TRUE(protest->source && protest->target);
  EXPECT_EQ(protest->source->country, "EGY");
  EXPECT_EQ(protest->target->code, "EGY");
}

// The parse of a real sentence from the parser: "struck" hangs off an object
// noun and "said" is the root. The nearest actor to the left is the subject
// and the closing report still attributes the strike.
TEST_F(CoderTest, BrokenParseStillReadsSubjectAndClosingReport) {
  auto ev = Code({Rows(R"(Turkish Turkish ADJ 2 amod
jets jet NOUN 17 nsubj
struck strike VERB 6 amod
Kurdish Kurdish ADJ 6 amod
militant militant ADJ 6 amod
positions position NOUN 17 ccomp
in in ADP 9 case
northern northern ADJ 9 amod
Iraq Iraq PROPN 6 nmod
on on ADP 11 case
Tuesday Tuesday PROPN 6 nmod
, , PUNCT 16 punct
the the DET 16 det
Turkish Turkish PROPN 16 compound
defence defence NOUN 16 compound
ministry ministry PROPN 17 nsubj
said say VERB 0 root
. . PUNCT 17 punct)")}, Date{2019, 8, 27});
  bool strike = false;
  for (const Event& e : ev) {
    if (e.root != "19" && e.root != "18") continue;
    strike = true;
    ASSERT_TRUE(e.source.has_value());
    EXPECT_EQ(e.source->country, "TUR");
    EXPECT_EQ(e.status, EventStatus::kAttributed);
  }
  EXPECT_TRUE(strike);
}

TEST_F(CoderTest, RefusalDemandAndConditionalIntentAreStances) {
  // "The U.S. said it would not meet the demands." → a refusal (12) by the U.S.
  auto refusal = Code({Rows(R"(The the DET 2 det
U.S. U.S. PROPN 3 nsubj
said say VERB 0 root
it it PRON 7 nsubj
would would AUX 7 aux
not not PART 7 advmod
meet meet VERB 3 ccomp
Russia Russia PROPN 7 obj
. . PUNCT 3 punct)")}, Date{2004, 6, 1});
  const Event* rej = FindRoot(refusal, "12");
  ASSERT_NE(rej, nullptr) << "no refusal";
  EXPECT_EQ(rej->code, "125");
  EXPECT_EQ(rej->source->country, "USA");
  EXPECT_EQ(FindRoot(refusal, "03"), nullptr) << "a refusal is not an intent";

  // "Russia said Sudan must withdraw its troops." → Russia demands (10).
  auto demand = Code({Rows(R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
Sudan Sudan PROPN 5 nsubj
must must AUX 5 aux
withdraw withdraw VERB 2 ccomp
its its PRON 7 nmod:poss
troops troop NOUN 5 obj
. . PUNCT 2 punct)")}, Date{2004, 6, 1});
  const Event* dem = FindRoot(demand, "10");
  ASSERT_NE(dem, nullptr) << "no demand";
  EXPECT_EQ(dem->source->code, "RUS");
  ASSERT_TRUE(dem->target.has_value());
  EXPECT_EQ(dem->target->country, "SDN");

  // "Nigeria will withdraw its force unless Chad holds elections." → a threat.
  auto threat = Code({Rows(R"(Nigeria Nigeria PROPN 3 nsubj
will will AUX 3 aux
withdraw withdraw VERB 0 root
its its PRON 5 nmod:poss
force force NOUN 3 obj
unless unless SCONJ 8 mark
Chad Chad PROPN 8 nsubj
holds hold VERB 3 advcl
elections election NOUN 8 obj
. . PUNCT 3 punct)")}, Date{1980, 6, 1});
  const Event* thr = FindRoot(threat, "13");
  ASSERT_NE(thr, nullptr) << "no threat";
  EXPECT_EQ(thr->source->code, "NGA");
}

TEST_F(CoderTest, MeasureNounsAndEventNounsUnderPlainVerbs) {
  // "The EU gave Chad five million dollars of aid." → aid to Chad.
  auto aid = Code({Rows(R"(The the DET 2 det
EU EU PROPN 3 nsubj
gave give VERB 0 root
Chad Chad PROPN 3 iobj
five five NUM 6 nummod
million million NUM 7 nummod
dollars dollar NOUN 3 obj
of of ADP 9 case
aid aid NOUN 7 nmod
. . PUNCT 3 punct)")}, Date{1995, 1, 5});
  const Event* a = FindRoot(aid, "07");
  ASSERT_NE(a, nullptr) << "no aid event";
  EXPECT_EQ(a->target->code, "TCD");
  // "The United States speeded up the withdrawal from Panama." → the United
  // States withdraws.
  auto pull = Code({Rows(R"(The the DET 3 det
United United PROPN 3 compound
States States PROPN 4 nsubj
speeded speed VERB 0 root
up up ADP 4 compound:prt
the the DET 7 det
withdrawal withdrawal NOUN 4 obj
from from ADP 9 case
Panama Panama PROPN 7 nmod
. . PUNCT 4 punct)")}, Date{1990, 1, 5});
  const Event* w = FindRoot(pull, "08");
  ASSERT_NE(w, nullptr) << "no withdrawal";
  ASSERT_TRUE(w->source.has_value());
  EXPECT_EQ(w->source->country, "USA");
}

// The parser hangs "for the attack" on the object; the attack, named by
// nobody, is kept because a claim is about it, and the claim names the
// perpetrator.
TEST_F(CoderTest, BlamedForAnAttackWithThePhraseOnTheObject) {
  auto ev = Code({Rows(R"(The the DET 4 det
Kurdistan Kurdistan PROPN 4 compound
Regional regional ADJ 4 amod
Government government NOUN 5 nsubj
blamed blame VERB 0 root
the the DET 7 det
militia militia NOUN 5 obj
for for ADP 10 case
the the DET 10 det
attack attack NOUN 7 nmod
. . PUNCT 5 punct)")}, Date{2023, 5, 4});
  const Event* attack = FindRoot(ev, "19");
  ASSERT_NE(attack, nullptr) << "the attack a claim is about was dropped";
  EXPECT_EQ(attack->status, EventStatus::kAlleged);
  ASSERT_TRUE(attack->source.has_value());
  EXPECT_EQ(attack->source->text, "the militia");
  ASSERT_TRUE(attack->source_of_claim.has_value());
}

TEST_F(CoderTest, VowNotToActIsARefusal) {
  auto ev = Code({Rows(R"(Israel Israel PROPN 2 nsubj
vowed vow VERB 0 root
not not PART 5 advmod
to to PART 5 mark
return return VERB 2 xcomp
the the DET 7 det
prisoners prisoner NOUN 5 obj
to to ADP 9 case
Syria Syria PROPN 5 obl
. . PUNCT 2 punct)")}, Date{2001, 1, 5});
  EXPECT_EQ(FindRoot(ev, "03"), nullptr) << "a vow not to act is no promise";
  const Event* refusal = FindRoot(ev, "12");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->status, EventStatus::kAsserted);
}

TEST_F(CoderTest, AMisLemmatizedVerbStillFindsItsFrames) {
  // The lemmatizer gave "rioted" the lemma "riote"; the verb's inflection
  // still leads to the frames of "riot".
  auto ev = Code({Rows(R"(Palestinian Palestinian ADJ 2 amod
prisoners prisoner NOUN 3 nsubj
rioted riote VERB 0 root
in in ADP 5 case
Hebron Hebron PROPN 3 obl
. . PUNCT 3 punct)")}, Date{2019, 8, 27});
  const Event* riot = FindRoot(ev, "14");
  ASSERT_NE(riot, nullptr);
  EXPECT_EQ(riot->code, "145");
  ASSERT_TRUE(riot->source.has_value());
  EXPECT_EQ(riot->source->country, "PSE");
}

TEST_F(CoderTest, PeopleOfANationalityWithoutASectorKeepTheCountry) {
  // "Algerian landowners": no agent entry for landowners, but they are
  // Algerians all the same.
  auto ev = Code({Rows(R"(Algerian Algerian ADJ 2 amod
landowners landowner NOUN 3 nsubj NNS
began begin VERB 0 root
a a DET 6 det
hunger hunger NOUN 6 compound
strike strike NOUN 3 obj
. . PUNCT 3 punct)")}, Date{2019, 8, 27});
  const Event* strike = FindRoot(ev, "14");
  ASSERT_NE(strike, nullptr);
  ASSERT_TRUE(strike->source.has_value());
  EXPECT_EQ(strike->source->code, "DZA");
}

TEST_F(CoderTest, TheFirstActorTheVerbGovernsCompletesATargetlessAct) {
  // "Greece agreed to set up a research centre in Tokyo, officials said.":
  // Japan is where the agreed act is aimed; the officials are not.
  auto ev = Code({Rows(R"(Greece Greece PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
set set VERB 2 xcomp
up up ADP 4 compound:prt
a a DET 8 det
research research NOUN 8 compound
centre centre NOUN 4 obj
in in ADP 10 case
Tokyo Tokyo PROPN 4 obl
, , PUNCT 13 punct
Russian Russian ADJ 13 amod
officials official NOUN 14 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct)")}, Date{2019, 8, 27});
  const Event* agree = FindRoot(ev, "03");
  ASSERT_NE(agree, nullptr);
  ASSERT_TRUE(agree->target.has_value());
  EXPECT_EQ(agree->target->code, "JPN");
}

TEST_F(CoderTest, AVerbMisreadAsAParticipleOfItsObjectStillActs) {
  // "Egyptian troops seized two villages.", misparsed with the subject noun
  // as the root and "seized" a participle modifying "villages".
  auto ev = Code({Rows(R"(Egyptian Egyptian ADJ 2 amod
troops troops NOUN 0 root
seized seize VERB 5 amod VBN
two two NUM 5 nummod
villages village NOUN 2 obj
. . PUNCT 2 punct)")}, Date{2019, 8, 27});
  bool seized = false;
  for (const Event& e : ev) {
    if (e.trigger != "seized") continue;
    seized = true;
    ASSERT_TRUE(e.source.has_value());
    EXPECT_EQ(e.source->country, "EGY");
  }
  EXPECT_TRUE(seized);
}

TEST_F(CoderTest, ReportersHungOnTheReportedClauseAreNotItsTargets) {
  // "Israeli troops demolished homes, Palestinian officials and witnesses
  // said.", misparsed with the reporters as conjuncts of "homes" and "said"
  // without a subject: the reporters claim the demolition, not suffer it.
  auto ev = Code({Rows(R"(Israeli Israeli ADJ 2 amod
troops troops NOUN 3 nsubj
demolished demolish VERB 11 ccomp
Palestinian Palestinian ADJ 5 amod
homes home NOUN 3 obj
, , PUNCT 8 punct
Palestinian Palestinian ADJ 8 amod
officials official NOUN 5 conj
and and CCONJ 10 cc
witnesses witness NOUN 5 conj
said say VERB 0 root
. . PUNCT 11 punct)")}, Date{2019, 8, 27});
  int demolitions = 0;
  for (const Event& e : ev) {
    if (e.trigger != "demolished") continue;
    ++demolitions;
    ASSERT_TRUE(e.target.has_value());
    EXPECT_EQ(e.target->country, "PSE");
    EXPECT_EQ(e.status, EventStatus::kAlleged);
    ASSERT_TRUE(e.source_of_claim.has_value());
    EXPECT_EQ(e.source_of_claim->text, "Palestinian officials");
  }
  EXPECT_EQ(demolitions, 1);
}

TEST_F(CoderTest, GoingBackIsNotReturningAnything) {
  // "return TGT" is a release only with an object: "negotiators return to
  // Vienna" goes somewhere, "Russia returned the pilots" gives someone back.
  auto went = Code({Rows(R"(Iranian Iranian ADJ 2 amod
negotiators negotiator NOUN 3 nsubj
return return VERB 0 root
to to ADP 5 case
Vienna Vienna PROPN 3 obl
. . PUNCT 3 punct)")}, Date{2021, 4, 12});
  for (const Event& e : went) EXPECT_NE(e.root, "08") << e.code;
  auto gave = Code({Rows(R"(Russia Russia PROPN 2 nsubj
returned return VERB 0 root
the the DET 4 det
pilots pilot NOUN 2 obj
to to ADP 6 case
Turkey Turkey PROPN 2 obl
. . PUNCT 2 punct)")}, Date{2021, 4, 12});
  EXPECT_NE(FindRoot(gave, "08"), nullptr);
}

TEST_F(CoderTest, AVerbInsideAHyphenatedAdjectiveActsOnNoOne) {
  // "aid to cyclone-hit Mozambique": no one hit Mozambique.
  Sentence s = Rows(R"(Japan Japan PROPN 2 nsubj
sent send VERB 0 root
aid aid NOUN 2 obj
to to ADP 8 case
cyclone cyclone NOUN 7 obl:npmod
- - PUNCT 7 punct
hit hit VERB 2 parataxis VB
Mozambique Mozambique PROPN 7 obj
. . PUNCT 2 punct)");
  s.tokens[4].space_after = false;  // "cyclone-hit" is written as one word
  s.tokens[5].space_after = false;
  auto ev = Code({s}, Date{2019, 3, 20});
  EXPECT_EQ(FindRoot(ev, "19"), nullptr);
  EXPECT_EQ(FindRoot(ev, "18"), nullptr);
}

}  // namespace
}  // namespace herodotus::coding
