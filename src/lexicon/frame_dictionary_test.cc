// The committed dictionary: dict/frames/*.frames against dict/cameo/cameo.tsv.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "lexicon/cameo_table.h"
#include "lexicon/frame_dictionary.h"
#include "lexicon/frame_lint.h"
#include "util/testing.h"

namespace herodotus::lexicon {
namespace {

struct Committed {
  std::unique_ptr<CameoTable> cameo;
  std::unique_ptr<FrameDictionary> dict;
  FrameLoadReport report;
};

const Committed& Load() {
  static Committed* c = [] {
    auto* out = new Committed();
    std::string root = testing::SourceDir();
    auto cameo = CameoTable::Load(root + "/dict/cameo/cameo.tsv");
    EXPECT_TRUE(cameo.ok()) << cameo.status().ToString();
    if (cameo.ok()) out->cameo = std::move(cameo).value();
    auto files = FrameDictionary::ListFiles(root + "/dict/frames");
    EXPECT_TRUE(files.ok());
    if (!files.ok()) return out;
    auto dict = FrameDictionary::Load(*files, out->cameo.get(), &out->report, /*strict=*/false);
    EXPECT_TRUE(dict.ok()) << dict.status().ToString();
    if (dict.ok()) out->dict = std::move(dict).value();
    return out;
  }();
  return *c;
}

TEST(CommittedFramesTest, EveryLineParsesWithAKnownCode) {
  const Committed& c = Load();
  ASSERT_NE(c.dict, nullptr);
  std::string diags;
  for (const auto& d : c.report.diagnostics) diags += d.ToString() + "\n";
  EXPECT_EQ(c.report.errors, 0u) << diags;
  for (const Frame& f : c.dict->frames()) {
    if (f.stop()) continue;
    EXPECT_TRUE(c.cameo->Contains(f.code)) << f.file << ":" << f.line << ": " << f.code;
  }
}

TEST(CommittedFramesTest, AtLeastAThousandFramesCoveringEveryRoot) {
  const Committed& c = Load();
  ASSERT_NE(c.dict, nullptr);
  EXPECT_GE(c.report.lines, 1000u);
  std::map<std::string, int> per_root;
  for (const Frame& f : c.dict->frames())
    if (!f.stop()) per_root[f.code.substr(0, 2)]++;
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_GE(per_root[root], 10) << "root " << root;
  }
}

TEST(CommittedFramesTest, Lookups) {
  const Committed& c = Load();
  ASSERT_NE(c.dict, nullptr);
  auto codes = [&](std::string_view lemma, TriggerKind k) {
    std::set<std::string> out;
    for (const Frame& f : c.dict->ForTrigger(lemma, k)) out.insert(f.code);
    return out;
  };
  EXPECT_TRUE(codes("visit", TriggerKind::kVerb).count("042"));
  EXPECT_TRUE(codes("host", TriggerKind::kVerb).count("043"));
  EXPECT_TRUE(codes("accuse", TriggerKind::kVerb).count("112"));
  EXPECT_TRUE(codes("arrest", TriggerKind::kVerb).count("173"));
  EXPECT_TRUE(codes("attack", TriggerKind::kNoun).count("190"));
  EXPECT_TRUE(codes("talk", TriggerKind::kNoun).count("040") || codes("talk", TriggerKind::kNoun).count("046"));
  EXPECT_TRUE(codes("crack", TriggerKind::kVerb).count("175"));
  EXPECT_TRUE(codes("threaten", TriggerKind::kVerb).count("138"));
  EXPECT_TRUE(codes("impose", TriggerKind::kVerb).count("163"));
  EXPECT_TRUE(codes("deny", TriggerKind::kVerb).count("016"));
  EXPECT_TRUE(c.dict->ForTrigger("talks", TriggerKind::kNoun).empty());  // lemmas only
  EXPECT_TRUE(c.dict->ForTrigger("no-such-lemma", TriggerKind::kVerb).empty());

  // Speech acts mark their embedded event.
  bool accuse_alleged = false, deny_denied = false, threaten_hyp = false;
  for (const Frame& f : c.dict->ForTrigger("accuse", TriggerKind::kVerb))
    accuse_alleged |= f.has_content_status && f.content_status == EventStatus::kAlleged;
  for (const Frame& f : c.dict->ForTrigger("deny", TriggerKind::kVerb))
    deny_denied |= f.has_content_status && f.content_status == EventStatus::kDenied;
  for (const Frame& f : c.dict->ForTrigger("threaten", TriggerKind::kVerb))
    threaten_hyp |= f.has_content_status && f.content_status == EventStatus::kHypothetical;
  EXPECT_TRUE(accuse_alleged);
  EXPECT_TRUE(deny_denied);
  EXPECT_TRUE(threaten_hyp);

  // "heart attack" is stopped.
  bool heart_stop = false;
  for (const Frame& f : c.dict->ForTrigger("attack", TriggerKind::kNoun))
    heart_stop |= f.stop() && !f.elements.empty() && f.elements[0].nouns && f.elements[0].nouns->HasHead("heart");
  EXPECT_TRUE(heart_stop);
}

TEST(CommittedFramesTest, LintIsClean) {
  std::string root = testing::SourceDir();
  std::ostringstream out;
  FrameLintResult r = LintFrames({root + "/dict/frames"}, root + "/dict/cameo/cameo.tsv", out);
  EXPECT_TRUE(r.ok()) << out.str();
  EXPECT_EQ(r.warnings, 0u) << out.str();
  EXPECT_EQ(r.lines_per_root.size(), 20u) << out.str();
}

TEST(CameoTableTest, CommittedTableHasEveryRootAndFacts) {
  const Committed& c = Load();
  ASSERT_NE(c.cameo, nullptr);
  EXPECT_GT(c.cameo->size(), 280u);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_NE(c.cameo->Find(root), nullptr) << root;
  }
  const CameoCode* accuse = c.cameo->Find("112");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->root, "11");
  EXPECT_EQ(accuse->quad_class, 3);
  EXPECT_DOUBLE_EQ(accuse->goldstein, -2.0);
  EXPECT_EQ(accuse->plover_event, "ACCUSE");
  EXPECT_EQ(accuse->plover_mode, "disapprove");
  const CameoCode* statement = c.cameo->Find("010");
  ASSERT_NE(statement, nullptr);
  EXPECT_EQ(statement->quad_class, 0);
  EXPECT_EQ(statement->plover_event, "");
  const CameoCode* fight = c.cameo->Find("193");
  ASSERT_NE(fight, nullptr);
  EXPECT_EQ(fight->quad_class, 4);
  EXPECT_DOUBLE_EQ(fight->goldstein, -10.0);
  EXPECT_EQ(fight->plover_event, "ASSAULT");
  EXPECT_EQ(c.cameo->Find("999"), nullptr);
}

TEST(CameoTableTest, RejectsBadTables) {
  EXPECT_EQ(CameoTable::Parse("x", "nope\n").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(CameoTable::Parse("x", "# herodotus-cameo 9\n").status().code(), StatusCode::kUnsupported);
  auto bad = CameoTable::Parse("x", "# herodotus-cameo 1\ncode\tlabel\troot\tquad_class\tgoldstein\ta\tb\tc\n"
                                    "112\tAccuse\t11\tthree\t-2\t\t\t\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x:3:"), std::string::npos);
}

}  // namespace
}  // namespace herodotus::lexicon
