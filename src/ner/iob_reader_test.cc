#include "ner/iob_reader.h"

#include <gtest/gtest.h>

namespace herodotus::ner {
namespace {

std::vector<std::string> Tags(const Sentence& s) {
  std::vector<std::string> out;
  for (const Token& t : s.tokens) out.push_back(t.ner);
  return out;
}

TEST(IobReader, UnerColumnsCommentsAndExtraColumns) {
  IobCorpus c = ParseIob(
      "# sent_id = a\n# text = Bob went to Paris\n1\tBob\tB-PER\n2\twent\tO\t-\t-\n3\tto\tO\n"
      "4\tParis\tB-LOC\n\n# text = x\n1\t#\tO\n",
      "t.iob2");
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.sentences[0].tokens[0].form, "Bob");
  EXPECT_EQ(Tags(c.sentences[0]), (std::vector<std::string>{"B-PER", "O", "O", "B-LOC"}));
  EXPECT_EQ(c.first_line[0], 3);
  EXPECT_EQ(c.sentences[1].tokens[0].form, "#");
}

TEST(IobReader, TwoColumnIob1IsConvertedToIob2) {
  IobCorpus c = ParseIob("-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nband O\nJapanese I-MISC\n", "wg");
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(Tags(c.sentences[0]), (std::vector<std::string>{"B-ORG", "I-ORG", "O", "B-MISC"}));
}

TEST(IobReader, BadLinesSkipTheSentenceWithFileAndLine) {
  IobCorpus c = ParseIob("a\tO\nb\tX-PER\nc\tO\n\nd\tB-LOC\n\ne f g h\n\n0\tz\tO\n", "bad.conll");
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(c.sentences[0].tokens[0].form, "d");
  EXPECT_EQ(c.skipped_sentences, 3);
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_EQ(c.errors[0].rfind("bad.conll:2: bad tag 'X-PER'", 0), 0u) << c.errors[0];
  EXPECT_EQ(c.errors[1].rfind("bad.conll:7:", 0), 0u) << c.errors[1];
  EXPECT_EQ(c.errors[2].rfind("bad.conll:9: token id 0", 0), 0u) << c.errors[2];
}

TEST(IobReader, TypeMapRenamesAndDrops) {
  TypeMap map;
  ASSERT_TRUE(TypeMap::Parse("person=PER,creative-work=O", &map));
  IobCorpus c = ParseIob("Ann\tB-person\nsang\tO\nHello\tB-creative-work\nWorld\tI-creative-work\n", "w", map);
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(Tags(c.sentences[0]), (std::vector<std::string>{"B-PER", "O", "O", "O"}));
  EXPECT_FALSE(TypeMap::Parse("person", &map));
}

TEST(IobReader, CrlfAndNoFinalNewline) {
  IobCorpus c = ParseIob("a O\r\nb B-LOC", "x");
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(Tags(c.sentences[0]), (std::vector<std::string>{"O", "B-LOC"}));
}

TEST(IobReader, MissingFileIsAnError) {
  EXPECT_FALSE(ReadIobFile("/nonexistent/file.iob2").ok());
}

}  // namespace
}  // namespace herodotus::ner
