// Legacy TABARI engine on invented dictionaries and sentences.
#include <gtest/gtest.h>


#include <string>
#include <tuple>
#include <vector>

#include "compat/tabari_coder.h"
#include "compat/tabari_dictionary.h"
#include "compat/tabari_text.h"

namespace herodotus::compat {
namespace {

constexpr char kActors[] =
    "<ADJECTIVE>\nBRAVE\n</ADJECTIVE>\n"
    "NORLAND  [NRL] ; a comment\n"
    "SUDRIA_ [SUD]\n"
    "WESTMARK\n+WEST_MARCH\n\t[WMK <010101]\n\t[WMKGOV]\n"
    "PIRATE_BAY [###]\n"
    "EASTHOLM [---]\n"
    "ISLE OF MISTS [IOM]\n"
    "TWIN_CITIES [TCA/TCB]\n"
    "[ 991201-010114]\n";
constexpr char kAgents[] = "POLICE_ [~COP]\nACTIVISTS_ [NGM~]\nBADLINE\n";
constexpr char kVerbs[] =
    "<SYNSETS>\n&FOOD\n+BREAD\n+SALT_FISH\n</SYNSETS>\n"
    "PRAISE [051]\n"
    "- * &FOOD [070]\n"
    "- NOT_* [112]\n"
    "- + WAS * BY $ [052]\n"
    "VISIT_ [042:043]\n"
    "HELP [070]\n"
    "- * { LOUDLY | SOFTLY } ASKED [090]\n"
    "SEND AID [071]\n"
    "CHESS [+++]\n"
    "- * without star line\n";

TabariDictionary MakeDict() {
  TabariDictionary d;
  d.AddActors("test.actors", kActors);
  d.AddAgents("test.agents", kAgents);
  d.AddVerbs("test.verbs", kVerbs);
  d.AddOptions("test.options", "COMPLEX: VERBS[6] CONJ[5] NOACTPRIOR\nSET: MINIMUM WORDS = 2\n");
  return d;
}

using Triple = std::tuple<std::string, std::string, std::string>;

// FORWARD on: "he" in the second sentence of a story is the first one's
// subject (actor code only); off: no antecedent, no event.
void TabariStory(TabariDictionary& d) {
  TabariCoder coder(&d);
  auto code = [&](const char* text, LegacyStoryContext* story) {
    std::vector<Triple> out;
    for (const auto& e : coder.Code(text, 20050101, nullptr, story)) out.emplace_back(e.source, e.target, e.code);
    return out;
  };
  LegacyStoryContext story;
  story.Reset("s1");
  EXPECT_TRUE(code("He praised Sudria.", &story).empty());
  ASSERT_TRUE(d.ApplyOption("FORWARD: ^^*****NNN*SSS"));
  story.Reset("s1");
  EXPECT_EQ(code("Sudria police praised Norland.", &story), (std::vector<Triple>{{"SUDCOP", "NRL", "051"}}));
  EXPECT_EQ(code("He praised Norland again.", &story), (std::vector<Triple>{{"SUD", "NRL", "051"}}));
  ASSERT_TRUE(d.ApplyOption("FORWARD: ^^*****NNN*SSS OFF"));
  EXPECT_TRUE(code("He praised Norland again.", &story).empty());
}
std::vector<Triple> Code(const TabariDictionary& d, const std::string& text, int32_t date = 20050101) {
  std::vector<Triple> out;
  for (const auto& e : TabariCoder(&d).Code(text, date)) out.emplace_back(e.source, e.target, e.code);
  return out;
}

TEST(TabariDictionary, ReportsUnreadableLinesWithFileAndLine) {
  TabariDictionary d = MakeDict();
  std::vector<std::string> msgs;
  for (const auto& x : d.diagnostics()) msgs.push_back(x.ToString());
  EXPECT_NE(std::find(msgs.begin(), msgs.end(), "test.actors:14: code block without a code: [991201-010114]"),
            msgs.end());
  bool agent = false, pattern = false;
  for (const auto& m : msgs) {
    agent |= m.rfind("test.agents:3:", 0) == 0;
    pattern |= m.rfind("test.verbs:15:", 0) == 0;
  }
  EXPECT_TRUE(agent);
  EXPECT_TRUE(pattern);
  EXPECT_EQ(d.options().complex_verbs, 6);
  EXPECT_TRUE(d.options().no_actor_prior);
}

TEST(TabariDictionary, PhraseMarkers) {
  LegacyPhrase p;
  ASSERT_TRUE(ParseLegacyPhrase("west_march big= stem~_x", &p));
  ASSERT_EQ(p.words.size(), 5u);
  EXPECT_EQ(p.words[0].mode, WordMode::kRegular);
  EXPECT_TRUE(p.adjacent[0]);
  EXPECT_EQ(p.words[1].mode, WordMode::kStem);
  EXPECT_FALSE(p.adjacent[1]);
  EXPECT_EQ(p.words[2].mode, WordMode::kExact);
  EXPECT_EQ(p.words[3].mode, WordMode::kStem);
  EXPECT_TRUE(p.adjacent[3]);
  EXPECT_EQ(ParseLegacyDate("991201"), 19991201);
  EXPECT_EQ(ParseLegacyDate("050601"), 20050601);
  EXPECT_EQ(ParseLegacyDate("05x601"), 0);
}

TEST(TabariText, SplitsSentencesAndMarksPossessives) {
  auto s = SplitLegacySentences("Norland's envoy met U.S. aides, then left. Sudria waited!");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].tokens[0].word, "NORLAND");
  EXPECT_TRUE(s[0].tokens[0].possessive);
  EXPECT_EQ(s[0].tokens[3].word, "U.S.");
  EXPECT_EQ(s[0].tokens[5].kind, LegacyToken::kComma);
  EXPECT_EQ(s[1].tokens[0].word, "SUDRIA");
}

TEST(TabariCoder, DefaultCodeSourceBeforeTargetAfter) {
  TabariDictionary d = MakeDict();
  EXPECT_EQ(Code(d, "Norland praised Sudria on Monday."),
            (std::vector<Triple>{{"NRL", "SUD", "051"}}));
  // Regular endings on SUDRIA_, none on a stem-only mismatch.
  EXPECT_EQ(Code(d, "Norland praised Sudrias."), (std::vector<Triple>{{"NRL", "SUD", "051"}}));
  EXPECT_TRUE(Code(d, "Norland praised Sudriax.").empty());
}

TEST(TabariCoder, PatternsSynsetsAlternativesAndPassive) {
  TabariDictionary d = MakeDict();
  EXPECT_EQ(Code(d, "Norland praised salt fish from Sudria."), (std::vector<Triple>{{"NRL", "SUD", "070"}}));
  EXPECT_EQ(Code(d, "Norland did not praise Sudria."), (std::vector<Triple>{{"NRL", "SUD", "112"}}));
  EXPECT_EQ(Code(d, "Norland did not often praise Sudria."), (std::vector<Triple>{{"NRL", "SUD", "051"}}));
  EXPECT_EQ(Code(d, "Norland helped softly asked Sudria."), (std::vector<Triple>{{"NRL", "SUD", "090"}}));
  EXPECT_EQ(Code(d, "Sudria was praised by Norland."), (std::vector<Triple>{{"NRL", "SUD", "052"}}));
}

TEST(TabariCoder, PairedCodesCompoundsAgentsAndDates) {
  TabariDictionary d = MakeDict();
  EXPECT_EQ(Code(d, "Norland and the brave Sudria visited Westmark."),
            (std::vector<Triple>{{"NRL", "WMKGOV", "042"}, {"WMKGOV", "NRL", "043"},
                                 {"SUD", "WMKGOV", "042"}, {"WMKGOV", "SUD", "043"}}));
  EXPECT_EQ(Code(d, "West March helped Sudria police.", 19990101), (std::vector<Triple>{{"WMK", "SUDCOP", "070"}}));
  EXPECT_EQ(Code(d, "Activists in Norland helped Twin Cities."),
            (std::vector<Triple>{{"NGMNRL", "TCA", "070"}, {"NGMNRL", "TCB", "070"}}));
}

TEST(TabariCoder, NounShiftsClausesDiscardsAndComplex) {
  TabariDictionary d = MakeDict();
  EXPECT_TRUE(Code(d, "Norland ended the praise of Sudria.").empty());
  EXPECT_TRUE(Code(d, "Norland ended Praise of Sudria.").empty());
  EXPECT_TRUE(Code(d, "Norland, which praised Eastholm, waited for Sudria.").empty());
  EXPECT_TRUE(Code(d, "Norland praised Sudria near Pirate Bay.").empty());
  EXPECT_TRUE(Code(d, "Norland praised Sudria at chess.").empty());
  EXPECT_EQ(Code(d, "Norland will send more aid to Sudria."), (std::vector<Triple>{{"NRL", "SUD", "071"}}));
  // A null-coded actor is a noun; the next actor is the target.
  EXPECT_EQ(Code(d, "Norland praised Eastholm and Sudria."), (std::vector<Triple>{{"NRL", "SUD", "051"}}));
}

TEST(TabariCoder, ForwardCarriesTheSubjectAcrossAStory) {
  TabariDictionary d = MakeDict();
  TabariStory(d);
}

TEST(TabariCoder, NeverFailsOnOddText) {
  TabariDictionary d = MakeDict();
  for (const char* t : {"", ".", ",,,,", "'s 's", "Norland", "praised", "\xff\xfe Norland praised , , Sudria"})
    (void)Code(d, t);
}

}  // namespace
}  // namespace herodotus::compat
