#include <gtest/gtest.h>

#include <vector>

#include "herodotus/ingest.h"

namespace herodotus {
namespace {

struct Outcome {
  std::vector<Article> articles;
  std::vector<IngestIssue> issues;
  size_t skipped = 0;
};

Outcome ReadAll(std::string data, IngestOptions opt = {}) {
  Outcome run;
  auto r = ArticleReader::FromString(std::move(data), "in.jsonl", opt);
  r->set_issue_handler([&](const IngestIssue& i) { run.issues.push_back(i); });
  Article a;
  while (r->Next(&a)) run.articles.push_back(a);
  run.skipped = r->skipped();
  EXPECT_TRUE(r->status().ok());
  EXPECT_EQ(r->read(), run.articles.size());
  return run;
}

TEST(Jsonl, GoodRecord) {
  Outcome run = ReadAll(
      R"({"id":"a1","date":"2018-10-03","text":"Hello.\n\nWorld.","title":"T","url":"u","source":"s","x":1})"
      "\n");
  ASSERT_EQ(run.articles.size(), 1u);
  const Article& a = run.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, (Date{2018, 10, 3}));
  EXPECT_EQ(a.text, "Hello.\n\nWorld.");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.url, "u");
  EXPECT_EQ(a.source, "s");
  EXPECT_EQ(a.origin, "in.jsonl:1");
  EXPECT_EQ(run.skipped, 0u);
}

}  // namespace
}  // namespace herodotus
