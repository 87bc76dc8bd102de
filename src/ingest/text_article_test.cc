// Plain-text and HTML ingest on the example articles and on edge cases.
#include <gtest/gtest.h>

#include <chrono>
#include <map>

#include "herodotus/ingest.h"
#include "util/file.h"
#include "util/testing.h"

namespace herodotus {
namespace {

std::string Example(const std::string& name) {
  return testing::SourceDir() + "/examples/" + name;
}

Article ReadOne(const std::string& path, IngestOptions opt = {}) {
  auto r = ArticleReader::Open(path, opt);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  Article a;
  EXPECT_TRUE(r.ok() && (*r)->Next(&a)) << path;
  return a;
}

// Article from a string; reason of the skip when there is none.
std::string FromString(const std::string& data, const std::string& name, Article* a,
                       IngestOptions opt = {}) {
  std::string reason;
  auto r = ArticleReader::FromString(data, name, opt);
  r->set_issue_handler([&](const IngestIssue& i) { reason = i.reason; });
  if (!r->Next(a)) return reason.empty() ? "no article" : reason;
  return "";
}

std::map<std::string, Article> JsonlExamples() {
  std::map<std::string, Article> by_id;
  auto r = ArticleReader::Open(Example("articles.jsonl"), {});
  Article a;
  while ((*r)->Next(&a)) by_id[a.id] = a;
  EXPECT_EQ((*r)->skipped(), 0u);
  return by_id;
}

TEST(TextArticle, ExampleFilesGiveTheSameTextAsTheJsonl) {
  auto jsonl = JsonlExamples();
  ASSERT_EQ(jsonl.size(), 8u);
  for (const char* file : {"ex01-consulate-rockets.txt", "ex07-border-clash.txt",
                           "ex08-court-ruling.txt", "ex03-sanctions-threat.html"}) {
    SCOPED_TRACE(file);
    Article a = ReadOne(Example(file));
    ASSERT_TRUE(jsonl.count(a.id)) << a.id;
    const Article& j = jsonl[a.id];
    EXPECT_EQ(a.text, j.text);
    EXPECT_EQ(a.date, j.date);
    EXPECT_EQ(a.title, j.title);
    EXPECT_EQ(a.source, j.source);
  }
}

TEST(TextArticle, DatelinesAndHeaders) {
  Article a = ReadOne(Example("ex07-border-clash.txt"));
  EXPECT_EQ(a.dateline, "ISLAMABAD");
  EXPECT_EQ(a.date, (Date{2019, 2, 27}));
  a = ReadOne(Example("ex08-court-ruling.txt"));
  EXPECT_EQ(a.dateline, "NAIROBI, Kenya");
  EXPECT_EQ(a.source, "Eastline News");
  a = ReadOne(Example("ex01-consulate-rockets.txt"));
  EXPECT_EQ(a.dateline, "");
  EXPECT_EQ(a.source, "The Capital Ledger");
  EXPECT_EQ(a.id, "ex01-consulate-rockets");
}

TEST(TextArticle, YearOfAShortDatelineComesFromTheDefaultDate) {
  Article a;
  IngestOptions opt;
  EXPECT_NE(FromString("BAGHDAD, Oct 3 (Reuters) - Iraqi forces moved.\n", "a.txt", &a, opt)
                .find("no date"),
            std::string::npos);
  opt.default_date = Date{2018, 12, 31};
  a = Article();
  ASSERT_EQ(FromString("BAGHDAD, Oct 3 (Reuters) - Iraqi forces moved.\n", "a.txt", &a, opt), "");
  EXPECT_EQ(a.date, (Date{2018, 10, 3}));
  EXPECT_EQ(a.text, "Iraqi forces moved.");
  EXPECT_EQ(a.source, "Reuters");
}

TEST(TextArticle, ParagraphsBomCrlfAndBoilerplate) {
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 1, 1};
  ASSERT_EQ(FromString("\xEF\xBB\xBF" "First line\r\nsame paragraph.\r\n\r\n\r\nAdvertisement\r\n\r\n"
                       "Second paragraph.\r\nAll rights reserved.\r\n",
                       "b.txt", &a, opt),
            "");
  EXPECT_EQ(a.text, "First line\nsame paragraph.\n\nSecond paragraph.");
  EXPECT_EQ(a.title, "");  // a first line running into the next is not a headline
}

TEST(TextArticle, ADatelineLineIsNeverTheTitle) {
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 1, 1};
  ASSERT_EQ(FromString("WASHINGTON (AP) \xE2\x80\x94 Senate passes bill\n\nMore text.\n", "t.txt", &a,
                       opt),
            "");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.dateline, "WASHINGTON");
  EXPECT_EQ(a.text, "Senate passes bill\n\nMore text.");
}

TEST(TextArticle, BadFilesAreSkippedWithAReason) {
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 1, 1};
  EXPECT_EQ(FromString("caf\xC3", "c.txt", &a, opt), "invalid UTF-8");
  EXPECT_NE(FromString(std::string("a\0b", 3), "c.txt", &a, opt).find("NUL"), std::string::npos);
  EXPECT_EQ(FromString(" \n\n\t\n", "c.txt", &a, opt), "empty text");
  EXPECT_EQ(FromString("Click to Read More\n© 2019 X\n", "c.txt", &a, opt), "empty text");
  opt.max_article_bytes = 10;
  EXPECT_NE(FromString("Twelve bytes", "c.txt", &a, opt).find("larger than 10"), std::string::npos);
}

TEST(Html, BoilerplateIsRemovedFromTheExamplePage) {
  Article a = ReadOne(Example("ex03-sanctions-threat.html"));
  for (const char* junk : {"Click to Read More", "Read more", "Sign up", "Subscribe", "cookies",
                           "Share on", "Tweet", "Advertisement", "Join the conversation",
                           "All rights reserved", "Related stories", "Politics", "dataLayer",
                           "font-family", "Flags outside", "By Lena Vogt", "Privacy policy",
                           "BRUSSELS", "Northline Press"}) {
    EXPECT_EQ(a.text.find(junk), std::string::npos) << junk;
  }
  EXPECT_EQ(a.dateline, "BRUSSELS");
  EXPECT_EQ(a.date, (Date{2020, 10, 2}));
  EXPECT_EQ(a.url, "https://northline.example/news/2020/10/02/eu-belarus-sanctions");
  EXPECT_TRUE(a.text.starts_with("The European Union on Thursday"));
  EXPECT_NE(a.text.find("“These are people"), std::string::npos);  // entities decoded
}

TEST(Html, DensestBlockWithoutArticleOrMain) {
  std::string page =
      "<html><head><title>Talks | Site</title></head><body>"
      "<div class=menu><p>Home</p><p>World</p></div>"
      "<div id=story><h1>Ministers meet</h1><p>WASHINGTON (AP) &mdash; The ministers met on "
      "Tuesday.</p><p>They agreed<br>to meet again.</p></div>"
      "<div><p>Short.</p></div><footer>© 2019</footer></body></html>";
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 5, 1};
  ASSERT_EQ(FromString(page, "p.html", &a, opt), "");
  EXPECT_EQ(a.text, "The ministers met on Tuesday.\n\nThey agreed\nto meet again.");
  EXPECT_EQ(a.title, "Ministers meet");
  EXPECT_EQ(a.source, "AP");
  EXPECT_EQ(a.dateline, "WASHINGTON");
}

TEST(Html, DeepNestingIsFlattenedQuickly) {
  std::string page = "<html><body><article><p>Deep text.</p>";
  for (int i = 0; i < 200000; ++i) page += "<div><b>";
  page += "inner words";
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 5, 1};
  auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(FromString(page, "deep.html", &a, opt), "");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);
  EXPECT_NE(a.text.find("Deep text."), std::string::npos);
  EXPECT_NE(a.text.find("inner words"), std::string::npos);
}

TEST(Html, TeaserArticlesDoNotHideTheStory) {
  std::string page =
      "<body><aside><article><p>Related: a teaser about something else entirely.</p></article>"
      "</aside><div class=story><p>The envoy met the minister on Monday.</p>"
      "<p>They agreed to a ceasefire.</p></div></body>";
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 5, 1};
  ASSERT_EQ(FromString(page, "t.html", &a, opt), "");
  EXPECT_EQ(a.text, "The envoy met the minister on Monday.\n\nThey agreed to a ceasefire.");
}

TEST(Html, MisnestedTagsStayFast) {
  // Patterns that make gumbo nest without bound or re-run the adoption agency.
  for (const char* unit : {"<div></b>", "<div><b></div>x", "<b><div></b>x", "<a><div></a>x"}) {
    SCOPED_TRACE(unit);
    std::string page = "<p>Body text.</p>";
    for (int i = 0; i < 50000; ++i) page += unit;
    Article a;
    IngestOptions opt;
    opt.default_date = Date{2019, 5, 1};
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(FromString(page, "m.html", &a, opt), "");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0);
    EXPECT_TRUE(a.text.starts_with("Body text.")) << a.text.substr(0, 40);
  }
}

TEST(Html, InlineTagsDoNotSplitWords) {
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 5, 1};
  ASSERT_EQ(FromString("<p>The <b>U.S.</b> <i>con</i>sulate, <a href=x>Basra</a>.</p>", "i.html",
                       &a, opt),
            "");
  EXPECT_EQ(a.text, "The U.S. consulate, Basra.");
}

TEST(Html, BadPagesAreSkipped) {
  Article a;
  IngestOptions opt;
  opt.default_date = Date{2019, 5, 1};
  EXPECT_EQ(FromString("<p>caf\xC3</p>", "x.html", &a, opt), "invalid UTF-8");
  EXPECT_EQ(FromString("<html><script>var a;</script><nav>Home</nav></html>", "x.html", &a, opt),
            "empty text");
}

}  // namespace
}  // namespace herodotus
