// BatchProgress: the live line on a terminal, one summary line elsewhere,
// nothing when quiet, and a share of the input that never passes 100%.
#include "pipeline/batch_progress.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <gtest/gtest.h>

namespace herodotus {
namespace {

std::string Contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string s;
  char buf[512];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  return s;
}

Article MakeArticle(size_t text_bytes) {
  Article a;
  a.id = "a";
  a.text.assign(text_bytes, 'x');
  return a;
}

TEST(BatchProgressTest, SummaryModePrintsOneLineAtTheEnd) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  BatchProgress p(f, BatchProgress::Mode::kAuto, 1000);  // a file is not a terminal
  EXPECT_FALSE(p.live());
  for (int i = 0; i < 50; ++i) p.AddArticle(MakeArticle(10), 2);
  EXPECT_EQ(Contents(f), "");
  p.Finish("herodotus code", "50 articles, 100 events");
  std::string out = Contents(f);
  EXPECT_EQ(out.rfind("herodotus code: 50 articles, 100 events in ", 0), 0u) << out;
  EXPECT_NE(out.find("articles/s)\n"), std::string::npos) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_EQ(out.find('\r'), std::string::npos);
  std::fclose(f);
}

TEST(BatchProgressTest, QuietPrintsNothing) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  BatchProgress p(f, BatchProgress::Mode::kQuiet, 0);
  p.AddArticle(MakeArticle(10), 1);
  p.Finish("herodotus code", "1 articles");
  EXPECT_EQ(Contents(f), "");
  std::fclose(f);
}

TEST(BatchProgressTest, LiveLineShowsRateEventsShareAndRedrawsInPlace) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  BatchProgress p(f, BatchProgress::Mode::kLive, 10000);
  EXPECT_TRUE(p.live());
  p.AddArticle(MakeArticle(930), 3);  // ≈ 1000 bytes of JSON
  std::string line = p.Line();
  EXPECT_NE(line.find("1 articles"), std::string::npos) << line;
  EXPECT_NE(line.find("articles/s"), std::string::npos) << line;
  EXPECT_NE(line.find("3 events"), std::string::npos) << line;
  EXPECT_NE(line.find("10% of 0.0 MB"), std::string::npos) << line;
  // The share never passes 100% however far the estimate runs over.
  for (int i = 0; i < 30; ++i) p.AddArticle(MakeArticle(930), 0);
  EXPECT_NE(p.Line().find("100% of"), std::string::npos) << p.Line();
  p.EndInput(10000);
  EXPECT_NE(p.Line().find("100% of"), std::string::npos);
  p.Finish("herodotus code", "31 articles");
  std::string out = Contents(f);
  // Whatever was drawn is erased before the summary line.
  size_t summary = out.find("herodotus code: 31 articles");
  ASSERT_NE(summary, std::string::npos) << out;
  if (summary > 0) {
    EXPECT_EQ(out.substr(summary - 4, 4), "\r\x1b[K");
  }
  std::fclose(f);
}

TEST(BatchProgressTest, EstimatedBytesCountsJsonEscapes) {
  Article a;
  a.id = "id1";
  a.text = "a\nb\"c";
  EXPECT_EQ(BatchProgress::EstimatedBytes(a), 70u + 3 + 5 + 2);
  EXPECT_EQ(BatchProgress::InputSize("-"), 0u);
  EXPECT_EQ(BatchProgress::InputSize("/no/such/file"), 0u);
}

}  // namespace
}  // namespace herodotus
