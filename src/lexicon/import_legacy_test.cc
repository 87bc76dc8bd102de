// Importers of the old PETRARCH-2 / TABARI formats, on small snippets written
// for this test (invented names and codes, not taken from any dictionary).
#include <gtest/gtest.h>

#include "lexicon/actor_dictionary.h"
#include "lexicon/frame_dictionary.h"
#include "lexicon/import_legacy.h"
#include "lexicon/import_petrarch.h"
#include "lexicon/import_tabari.h"

namespace herodotus::lexicon {
namespace {

TEST(LegacyImport, ActorsWithDatedRoles) {
  LegacyImport imp(LegacyDialect::kPetrarch);
  imp.AddActors("a.txt",
                "<!-- header\n comment -->\n"
                "FREEDONIA [FRD]\n+FREEDONIAN\n"
                "RUFUS_FIREFLY_  # leader\n  [FRDGOV >050101]\n  [FRDELI 900101-041231]\n"
                "NOBODY [---]\n"
                "BROKEN [FRD 991399]\n"
                "+ORPHAN\n");
  EXPECT_EQ(imp.counts().actors, 2u);
  EXPECT_EQ(imp.counts().roles, 2u);
  EXPECT_EQ(imp.counts().actors_skipped, 2u);  // null code, bad date
  ASSERT_FALSE(imp.diagnostics().empty());
  EXPECT_EQ(imp.diagnostics()[0].line, 9u);
  std::string text = imp.ActorsText();
  EXPECT_NE(text.find("name freedonia | freedonian"), std::string::npos);
  EXPECT_NE(text.find("role FRDGOV 2005-01-01.."), std::string::npos);
  EXPECT_NE(text.find("role FRDELI 1990-01-01..2004-12-31"), std::string::npos);
  LoadReport report;
  auto dict = ActorDictionary::LoadTexts({{"imported.txt", text}}, &report, false);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
}

TEST(LegacyImport, AgentsWithSubstitutions) {
  LegacyImport imp(LegacyDialect::kPetrarch);
  imp.AddAgents("g.txt",
                "!WORKER! = HAND, HANDS\n"
                "FARM!WORKER! {} [~AGR]\n"
                "HARBOR_MASTER {HARBOR_MASTERS} [~GOV] # note\n"
                "NO CODE HERE\n");
  std::string text = imp.AgentsText();
  EXPECT_NE(text.find("AGR farmhand | farmhands"), std::string::npos) << text;
  EXPECT_NE(text.find("harbor master"), std::string::npos);
  EXPECT_EQ(imp.counts().unreadable, 1u);
}

TEST(LegacyImport, PetrarchVerbBlocksBecomeFrames) {
  LegacyImport imp(LegacyDialect::kPetrarch);
  imp.AddVerbs("v.txt",
               "&FRUIT\n+APPLES\n+PEARS\n"
               "--- PELT [180] ---\nPELT\nSHOWER\n"
               "- * + WITH &FRUIT [181]\n"
               "- * {ROTTEN TOMATOES} [182]\n"
               "- * OFF + [183]\n"
               "- BADLY * + [184]\n"
               "- * {PEBBLES} [---]\n"
               "~ a (b . PELT) SAY = a b 015\n");
  std::string syn = imp.SynsetsText();
  EXPECT_NE(syn.find("@FRUIT = apple|pear"), std::string::npos) << syn;
  std::string frames = imp.FramesText(nullptr);
  EXPECT_NE(frames.find("180  SRC pelt TGT"), std::string::npos) << frames;
  EXPECT_NE(frames.find("181  SRC shower TGT with @FRUIT"), std::string::npos) << frames;
  EXPECT_NE(frames.find("182  SRC pelt {rotten_tomato}"), std::string::npos) << frames;
  EXPECT_NE(frames.find("183  SRC pelt off TGT"), std::string::npos) << frames;
  EXPECT_NE(frames.find("STOP  SRC pelt {pebble}"), std::string::npos) << frames;
  EXPECT_EQ(imp.unconvertible().at("words before the verb"), 1u);
  EXPECT_EQ(imp.unconvertible().at("transformation rule"), 1u);
  FrameLoadReport report;
  auto dict = FrameDictionary::LoadFromStrings({{"s.frames", syn}, {"f.frames", frames}}, nullptr, &report, false);
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(report.errors, 0u);
}

TEST(LegacyImport, TabariVerbsAndProject) {
  LegacyImport imp(LegacyDialect::kTabari);
  imp.AddVerbs("x.verbs",
               "<SYNSETS>\n&HUE\n+RED\n+BLUE\n</SYNSETS>\n<TIME>\nTOMORROW [+1]\n</TIME>\n"
               "PAINT [051] ;comment\n- * + { GREEN | &HUE } [052]\n- * % [053]\n");
  std::string frames = imp.FramesText(nullptr);
  EXPECT_NE(frames.find("051  SRC paint TGT"), std::string::npos) << frames;
  EXPECT_EQ(imp.unconvertible().at("synset inside alternatives"), 1u);
  EXPECT_EQ(imp.unconvertible().at("compound actor mark '%'"), 1u);
  auto files = TabariProjectFiles("title\n<actorsfile> a.actors\n<verbsfile>\tb.verbs\n<textfile> t.text\n");
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[1], "b.verbs");
  EXPECT_EQ(TabariFileKind("x/Y.agents", ""), LegacyFileKind::kAgents);
  EXPECT_EQ(PetrarchFileKind("x/CAMEO.2.0.txt", ""), LegacyFileKind::kVerbs);
}

TEST(LegacyImport, GarbageNeverCrashes) {
  LegacyImport imp(LegacyDialect::kPetrarch);
  std::string junk = "[[[]]] }{ - * ( ) {{ & + $ % ^ \n--- [\n- [\n!A!=\n\xff\xfe [~]\n&\n+\n~\n<X>\n";
  imp.AddActors("j", junk);
  imp.AddAgents("j", junk);
  imp.AddVerbs("j", junk);
  imp.FramesText(nullptr);
  EXPECT_GT(imp.counts().unreadable, 0u);
}

TEST(LegacyImport, NounLemmas) {
  EXPECT_EQ(LegacyNounLemma("TIES"), "tie");
  EXPECT_EQ(LegacyNounLemma("PARTIES"), "party");
  EXPECT_EQ(LegacyNounLemma("SANCTIONS"), "sanction");
  EXPECT_EQ(LegacyNounLemma("CONGRESSMEN"), "congressman");
  EXPECT_EQ(LegacyNounLemma("PROCESS"), "process");
}

}  // namespace
}  // namespace herodotus::lexicon
