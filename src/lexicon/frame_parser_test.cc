// Frame format: parsing, UD element mapping, and file:line errors.
#include <gtest/gtest.h>

#include <algorithm>

#include "lexicon/cameo_table.h"
#include "lexicon/frame_dictionary.h"

namespace herodotus::lexicon {
namespace {

constexpr char kCameo[] =
    "# herodotus-cameo 1\n"
    "code\tlabel\troot\tquad_class\tgoldstein\tplover_event\tplover_mode\tplover_context\tderived\n"
    "010\tMake statement\t01\t0\t0.0\t\t\t\tplover:dropped\n"
    "0231\tAppeal for economic aid\t02\t1\t3.4\t\t\t\tplover:dropped\n"
    "036\tExpress intent to meet or negotiate\t03\t1\t4.0\tAGREE\t\tdiplomatic\t\n"
    "040\tConsult\t04\t1\t1.0\tCONSULT\t\t\t\n"
    "112\tAccuse\t11\t3\t-2.0\tACCUSE\tdisapprove\t\t\n"
    "1711\tConfiscate property\t17\t4\t-9.2\tCOERCE\tseize\thuman_security\t\n"
    "1721\tImpose restrictions on political freedoms\t17\t4\t-5.0\tCOERCE\trestrict\trights_freedoms\t\n"
    "190\tUse conventional military force\t19\t4\t-10.0\tASSAULT\t\tmilitary\t\n";

struct Loaded {
  std::unique_ptr<CameoTable> cameo;
  std::unique_ptr<FrameDictionary> dict;
  FrameLoadReport report;
};

Loaded LoadText(const std::string& text, bool strict = false) {
  Loaded l;
  auto c = CameoTable::Parse("test.tsv", kCameo);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  l.cameo = std::move(c).value();
  auto d = FrameDictionary::LoadFromStrings({{"t.frames", "# herodotus-frames 1\n" + text}}, l.cameo.get(),
                                            &l.report, strict);
  if (d.ok()) l.dict = std::move(d).value();
  return l;
}

std::string Errors(const FrameLoadReport& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += d.ToString() + "\n";
  return out;
}

TEST(FrameParserTest, VerbFrameWithPrepositionAndParticle) {
  auto l = LoadText("@WEAPON = rocket|missile\n"
                    "190 SRC fire @WEAPON at TGT   # \"militants fired rockets at the base\"\n"
                    "1721 SRC crack down on TGT\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  auto fire = l.dict->ForTrigger("fire", TriggerKind::kVerb);
  ASSERT_EQ(fire.size(), 1u);
  const Frame& f = fire[0];
  EXPECT_EQ(f.code, "190");
  EXPECT_EQ(f.line, 3u);
  ASSERT_EQ(f.elements.size(), 3u);
  EXPECT_EQ(f.elements[0].kind, ElementKind::kSubject);
  EXPECT_EQ(f.elements[0].role, Role::kSource);
  EXPECT_EQ(f.elements[1].kind, ElementKind::kObject);
  ASSERT_NE(f.elements[1].nouns, nullptr);
  EXPECT_EQ(f.elements[1].nouns->name, "WEAPON");
  EXPECT_TRUE(f.elements[1].nouns->HasHead("missile"));
  EXPECT_EQ(f.elements[2].kind, ElementKind::kOblique);
  EXPECT_EQ(f.elements[2].words, std::vector<std::string>{"at"});
  EXPECT_EQ(f.elements[2].role, Role::kTarget);

  auto crack = l.dict->ForTrigger("crack", TriggerKind::kVerb);
  ASSERT_EQ(crack.size(), 1u);
  EXPECT_EQ(crack[0].elements[1].kind, ElementKind::kParticle);
  EXPECT_EQ(crack[0].elements[1].words[0], "down");
  EXPECT_EQ(crack[0].elements[2].kind, ElementKind::kOblique);
  EXPECT_EQ(crack[0].elements[2].words[0], "on");
}

TEST(FrameParserTest, XcompEmbeddedEventAndStatus) {
  auto l = LoadText("0231 [hypothetical] SRC call on TGT to ...\n"
                    "036 SRC agree to meet (with TGT)\n"
                    "112 [alleged] SRC accuse TGT of ...\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  const Frame& call = l.dict->ForTrigger("call", TriggerKind::kVerb)[0];
  EXPECT_TRUE(call.has_content_status);
  EXPECT_EQ(call.content_status, EventStatus::kHypothetical);
  EXPECT_EQ(call.elements[1].kind, ElementKind::kOblique);
  EXPECT_EQ(call.elements[2].kind, ElementKind::kClause);
  EXPECT_EQ(call.elements[2].words[0], "to");
  EXPECT_EQ(call.elements[2].role, Role::kEvent);

  const Frame& agree = l.dict->ForTrigger("agree", TriggerKind::kVerb)[0];
  ASSERT_EQ(agree.elements.size(), 3u);
  EXPECT_EQ(agree.elements[1].kind, ElementKind::kXcomp);
  EXPECT_EQ(agree.elements[1].words[0], "meet");
  EXPECT_EQ(agree.elements[2].attach, 1);  // "with TGT" hangs off "meet"
  EXPECT_TRUE(agree.elements[2].optional);

  const Frame& accuse = l.dict->ForTrigger("accuse", TriggerKind::kVerb)[0];
  EXPECT_EQ(accuse.content_status, EventStatus::kAlleged);
  EXPECT_EQ(accuse.elements[2].words[0], "of");
}

TEST(FrameParserTest, NounFramesPossessorsAndIndirectObjects) {
  auto l = LoadText("190 noun SRC's {air|drone} strike on TGT\n"
                    "1711 SRC seize TGT's {property|asset}\n"
                    "040 SRC offer TGT {talk}\n"
                    "040 noun SRC's {talk|meeting} with TGT\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  const Frame& strike = l.dict->ForTrigger("strike", TriggerKind::kNoun)[0];
  EXPECT_EQ(strike.kind, TriggerKind::kNoun);
  EXPECT_EQ(strike.elements[0].kind, ElementKind::kSubject);
  EXPECT_EQ(strike.elements[1].kind, ElementKind::kModifier);
  EXPECT_EQ(strike.elements[2].kind, ElementKind::kOblique);
  EXPECT_TRUE(l.dict->ForTrigger("strike", TriggerKind::kVerb).empty());

  EXPECT_EQ(l.dict->ForTrigger("meeting", TriggerKind::kNoun).size(), 1u);  // trigger set
  EXPECT_EQ(l.dict->ForTrigger("talk", TriggerKind::kNoun).size(), 1u);
  const Frame& seize = l.dict->ForTrigger("seize", TriggerKind::kVerb)[0];
  EXPECT_EQ(seize.elements[1].kind, ElementKind::kObject);
  EXPECT_EQ(seize.elements[1].possessor, Role::kTarget);
  EXPECT_EQ(seize.Find(Role::kTarget), &seize.elements[1]);

  const Frame& offer = l.dict->ForTrigger("offer", TriggerKind::kVerb)[0];
  EXPECT_EQ(offer.elements[1].kind, ElementKind::kIndirectObject);
  EXPECT_EQ(offer.elements[2].kind, ElementKind::kObject);
}

TEST(FrameParserTest, TriggerAlternativesStopsAndOrder) {
  auto l = LoadText("190 SRC attack TGT\n"
                    "190 SRC attack|assault TGT with {rocket}\n"
                    "STOP {earthquake|storm} strike|hit\n"
                    "190 SRC hit TGT\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  auto attack = l.dict->ForTrigger("attack", TriggerKind::kVerb);
  ASSERT_EQ(attack.size(), 2u);
  EXPECT_GT(attack[0].specificity, attack[1].specificity);  // most specific first
  EXPECT_EQ(l.dict->ForTrigger("assault", TriggerKind::kVerb).size(), 1u);
  auto hit = l.dict->ForTrigger("hit", TriggerKind::kVerb);
  ASSERT_EQ(hit.size(), 2u);
  EXPECT_TRUE(hit[0].stop());  // stops come first
  EXPECT_TRUE(hit[0].elements[0].nouns->HasHead("earthquake"));
}

TEST(FrameParserTest, ObjectFlagKeepsOnlyTheTransitiveSense) {
  auto l = LoadText("190 [obj] SRC hit TGT\n"
                    "190 SRC attack TGT\n"
                    "STOP [obj] {storm} hit\n");
  EXPECT_EQ(l.report.errors, 1u) << Errors(l.report);  // a stop takes no flags
  ASSERT_NE(l.dict, nullptr);
  auto hit = l.dict->ForTrigger("hit", TriggerKind::kVerb);
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_TRUE(hit[0].needs_object());
  EXPECT_FALSE(l.dict->ForTrigger("attack", TriggerKind::kVerb)[0].needs_object());
}

TEST(FrameParserTest, ParticlesBeforeObjects) {
  auto l = LoadText("190 SRC carry out {attack} on TGT\n"
                    "1721 SRC shut down TGT\n"
                    "190 SRC take_over TGT\n"
                    "036 SRC agree to back_down\n"
                    "190 SRC fire on TGT\n"
                    "190 SRC attack TGT with TGT\n");
  EXPECT_EQ(l.report.errors, 1u) << Errors(l.report);  // TGT twice
  const Frame& carry = l.dict->ForTrigger("carry", TriggerKind::kVerb)[0];
  EXPECT_EQ(carry.elements[1].kind, ElementKind::kParticle);
  EXPECT_EQ(carry.elements[2].kind, ElementKind::kObject);
  EXPECT_EQ(carry.elements[3].kind, ElementKind::kOblique);
  const Frame& shut = l.dict->ForTrigger("shut", TriggerKind::kVerb)[0];
  EXPECT_EQ(shut.elements[1].kind, ElementKind::kParticle);
  EXPECT_EQ(shut.elements[2].role, Role::kTarget);
  const Frame& take = l.dict->ForTrigger("take", TriggerKind::kVerb)[0];
  EXPECT_EQ(take.elements[1].kind, ElementKind::kParticle);
  EXPECT_EQ(take.elements[1].words[0], "over");
  EXPECT_EQ(take.elements[2].kind, ElementKind::kObject);
  const Frame& agree = l.dict->ForTrigger("agree", TriggerKind::kVerb)[0];
  EXPECT_EQ(agree.elements[1].words[0], "back");
  EXPECT_EQ(agree.elements[2].kind, ElementKind::kParticle);
  EXPECT_EQ(agree.elements[2].attach, 1);
  const Frame& fire = l.dict->ForTrigger("fire", TriggerKind::kVerb)[0];
  EXPECT_EQ(fire.elements[1].kind, ElementKind::kOblique);  // "on" + argument = preposition
}

TEST(FrameParserTest, ContentClauseWithItsOwnVerb) {
  auto l = LoadText("190 SRC demand that TGT withdraw {troop} from {border}\n"
                    "036 SRC demand that TGT pull_out\n"
                    "112 SRC urge TGT to attack\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  const auto demand = l.dict->ForTrigger("demand", TriggerKind::kVerb);
  ASSERT_EQ(demand.size(), 2u);
  const Frame& f = demand[0].elements.size() > demand[1].elements.size() ? demand[0] : demand[1];
  EXPECT_EQ(f.elements[1].kind, ElementKind::kCcomp);
  EXPECT_EQ(f.elements[1].words[0], "withdraw");
  EXPECT_EQ(f.elements[2].kind, ElementKind::kSubject);
  EXPECT_EQ(f.elements[2].role, Role::kTarget);
  EXPECT_EQ(f.elements[2].attach, 1);
  EXPECT_EQ(f.elements[3].kind, ElementKind::kObject);
  EXPECT_EQ(f.elements[3].attach, 1);
  const Frame& g = demand[0].elements.size() > demand[1].elements.size() ? demand[1] : demand[0];
  EXPECT_EQ(g.elements[1].words[0], "pull");
  EXPECT_EQ(g.elements[3].kind, ElementKind::kParticle);
  EXPECT_EQ(g.elements[3].attach, 1);
  auto bad = LoadText("182 SRC sexually assault TGT\n"
                     "182 SRC shoot TGT very dead\n");
  EXPECT_EQ(bad.report.errors, 2u) << Errors(bad.report);
  auto held = LoadText("112 [alleged] SRC hold TGT responsible for ...\n");
  ASSERT_EQ(held.report.errors, 0u) << Errors(held.report);
  const Frame& h = held.dict->ForTrigger("hold", TriggerKind::kVerb)[0];
  EXPECT_EQ(h.elements[2].kind, ElementKind::kXcomp);
  EXPECT_TRUE(h.elements[2].marks.empty());
  EXPECT_EQ(h.elements[3].attach, 2);  // "for ..." hangs off "responsible"
  EXPECT_EQ(h.elements[3].role, Role::kEvent);
  const Frame& urge = l.dict->ForTrigger("urge", TriggerKind::kVerb)[0];
  EXPECT_EQ(urge.elements[1].kind, ElementKind::kObject);  // "to" is a preposition: no clause
}

TEST(FrameParserTest, TiesGoToTheMoreSpecificCode) {
  auto l = LoadText("190 SRC fire {rocket} at TGT\n"
                    "112 SRC fire {rocket|shell} at TGT\n"
                    "1711 SRC fire {shell} at TGT\n");
  ASSERT_EQ(l.report.errors, 0u) << Errors(l.report);
  auto fire = l.dict->ForTrigger("fire", TriggerKind::kVerb);
  ASSERT_EQ(fire.size(), 3u);
  EXPECT_EQ(fire[0].code, "1711");  // not "not specified below", longest
  EXPECT_EQ(fire[1].code, "112");
  EXPECT_EQ(fire[2].code, "190");   // ends in 0: generic, last
}

TEST(FrameParserTest, SynsetMembersMultiword) {
  SynsetMember m;
  ASSERT_TRUE(ParseSynsetMember("state_of_emergency", &m));
  EXPECT_EQ(m.head, "state");
  EXPECT_EQ(m.complement, std::vector<std::string>{"emergency"});
  EXPECT_EQ(m.complement_case, "of");
  ASSERT_TRUE(ParseSynsetMember("martial_law", &m));
  EXPECT_EQ(m.head, "law");
  EXPECT_EQ(m.modifiers, std::vector<std::string>{"martial"});
  EXPECT_FALSE(ParseSynsetMember("Talks", &m));
  EXPECT_FALSE(ParseSynsetMember("a__b", &m));
}

TEST(FrameParserTest, ErrorsCarryFileAndLine) {
  auto l = LoadText("190 SRC attack TGT\n"          // line 2: fine
                    "999 SRC attack TGT\n"          // 3: unknown code
                    "190 SRC fire @NOPE at TGT\n"   // 4: unknown synset
                    "190 SRC attack TGT\n"          // 5: duplicate of line 2
                    "112 SRC accuse TGT of ...\n"   // 6: embedded event without status
                    "19x SRC attack\n"              // 7: bad code
                    "190 [wat] SRC attack\n"        // 8: unknown flag
                    "190 SRC attack (TGT\n"         // 9: unclosed (
                    "190 SRC talks loudly\n"        // 10: stray word
                    "190 noun attack TGT\n"         // 11: noun with bare object
                    "190\n"                         // 12: no pattern
                    "@BAD = Foo|bar\n"              // 13: bad member
                    "190 [alleged] SRC attack TGT\n");  // 14: status without ...
  ASSERT_NE(l.dict, nullptr);
  EXPECT_EQ(l.report.errors, 12u) << Errors(l.report);
  std::vector<uint32_t> lines;
  for (const auto& d : l.report.diagnostics) {
    EXPECT_EQ(d.file, "t.frames");
    lines.push_back(d.line);
  }
  std::sort(lines.begin(), lines.end());
  EXPECT_EQ(lines, (std::vector<uint32_t>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
  EXPECT_NE(Errors(l.report).find("t.frames:3: error: unknown CAMEO code 999"), std::string::npos);
  EXPECT_NE(Errors(l.report).find("t.frames:4: error: unknown synset @NOPE"), std::string::npos);
  EXPECT_NE(Errors(l.report).find("t.frames:5: error: duplicate frame"), std::string::npos);
  EXPECT_EQ(l.dict->ForTrigger("attack", TriggerKind::kVerb).size(), 1u);  // the good one survives

  auto strict = LoadText("999 SRC attack TGT\n", /*strict=*/true);
  EXPECT_EQ(strict.dict, nullptr);
}

TEST(FrameParserTest, HeaderIsRequiredAndVersioned) {
  FrameLoadReport r;
  auto d = FrameDictionary::LoadFromStrings({{"a.frames", "190 SRC attack TGT\n"}}, nullptr, &r, false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ((*d)->size(), 0u);
  EXPECT_EQ(r.errors, 1u);
  auto newer = FrameDictionary::LoadFromStrings({{"b.frames", "# herodotus-frames 2\n190 SRC attack TGT\n"}},
                                                nullptr, nullptr, false);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kUnsupported);
}

TEST(FrameParserTest, GarbageNeverCrashes) {
  const std::vector<std::string> bad = {"(", ")", "{", "}", "@", "@=", "@X=", "190 (", "190 )", "190 {}", "190 SRC's",
                       "190 noun", "190 noun SRC's", "190 SRC to", "190 SRC attack to", "STOP [sym] SRC x ...",
                       "190 [", "190 []", "0 x", "190 SRC x ... ...", "190 SRC x (on (TGT))",
                       "\xff\xfe", "190 SRC x\ty\r", std::string(5000, 'a')};
  for (const std::string& b : bad) {
    auto l = LoadText(b + "\n");
    EXPECT_NE(l.dict, nullptr);
  }
}

}  // namespace
}  // namespace herodotus::lexicon
