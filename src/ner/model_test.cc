#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "ner/gazetteer.h"
#include "ner/model_io.h"
#include "ner/recognizer.h"
#include "util/file.h"

namespace herodotus::ner {
namespace {

const std::vector<std::string> kLabels = {"O", "B-PER", "I-PER", "L-PER", "U-PER"};

// A hand-built model that tags "Zork" as a person: every feature of that
// token votes U-PER, every feature of the other words votes O.
std::unique_ptr<Model> TinyModel() {
  const int L = static_cast<int>(kLabels.size());
  std::map<uint64_t, std::vector<float>> rows;
  auto vote = [&](const std::vector<std::string>& words, const std::vector<int>& labels) {
    SentenceFeatures f;
    ExtractFeatures(words, &f);
    for (int i = 0; i < f.size(); ++i) {
      for (uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
        auto& row = rows[f.ids[k]];
        row.resize(L, 0.f);
        row[labels[i]] += 1.f;
      }
    }
  };
  vote({"Zork", "spoke", "today"}, {4, 0, 0});
  vote({"they", "met", "Zork"}, {0, 0, 4});
  std::vector<uint64_t> keys;
  std::vector<float> w;
  for (auto& [k, row] : rows) {
    keys.push_back(k);
    w.insert(w.end(), row.begin(), row.end());
  }
  auto m = std::make_unique<Model>(kLabels, std::vector<float>((L + 1) * L, 0.f), std::vector<float>(L, 0.f));
  m->SetWeights(std::move(keys), std::move(w));
  m->Quantize();
  return m;
}

std::string TinyModelBytes(std::vector<std::string> expected = {}) {
  auto m = TinyModel();
  std::vector<std::string> words = {"Zork", "spoke", "today"};
  if (expected.empty()) expected = TagWords(*m, words);
  auto bytes = SerializeModel(*m, "tiny test model", {{words, expected}});
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : std::string();
}

TEST(NerModel, RoundTripAndTagging) {
  std::string bytes = TinyModelBytes();
  auto rec = Recognizer::FromBytes(bytes, "tiny.hdm");
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  EXPECT_EQ((*rec)->metadata(), "tiny test model");
  EXPECT_EQ((*rec)->TagWords({"Zork", "spoke", "today"}), (std::vector<std::string>{"B-PER", "O", "O"}));
  EXPECT_EQ((*rec)->types(), std::vector<std::string>{"PER"});
  Sentence s;
  for (const char* w : {"they", "met", "Zork"}) {
    Token t;
    t.form = w;
    s.tokens.push_back(t);
  }
  (*rec)->Tag(&s);
  EXPECT_EQ(s.tokens[2].ner, "B-PER");
  EXPECT_EQ(s.tokens[0].ner, "O");
  auto spans = ExtractSpans(s);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (EntitySpan{2, 3, "PER"}));
  // Serializing the loaded model reproduces the file byte for byte.
  auto file = ParseModel(bytes, "tiny.hdm");
  ASSERT_TRUE(file.ok());
  auto again = SerializeModel(*file->model, file->metadata, file->self_tests);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, bytes);
}

TEST(NerModel, EmptySentence) {
  auto rec = Recognizer::FromBytes(TinyModelBytes(), "tiny.hdm");
  ASSERT_TRUE(rec.ok());
  Sentence s;
  (*rec)->Tag(&s);
  EXPECT_TRUE((*rec)->TagWords({}).empty());
}

void ExpectError(std::string_view bytes, StatusCode code, std::string_view needle) {
  auto r = ParseModel(bytes, "m.hdm");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), code) << r.status().ToString();
  EXPECT_NE(r.status().message().find("m.hdm"), std::string::npos) << r.status().ToString();
  EXPECT_NE(r.status().message().find(needle), std::string::npos) << r.status().ToString();
}

TEST(NerModel, TruncatedFiles) {
  std::string bytes = TinyModelBytes();
  ExpectError(bytes.substr(0, 10), StatusCode::kDataLoss, "truncated");
  ExpectError(bytes.substr(0, bytes.size() - 1), StatusCode::kDataLoss, "payload bytes");
  ExpectError("", StatusCode::kDataLoss, "truncated");
}

TEST(NerModel, CorruptFiles) {
  std::string bytes = TinyModelBytes();
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x5a;
  ExpectError(flipped, StatusCode::kDataLoss, "checksum");
  std::string magic = bytes;
  magic[0] = 'X';
  ExpectError(magic, StatusCode::kDataLoss, "magic");
  ExpectError(bytes + "x", StatusCode::kDataLoss, "payload bytes");
  std::string size = bytes;
  size[16] ^= 1;  // header's payload size is covered by the checksum
  ExpectError(size, StatusCode::kDataLoss, "checksum");
}

TEST(NerModel, NewerFormatIsRefused) {
  std::string bytes = TinyModelBytes();
  bytes[8] = static_cast<char>(kModelFormatVersion + 1);
  ExpectError(bytes, StatusCode::kUnsupported, "newer");
}

TEST(NerModel, SelfTestMismatchIsRefused) {
  std::string bytes = TinyModelBytes({"O", "O", "O"});
  ExpectError(bytes, StatusCode::kDataLoss, "self-test");
}

TEST(NerModel, LoadFromFile) {
  std::string path = ::testing::TempDir() + "/ner_model_test.hdm";
  ASSERT_TRUE(WriteFileAtomic(path, TinyModelBytes()).ok());
  auto rec = Recognizer::Load(path);
  EXPECT_TRUE(rec.ok()) << rec.status().ToString();
  std::remove(path.c_str());
  auto missing = Recognizer::Load(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find(path), std::string::npos);
}

TEST(NerFeatures, ShapesAndDeterminism) {
  EXPECT_EQ(WordShape("Obama", true), "Xx");
  EXPECT_EQ(WordShape("U.S.", true), "X.X.");
  EXPECT_EQ(WordShape("2001", false), "dddd");
  SentenceFeatures a, b;
  ExtractFeatures({"John", "lives", "in", "Paris"}, &a);
  ExtractFeatures({"John", "lives", "in", "Paris"}, &b);
  EXPECT_EQ(a.ids, b.ids);
  EXPECT_EQ(a.size(), 4);
  EXPECT_EQ(a.ids[0], BiasFeature());
}

TEST(NerGazetteer, LongestPhraseAndClasses) {
  auto g = MatchGazetteer({"in", "new", "york", "city", "mr.", "smith"});
  EXPECT_TRUE(g[1] & (1u << (8 + kGazPlace)));
  EXPECT_TRUE(g[3] & (1u << kGazPlace));
  EXPECT_TRUE(g[4] & (1u << kGazTitle));
  EXPECT_EQ(g[0], 0u);
}

}  // namespace
}  // namespace herodotus::ner

namespace herodotus::ner {
namespace {

TEST(Lexicon, BitsByPhraseAndPlaces) {
  Lexicon lex;
  lex.SetCapBucket("paris", 3);
  lex.Add("paris", Lexicon::kPlace | Lexicon::kAfterLocCue);
  lex.Add("new south wales", Lexicon::kPlace);
  lex.SetCapBucket("the", 0);
  EXPECT_EQ(lex.CapBucket("paris"), 3);
  EXPECT_EQ(lex.Get("paris"), 4 | Lexicon::kPlace | Lexicon::kAfterLocCue);
  EXPECT_EQ(lex.ContextBits("paris"), Lexicon::kAfterLocCue >> 4);
  EXPECT_EQ(lex.CapBucket("the"), 0);
  EXPECT_EQ(lex.Get("london"), 0);
  EXPECT_EQ(lex.CapBucket("london"), -1);
  EXPECT_EQ(lex.Get("new south wales"), Lexicon::kPlace);
  EXPECT_EQ(lex.Get("new south"), 0);  // a prefix is no entry
  EXPECT_EQ(lex.entries().size(), 3u);
  const std::vector<uint8_t> m = lex.MatchPlaces({"from", "new", "south", "wales", "to", "paris"});
  EXPECT_EQ(m, (std::vector<uint8_t>{0, 3, 1, 1, 0, 3}));
}

}  // namespace
}  // namespace herodotus::ner
