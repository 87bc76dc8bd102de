// The whole pipeline on articles written for the test, with the committed
// models and dictionaries.
#include "herodotus/pipeline.h"

#include <gtest/gtest.h>

#include <string>

namespace herodotus {
namespace {

// A 5,000-token sentence is counted and skipped; the sentences around it are
// still coded, and the time stays linear (the parser never sees it).
TEST(Pipeline, OverlongSentenceIsCountedAndSkipped) {
  auto p = Pipeline::Open(Options{});
  if (!p.ok()) GTEST_SKIP() << "pipeline unavailable: " << p.status().ToString();
  Article a;
  a.id = "long";
  a.date = Date{2019, 6, 14};
  a.text = "Iranian forces attacked a Saudi convoy on Monday.\n\n";
  for (int i = 0; i < 5000; ++i) a.text += (i % 7 == 0) ? "rockets " : "and ";
  a.text += "fell.\n\nIraqi police arrested twelve protesters in Basra on Tuesday.";
  Document doc;
  std::vector<Event> events;
  Status s = (*p)->Code(a, &doc, &events, nullptr);
  if (s.code() == StatusCode::kUnsupported) GTEST_SKIP() << s.ToString();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(doc.long_sentences, 1u);
  bool first = false, last = false;
  for (const Event& e : events) {
    if (e.root == "19" || e.root == "18") first = true;
    if (e.root == "17") last = true;
  }
  EXPECT_TRUE(first) << "the sentence before the long one was not coded";
  EXPECT_TRUE(last) << "the sentence after the long one was not coded";
}

}  // namespace
}  // namespace herodotus
