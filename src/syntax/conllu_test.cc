#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include "util/testing.h"

namespace herodotus::syntax {
namespace {

constexpr char kDoc[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tknows\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = Hi\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n"
    "\n";

TEST(Conllu, ReadsSentenceWithMwtAndEmptyNode) {
  ConlluCorpus c = ParseConllu(kDoc, "x.conllu");
  ASSERT_EQ(c.bad_sentences, 0u) << (c.errors.empty() ? "" : c.errors[0]);
  ASSERT_EQ(c.sentences.size(), 2u);
  const Sentence& s = c.sentences[0];
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.text, "I don't know.");
  EXPECT_TRUE(s.paragraph_start);
  EXPECT_FALSE(c.sentences[1].paragraph_start);
  ASSERT_EQ(s.tokens.size(), 5u);
  EXPECT_EQ(s.tokens[1].form, "do");
  EXPECT_EQ(s.tokens[1].mwt_span, 2);
  EXPECT_EQ(s.tokens[1].mwt_form, "don't");
  EXPECT_EQ(s.tokens[2].mwt_span, 0);
  EXPECT_TRUE(s.tokens[2].space_after);
  EXPECT_FALSE(s.tokens[3].space_after);
  EXPECT_EQ(s.tokens[3].head, 0);
  EXPECT_EQ(s.tokens[0].head, 4);
  EXPECT_EQ(s.tokens[2].lemma, "not");
  EXPECT_EQ(s.tokens[0].feats, "Case=Nom");
  EXPECT_EQ(s.tokens[4].form, ".");
  EXPECT_EQ(s.tokens[1].start, 2u);
  EXPECT_EQ(s.tokens[1].end, 7u);
  EXPECT_EQ(s.tokens[4].start, 12u);
  EXPECT_EQ(SurfaceText(s), "I don't know.");
}

TEST(Conllu, RoundTrip) {
  ConlluCorpus c = ParseConllu(kDoc, "x");
  std::string out;
  for (const auto& s : c.sentences) AppendConllu(s, &out);
  ConlluCorpus again = ParseConllu(out, "y");
  ASSERT_EQ(again.sentences.size(), 2u);
  std::string out2;
  for (const auto& s : again.sentences) AppendConllu(s, &out2);
  EXPECT_EQ(out, out2);
  EXPECT_NE(out.find("2-3\tdon't\t"), std::string::npos);
  EXPECT_NE(out.find("SpaceAfter=No"), std::string::npos);
}

TEST(Conllu, MwtSpaceAfterOnRangeLine) {
  ConlluCorpus c = ParseConllu(
      "1-2\tCan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "1\tCa\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n"
      "2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n"
      "3\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n",
      "m");
  ASSERT_EQ(c.sentences.size(), 1u);
  const auto& t = c.sentences[0].tokens;
  EXPECT_TRUE(t[0].space_after);
  EXPECT_FALSE(t[1].space_after);
  EXPECT_EQ(SurfaceText(c.sentences[0]), "Can't!");
}

TEST(Conllu, BadSentencesAreSkippedWithFileLine) {
  std::string text =
      "# sent_id = bad1\n"
      "1\tA\ta\tDET\n"  // too few columns (line 2)
      "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
      "\n"
      "1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n"
      "3\tC\tc\tX\tX\t_\t1\tdep\t_\t_\n"  // id out of order (line 6)
      "\n"
      "1\tB\tb\tX\tX\t_\t7\troot\t_\t_\n"  // head out of range
      "\n"
      "1\tB\tb\tX\tX\t_\tx\troot\t_\t_\n"  // bad head (line 10)
      "\n"
      "1\tOk\tok\tX\tX\t_\t0\troot\t_\t_\n";  // no final blank line: still read
  ConlluCorpus c = ParseConllu(text, "f.conllu");
  EXPECT_EQ(c.bad_sentences, 4u);
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].rfind("f.conllu:2: ", 0), 0u) << c.errors[0];
  EXPECT_EQ(c.errors[1].rfind("f.conllu:6: ", 0), 0u) << c.errors[1];
  EXPECT_EQ(c.errors[3].rfind("f.conllu:10: ", 0), 0u) << c.errors[3];
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(c.sentences[0].tokens[0].form, "Ok");
}

TEST(Conllu, GarbageNeverCrashes) {
  ConlluCorpus c = ParseConllu("1-\t\t\n\t\t\t\n2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n#\n\n", "g");
  EXPECT_TRUE(c.sentences.empty());
  EXPECT_GE(c.bad_sentences, 1u);
}

TEST(Conllu, ReadsEwtDevCleanly) {
  HERODOTUS_REQUIRE_SHARED_DATA(data);
  auto c = ReadConlluFile(data + "/ud/ewt/en_ewt-ud-dev.conllu");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->bad_sentences, 0u) << (c->errors.empty() ? "" : c->errors[0]);
  EXPECT_EQ(c->sentences.size(), 2001u);
  size_t text_mismatch = 0;
  for (const auto& s : c->sentences) text_mismatch += SurfaceText(s) != s.text;
  EXPECT_EQ(text_mismatch, 0u);
}

}  // namespace
}  // namespace herodotus::syntax
