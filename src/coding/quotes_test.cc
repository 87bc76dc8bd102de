#include "coding/quotes.h"

#include <gtest/gtest.h>

#include "coding/test_util.h"

namespace herodotus::coding {
namespace {

using test::Rows;

TEST(QuotesTest, SpeakersAndParagraphContinuation) {
  Document doc;
  doc.sentences.push_back(Rows(R"(" " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
respond respond VERB 9 ccomp
, , PUNCT 4 punct
" " PUNCT 4 punct
the the DET 8 det
spokesman spokesman NOUN 9 nsubj
said say VERB 0 root
. . PUNCT 9 punct)", true));
  doc.sentences.push_back(Rows(R"(" " PUNCT 5 punct
The the DET 3 det
attack attack NOUN 5 nsubj
was be AUX 5 cop
crime crime NOUN 0 root
. . PUNCT 5 punct)", true));
  doc.sentences.push_back(Rows(R"(" " PUNCT 3 punct
We we PRON 3 nsubj
demand demand VERB 0 root
justice justice NOUN 3 obj
. . PUNCT 3 punct
" " PUNCT 3 punct)", true));
  doc.sentences.push_back(Rows(R"(Lavrov Lavrov PROPN 2 nsubj
said say VERB 0 root
: : PUNCT 2 punct)", true));
  doc.sentences.push_back(Rows(R"(" " PUNCT 3 punct
Talks talk NOUN 3 nsubj
continue continue VERB 0 root
. . PUNCT 3 punct
" " PUNCT 3 punct)", false));
  std::vector<Tree> trees;
  for (const auto& s : doc.sentences) trees.emplace_back(s);

  auto q = FindQuotes(doc, trees);
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].first, (TokenPos{0, 1}));
  EXPECT_EQ(q[0].last, (TokenPos{0, 4}));
  EXPECT_EQ(q[0].speaker, (TokenPos{0, 7}));  // spokesman
  // Paragraph 2 never closes its quote; paragraph 3 reopens it.
  EXPECT_EQ(q[1].first, (TokenPos{1, 1}));
  EXPECT_EQ(q[1].last, (TokenPos{1, 5}));
  EXPECT_FALSE(q[1].continued);
  EXPECT_TRUE(q[2].continued);
  EXPECT_EQ(q[1].speaker, q[0].speaker);  // unattributed: the last speaker
  EXPECT_EQ(q[2].speaker, q[0].speaker);
  // `Lavrov said: "…"` across a sentence boundary.
  EXPECT_EQ(q[3].speaker, (TokenPos{3, 0}));
  EXPECT_TRUE(q[0].Contains({0, 3}));
  EXPECT_FALSE(q[0].Contains({0, 7}));
}

TEST(QuotesTest, IndirectQuotationIsTheReportedClause) {
  Document doc;
  doc.sentences.push_back(Rows(R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
said say VERB 0 root
the the DET 5 det
convoy convoy NOUN 7 nsubj:pass
was be AUX 7 aux:pass
hit hit VERB 3 ccomp
. . PUNCT 3 punct)", true));
  std::vector<Tree> trees;
  for (const auto& s : doc.sentences) trees.emplace_back(s);
  auto q = FindQuotes(doc, trees);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].indirect);
  EXPECT_EQ(q[0].first, (TokenPos{0, 3}));
  EXPECT_EQ(q[0].last, (TokenPos{0, 6}));
  EXPECT_EQ(q[0].speaker, (TokenPos{0, 1}));  // ministry
}

}  // namespace
}  // namespace herodotus::coding
