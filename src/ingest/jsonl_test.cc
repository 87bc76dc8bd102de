#include <gtest/gtest.h>

#include <vector>

#include "herodotus/ingest.h"
#include "util/testing.h"

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

namespace herodotus {
namespace {

std::string Example(const std::string& name) {
  return testing::SourceDir() + "/examples/" + name;
}

TEST(Jsonl, EachBadRecordKindIsOneIssueAndTheBatchGoesOn) {
  auto r = ArticleReader::Open(Example("bad.jsonl"), {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<IngestIssue> issues;
  (*r)->set_issue_handler([&](const IngestIssue& i) { issues.push_back(i); });
  std::vector<std::string> ids;
  Article a;
  while ((*r)->Next(&a)) ids.push_back(a.id);
  EXPECT_TRUE((*r)->status().ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"good-1", "good-2"}));
  EXPECT_EQ((*r)->read(), 2u);
  EXPECT_EQ((*r)->skipped(), 13u);
  const std::pair<size_t, const char*> expected[] = {
      {2, "invalid UTF-8"},
      {3, "NUL byte at column"},
      {4, "field \"text\" contains a NUL byte"},
      {5, "missing field \"id\""},
      {6, "missing field \"text\""},
      {7, "field \"title\" is not a string"},
      {8, "malformed date \"04/02/2019\""},
      {9, "impossible date \"2019-02-30\""},
      {10, "missing field \"date\""},
      {11, "invalid JSON"},
      {12, "empty text"},
      {13, "not a JSON object"},
      {14, "invalid UTF-8"},
  };
  ASSERT_EQ(issues.size(), std::size(expected));
  for (size_t i = 0; i < issues.size(); ++i) {
    EXPECT_EQ(issues[i].file, Example("bad.jsonl"));
    EXPECT_EQ(issues[i].line, expected[i].first);
    EXPECT_NE(issues[i].reason.find(expected[i].second), std::string::npos)
        << "line " << issues[i].line << ": " << issues[i].reason;
  }
}

TEST(Jsonl, DefaultDateFillsMissingDatesOnly) {
  IngestOptions opt;
  opt.default_date = Date{2020, 1, 2};
  Outcome run = ReadAll(
      "{\"id\":\"a\",\"text\":\"x\"}\n"
      "{\"id\":\"b\",\"text\":\"x\",\"date\":null}\n"
      "{\"id\":\"c\",\"text\":\"x\",\"date\":\"\"}\n"
      "{\"id\":\"d\",\"text\":\"x\",\"date\":\"2019-02-29\"}\n"  // still rejected
      "{\"id\":\"e\",\"text\":\"x\",\"date\":\"2019-02-28T10:00:00Z\"}\n",
      opt);
  ASSERT_EQ(run.articles.size(), 4u);
  EXPECT_EQ(run.articles[0].date, (Date{2020, 1, 2}));
  EXPECT_EQ(run.articles[2].date, (Date{2020, 1, 2}));
  EXPECT_EQ(run.articles[3].date, (Date{2019, 2, 28}));
  ASSERT_EQ(run.issues.size(), 1u);
  EXPECT_EQ(run.issues[0].line, 4u);
}

TEST(Jsonl, BlankLinesCrlfNumericIdsAndOptionalDate) {
  IngestOptions opt;
  opt.require_date = false;
  Outcome run = ReadAll("\n  \n{\"id\":7,\"text\":\"a\"}\r\n\r\n{\"id\":\"x\",\"text\":\"b\"}", opt);
  ASSERT_EQ(run.articles.size(), 2u);
  EXPECT_EQ(run.articles[0].id, "7");
  EXPECT_EQ(run.articles[0].origin, "in.jsonl:3");
  EXPECT_FALSE(run.articles[0].date.known());
  EXPECT_EQ(run.articles[1].origin, "in.jsonl:5");
  EXPECT_EQ(run.skipped, 0u);
}

TEST(Jsonl, ArticleOverBudgetIsSkipped) {
  IngestOptions opt;
  opt.max_article_bytes = 100;
  std::string big(150, 'a');
  Outcome run = ReadAll("{\"id\":\"a\",\"date\":\"2019-01-01\",\"text\":\"" + big + "\"}\n" +
                            "{\"id\":\"b\",\"date\":\"2019-01-01\",\"text\":\"ok\"}\n" +
                            std::string(5000, 'x') + "\n",
                        opt);
  ASSERT_EQ(run.articles.size(), 1u);
  EXPECT_EQ(run.articles[0].id, "b");
  ASSERT_EQ(run.issues.size(), 2u);
  EXPECT_NE(run.issues[0].reason.find("larger than 100"), std::string::npos);
  EXPECT_EQ(run.issues[1].line, 3u);
  EXPECT_NE(run.issues[1].reason.find("record longer than"), std::string::npos);
}

TEST(Jsonl, HundredMegabyteLineIsSkippedWithoutHoldingIt) {
  std::string path = ::testing::TempDir() + "/herodotus_100mb.jsonl";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("{\"id\":\"before\",\"date\":\"2019-01-01\",\"text\":\"first\"}\n", f);
    std::fputs("{\"id\":\"huge\",\"date\":\"2019-01-01\",\"text\":\"", f);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fputs("\"}\n{\"id\":\"after\",\"date\":\"2019-01-01\",\"text\":\"last\"}\n", f);
    std::fclose(f);
  }
  auto r = ArticleReader::Open(path, {});
  ASSERT_TRUE(r.ok());
  std::vector<IngestIssue> issues;
  (*r)->set_issue_handler([&](const IngestIssue& i) { issues.push_back(i); });
  std::vector<std::string> ids;
  Article a;
  while ((*r)->Next(&a)) ids.push_back(a.id);
  std::remove(path.c_str());
  EXPECT_EQ(ids, (std::vector<std::string>{"before", "after"}));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].line, 2u);
  EXPECT_EQ((*r)->skipped(), 1u);
}

TEST(Reader, OpenErrorsAndFormats) {
  EXPECT_EQ(ArticleReader::Open("/nonexistent/x.jsonl", {}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ArticleReader::Open(testing::SourceDir(), {}).status().code(), StatusCode::kIoError);
  IngestOptions bad;
  bad.format = "pdf";
  EXPECT_EQ(ArticleReader::Open(Example("bad.jsonl"), bad).status().code(),
            StatusCode::kInvalidArgument);
  // Sniffed from content when the extension says nothing.
  EXPECT_EQ(ArticleReader::FromString("  {\"id\":1}", "feed", {})->format(), "jsonl");
  EXPECT_EQ(ArticleReader::FromString("<html>", "page", {})->format(), "html");
  EXPECT_EQ(ArticleReader::FromString("BAGHDAD -", "story", {})->format(), "txt");
  EXPECT_EQ(ArticleReader::FromString("x", "a.HTM", {})->format(), "html");
  EXPECT_EQ(ArticleReader::FromString("x", "-", {})->format(), "txt");  // not stdin
}

}  // namespace
}  // namespace herodotus
