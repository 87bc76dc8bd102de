// Legacy engine with PETRARCH-2 dictionaries: invented verbs, actors,
// agents and discards in the CAMEO.2.0 / PETRARCH formats.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "compat/tabari_coder.h"
#include "compat/tabari_dictionary.h"

namespace herodotus::compat {
namespace {

constexpr char kVerbs[] =
    "<!-- a comment\n  over two lines -->\n"
    "&NEGAUX  # synset\n+DID N'T\n+WILL NOT\n\n"
    "--- PRAISE [051] ---\n"
    "PRAISE {PRAISED}\n"
    "+SING_PRAISES [052]\n"
    "- &NEGAUX * [112]  # a pattern\n"
    "- * FOR AID [070]\n"
    "--- MEET [036] ---\n"
    "MEET {MET}\n"
    "- * WITH % [031]\n"
    "ODD LINE IS A VERB\n"
    "--- BAD HEADER ---\n";
constexpr char kActors[] = "NORLAND [NRL]  # comment\nSUDRIA [SUD]\n+SUDRIAN\nWESTMARK\n\t[WMK <20010101]\n\t[WMKGOV]\n";
constexpr char kAgents[] =
    "!PERSON! = MAN, WOMAN\n"
    "OFFICIAL {OFFICIALS} [~GOV]\n"
    "MEDIA {} [~MED]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "BROKEN LINE\n";
constexpr char kDiscards[] = "+CHESS MATCH\nFOOTBALL # sport\n";

TabariDictionary MakeDict() {
  TabariDictionary d;
  d.AddPetrarchVerbs("p.verbs.txt", kVerbs);
  d.AddPetrarchActors("p.actors.txt", kActors);
  d.AddPetrarchAgents("p.agents.txt", kAgents);
  d.AddDiscards("p.discards.txt", kDiscards);
  return d;
}

using Triple = std::tuple<std::string, std::string, std::string>;
std::vector<Triple> Code(const TabariDictionary& d, const std::string& text, int32_t date = 20050101) {
  std::vector<Triple> out;
  for (const auto& e : TabariCoder(&d).Code(text, date)) out.emplace_back(e.source, e.target, e.code);
  return out;
}

TEST(PetrarchDictionary, CommentsAndUnreadableLines) {
  EXPECT_EQ(StripPetrarchComments("A <!-- x\ny --> B # c [#] \nC [###] # d"), "A \n B \nC [###] ");
  TabariDictionary d = MakeDict();
  std::vector<std::string> msgs;
  for (const auto& x : d.diagnostics()) msgs.push_back(x.ToString());
  bool header = false, agent = false;
  for (const auto& m : msgs) {
    header |= m.rfind("p.verbs.txt:16:", 0) == 0;
    agent |= m.rfind("p.agents.txt:5:", 0) == 0;
  }
  EXPECT_TRUE(header);
  EXPECT_TRUE(agent);
}

TEST(PetrarchCoder, WholeWordsFormsSynsetsAndContractions) {
  TabariDictionary d = MakeDict();
  EXPECT_EQ(Code(d, "Norland praised Sudria."), (std::vector<Triple>{{"NRL", "SUD", "051"}}));
  // Whole words: PRAISE does not match PRAISEWORTHY.
  EXPECT_TRUE(Code(d, "Norland praiseworthy Sudria.").empty());
  EXPECT_EQ(Code(d, "Norland didn't praise Sudria."), (std::vector<Triple>{{"NRL", "SUD", "112"}}));
  EXPECT_EQ(Code(d, "Norland praised Sudrian plans for aid."), (std::vector<Triple>{{"NRL", "SUD", "070"}}));
  EXPECT_EQ(Code(d, "Norland will sing praises to Sudria."), (std::vector<Triple>{{"NRL", "SUD", "052"}}));
  // No capital-letter noun shift and no minimum length in PETRARCH.
  EXPECT_EQ(Code(d, "Norland Praised Sudria."), (std::vector<Triple>{{"NRL", "SUD", "051"}}));
}

TEST(PetrarchCoder, AgentsDatesCompoundsAndDiscards) {
  TabariDictionary d = MakeDict();
  EXPECT_EQ(Code(d, "Norland officials praised Westmark.", 19990101), (std::vector<Triple>{{"NRLGOV", "WMK", "051"}}));
  EXPECT_EQ(Code(d, "A congresswoman praised Westmark."), (std::vector<Triple>{{"---LEG", "WMKGOV", "051"}}));
  // require_dyad (PETRARCH's default) drops an event without a target.
  EXPECT_TRUE(Code(d, "Norland praised the plan.").empty());
  ASSERT_TRUE(d.ApplyOption("require_dyad = false"));
  EXPECT_EQ(Code(d, "Norland praised the plan."), (std::vector<Triple>{{"NRL", "---", "051"}}));
  ASSERT_TRUE(d.ApplyOption("require_dyad = true"));
  EXPECT_EQ(Code(d, "Norland met with Sudria and Westmark."),
            (std::vector<Triple>{{"SUD", "WMKGOV", "031"}, {"WMKGOV", "SUD", "031"}}));
  EXPECT_TRUE(Code(d, "Norland praised Sudria after the chess match.").empty());
  // An agent joined by AND to an actor's agent is that actor's too.
  EXPECT_EQ(Code(d, "Norland media and officials praised Westmark."),
            (std::vector<Triple>{{"NRLMED", "WMKGOV", "051"}, {"NRLGOV", "WMKGOV", "051"}}));
}

}  // namespace
}  // namespace herodotus::compat
