#include "discourse/places.h"

#include <gtest/gtest.h>

#include <memory>

#include "coding/test_util.h"
#include "discourse/timeplace.h"
#include "util/testing.h"

namespace herodotus::discourse {
namespace {

using coding::test::Find;
using coding::test::Rows;

// The gazetteer and time/place stage, loaded once for all tests. Its load
// time and memory are measured by bench/timeplace_bench, not asserted here.
const TimePlace& Shared() {
  static std::unique_ptr<TimePlace> tp = [] {
    auto r = TimePlace::Load(herodotus::testing::SourceDir() + "/dict");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return *tp;
}

TEST(Gazetteer, LoadsAndLooksUp) {
  const Gazetteer& g = Shared().gazetteer();
  EXPECT_GT(g.size(), 30000u);
  ASSERT_NE(g.Country("CHN"), nullptr);
  EXPECT_TRUE(g.Country("CHN")->has_coordinates);  // its capital's point
  bool us = false, canada = false;
  for (const Candidate& c : g.Lookup("U.S.")) {
    us = us || c.place->country == "USA";
    canada = canada || c.place->country == "CAN";
  }
  EXPECT_TRUE(us);
  EXPECT_FALSE(canada);
  EXPECT_TRUE(g.Lookup("Nowhereville").empty());
}

TEST(Gazetteer, RefusesDamagedFiles) {
  auto bad = Gazetteer::Parse("hello\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.tsv:1"), std::string::npos);
  auto newer = Gazetteer::Parse("#herodotus-gazetteer\t9\t0\n", "x.tsv");
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("version 9"), std::string::npos);
  auto truncated = Gazetteer::Parse(
      "#herodotus-gazetteer\t1\t2\nC\t1\tLand\t\tLND\t\t\t5\t\n", "x.tsv");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);
  auto fields = Gazetteer::Parse("#herodotus-gazetteer\t1\t1\nC\t1\tLand\n", "x.tsv");
  ASSERT_FALSE(fields.ok());
  EXPECT_NE(fields.status().message().find("x.tsv:2"), std::string::npos);
  auto coords = Gazetteer::Parse(
      "#herodotus-gazetteer\t1\t1\nP:PPL\t1\tTown\tR\tLND\t91\t0\t5\t\n", "x.tsv");
  EXPECT_FALSE(coords.ok());
  auto good = Gazetteer::Parse(
      "#herodotus-gazetteer\t1\t1\nP:PPL\t7\tSt. Town\tR\tLND\t1.5\t2\t5\tSaint Town\n", "x.tsv");
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ((*good)->Lookup("st town").size(), 1u);
  EXPECT_EQ((*good)->Lookup("Saint-Town").size(), 1u);
  auto missing = Gazetteer::Load("/nonexistent/gazetteer.tsv.gz");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/gazetteer.tsv.gz"), std::string::npos);
}

// "Two rockets were fired toward the airport compound in Basra": the place
// in the oblique of the trigger, even with another place first.
TEST(Places, AttachedOblique) {
  Sentence s = Rows(R"(U.S. U.S. PROPN 2 compound
officials official NOUN 3 nsubj
said say VERB 0 root
rockets rocket NOUN 6 nsubj:pass
were be AUX 6 aux:pass
fired fire VERB 3 ccomp
toward toward ADP 10 case
the the DET 10 det
airport airport NOUN 10 compound
compound compound NOUN 6 obl
in in ADP 12 case
Basra Basra PROPN 10 nmod)");
  Document doc;
  doc.article.date = Date{2018, 10, 3};
  doc.article.dateline = "WASHINGTON";
  doc.sentences.push_back(s);
  ArticleContext ctx = Shared().Prepare(doc);
  Event e;
  Shared().Annotate(ctx, doc.sentences[0], Find(s, "fired"), &e);
  ASSERT_TRUE(e.location);
  EXPECT_EQ(e.location->country, "IRQ");
  EXPECT_EQ(e.location->basis, "attached");
  EXPECT_TRUE(e.location->has_coordinates);
  // The saying has no locative oblique: the sentence's first locative place.
  Event said;
  Shared().Annotate(ctx, doc.sentences[0], Find(s, "said"), &said);
  ASSERT_TRUE(said.location);
  EXPECT_EQ(said.location->basis, "sentence");
  EXPECT_EQ(said.location->country, "IRQ");
}

TEST(Places, ObliqueOfTheObjectAndUnknownPlace) {
  Sentence s = Rows(R"(Militants militant NOUN 2 nsubj
attacked attack VERB 0 root
a a DET 4 det
checkpoint checkpoint NOUN 2 obj
near near ADP 6 case
Xyzabad Xyzabad PROPN 4 nmod
in in ADP 8 case
Syria Syria PROPN 2 obl)");
  Document doc;
  doc.sentences.push_back(s);
  ArticleContext ctx = Shared().Prepare(doc);
  Event e;
  Shared().Annotate(ctx, doc.sentences[0], 1, &e);
  ASSERT_TRUE(e.location);
  EXPECT_EQ(e.location->basis, "attached");
  // Obliques are taken in text order: "near Xyzabad" (the object's) before
  // "in Syria" (the trigger's) — the nearer, more precise place.
  EXPECT_EQ(e.location->name, "Xyzabad");
  EXPECT_EQ(e.location->geonameid, 0);
  EXPECT_FALSE(e.location->has_coordinates);
}

TEST(Places, ModifierIsNotTheSentencePlace) {
  Sentence s = Rows(R"(U.S. U.S. PROPN 2 compound
troops troop NOUN 3 nsubj
withdrew withdraw VERB 0 root)");
  Document doc;
  doc.article.dateline = "KABUL";
  doc.sentences.push_back(s);
  ArticleContext ctx = Shared().Prepare(doc);
  Event e;
  Shared().Annotate(ctx, doc.sentences[0], 2, &e);
  ASSERT_TRUE(e.location);
  EXPECT_EQ(e.location->basis, "dateline");
  EXPECT_EQ(e.location->country, "AFG");
}

// "killed three men in southeastern Serbia Friday", parsed with the weekday as
// the head and the place its compound: "in" before the adjective still makes
// the place locative.
TEST(Places, LocativeWordBeforeAnAdjectiveOfThePlace) {
  Sentence s = Rows(R"(Troops troop NOUN 2 nsubj
killed kill VERB 0 root
three three NUM 4 nummod
men man NOUN 2 obj
in in ADP 8 case
southeastern southeastern ADJ 7 amod
Serbia Serbia PROPN 8 compound
Friday Friday PROPN 4 appos)");
  Document doc;
  doc.article.date = Date{2001, 1, 5};
  doc.sentences.push_back(s);
  ArticleContext ctx = Shared().Prepare(doc);
  Event e;
  Shared().Annotate(ctx, doc.sentences[0], 1, &e);
  ASSERT_TRUE(e.location);
  EXPECT_EQ(e.location->country, "SRB");
  EXPECT_EQ(e.location->basis, "sentence");
}

TEST(Places, NerPersonIsNotAPlace) {
  Sentence s = Rows(R"(Paris Paris PROPN 2 nsubj
Hilton Hilton PROPN 3 flat
arrived arrive VERB 0 root)");
  s.tokens[0].ner = "B-PER";
  s.tokens[1].ner = "I-PER";
  EXPECT_TRUE(FindPlaceMentions(Shared().gazetteer(), s).empty());
}

TEST(Places, AfterAPlaceNounAndOfANameIsAPlaceWhateverTheNameTagger) {
  Sentence s = Rows(R"(in in ADP 3 case
the the DET 3 det
town town NOUN 0 root
of of ADP 5 case
Samarra Samarra PROPN 3 nmod)");
  s.tokens[4].ner = "B-PER";
  auto m = FindPlaceMentions(Shared().gazetteer(), s);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Samarra");
  ASSERT_FALSE(m[0].candidates.empty());
  EXPECT_EQ(ChoosePlace(m[0].candidates, PlaceContext{})->country, "IRQ");
}

// A place of a state that did not exist yet is of the state it was part of.
TEST(Places, JubaWasInSudanBeforeJuly2011) {
  Document doc;
  doc.article.id = "t";
  doc.sentences.push_back(Rows(R"(Rebels rebel NOUN 2 nsubj
shelled shell VERB 0 root
positions position NOUN 2 obj
near near ADP 5 case
Juba Juba PROPN 3 nmod
. . PUNCT 2 punct)"));
  for (auto [date, want] : {std::pair{Date{1992, 3, 1}, "SDN"}, std::pair{Date{2011, 7, 9}, "SSD"}}) {
    doc.article.date = date;
    ArticleContext ctx = Shared().Prepare(doc);
    Event e;
    Shared().Annotate(ctx, doc.sentences[0], 1, &e);
    ASSERT_TRUE(e.location);
    EXPECT_EQ(e.location->country, want) << date.ToString();
  }
}

TEST(Places, UsStateAbbreviationNarrowsAndJoins) {
  // Unparsed words: "Athens , GA ." and "Paris , Tex ." as a tokenizer may split them.
  for (const char* words : {"Athens , GA .", "Paris , Tex .", "Paris , Tex. ,"}) {
    Sentence s;
    std::string w;
    for (const char* p = words;; ++p) {
      if (*p == ' ' || *p == 0) {
        Token t;
        t.form = w;
        t.space_after = true;
        s.tokens.push_back(t);
        w.clear();
        if (*p == 0) break;
      } else {
        w += *p;
      }
    }
    auto m = FindPlaceMentions(Shared().gazetteer(), s);
    ASSERT_EQ(m.size(), 1u) << words;
    ASSERT_FALSE(m[0].candidates.empty());
    for (const Candidate& c : m[0].candidates) EXPECT_EQ(c.place->country, "USA") << words;
    const std::string expected = words[0] == 'A' ? "Athens, GA" : "Paris, Tex.";
    EXPECT_EQ(m[0].text, expected) << words;
  }
}

TEST(Places, TheHeadOfAnUnknownXOfYNameIsNoPlace) {
  // "Bay" is a region of Somalia and "Bank" a town in New Hampshire, but
  // "the Bay of Bengal" and "the Bank of England" are neither.
  Sentence s = Rows(R"(ships ship NOUN 2 nsubj
sailed sail VERB 0 root
in in ADP 6 case
the the DET 6 det
Bay Bay PROPN 2 obl
of of ADP 7 case
Bengal Bengal PROPN 5 nmod
. . PUNCT 2 punct)");
  for (const PlaceMention& m : FindPlaceMentions(Shared().gazetteer(), s)) {
    if (m.text == "Bay") {
      EXPECT_TRUE(m.candidates.empty());  // an unknown place at most
    }
    for (const Candidate& c : m.candidates) EXPECT_NE(c.place->country, "SOM") << m.text;
  }
}

}  // namespace
}  // namespace herodotus::discourse
