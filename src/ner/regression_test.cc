// The committed model must still reach the dev F1 recorded in it when it was
// trained (UNER English-EWT dev), and its test F1 must meet the acceptance bar.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "ner/iob_reader.h"
#include "ner/recognizer.h"
#include "ner/score.h"
#include "util/testing.h"

namespace herodotus::ner {
namespace {

double Score(const Recognizer& rec, const std::string& path) {
  auto gold = ReadIobFile(path);
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  if (!gold.ok()) return 0;
  EXPECT_TRUE(gold->errors.empty());
  std::vector<Sentence> pred = gold->sentences;
  for (Sentence& s : pred) rec.Tag(&s);
  auto scores = ScoreIob(gold->sentences, pred);
  EXPECT_TRUE(scores.ok());
  return scores.ok() ? scores->overall.f1() : 0;
}

TEST(NerRegression, CommittedModelOnUner) {
  HERODOTUS_REQUIRE_SHARED_DATA(data);
  std::string dir = data + "/ner/uner_ewt";
  if (!std::filesystem::exists(dir + "/en_ewt-ud-dev.iob2")) GTEST_SKIP() << dir << " not found";
  std::string model = ::herodotus::testing::SourceDir() + "/models/en.ner.hdm";
  auto rec = Recognizer::Load(model);
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  const std::string& meta = (*rec)->metadata();
  size_t at = meta.find("dev entity F1: ");
  ASSERT_NE(at, std::string::npos) << meta;
  double recorded = std::atof(meta.c_str() + at + 15) / 100;
  double dev = Score(**rec, dir + "/en_ewt-ud-dev.iob2");
  EXPECT_GE(dev, recorded - 0.0005) << "recorded " << recorded;
  double test = Score(**rec, dir + "/en_ewt-ud-test.iob2");
  EXPECT_GE(test, 0.75);
  RecordProperty("dev_f1", std::to_string(dev));
  RecordProperty("test_f1", std::to_string(test));
}

}  // namespace
}  // namespace herodotus::ner
