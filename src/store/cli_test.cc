// `herodotus query`, `export` and `stats` against a store filled through the
// Store API (not through the coder): outputs, filters, exit codes.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "herodotus/store.h"
#include "output/test_events.h"
#include "util/testing.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "events.db").string();
    auto s = Store::Open(db_, {});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    std::map<std::string, std::vector<Event>> by_article;
    for (const Event& e : testing::GoldenEvents()) by_article[e.article_id].push_back(e);
    for (auto& [id, events] : by_article) {
      Article a;
      a.id = id;
      a.date = events[0].date;
      if (id == "a1") {
        a.title = "Pompeo blames Iran";
        a.url = "https://example.org/a1";
        a.source = "Example News";
      }
      ASSERT_TRUE((*s)->PutArticle(a, events).ok());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Cli(const std::string& args) {
    std::string cmd = std::string(HERODOTUS_CLI_PATH) + " " + args + " 2>" +
                      (dir_ / "stderr.txt").string();
    CliRun r;
    std::FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int status = ::pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }
  std::string Stderr() {
    std::ifstream in(dir_ / "stderr.txt");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static std::string Golden(const std::string& file) {
    std::ifstream in(testing::SourceDir() + "/src/output/testdata/" + file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static int Lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

  fs::path dir_;
  std::string db_;
};

TEST_F(CliTest, QueryJsonlMatchesTheWriterGolden) {
  CliRun r = Cli("query --db " + db_ + " --article a1");
  EXPECT_EQ(r.exit_code, 0) << Stderr();
  std::string golden = Golden("events.jsonl");
  // The first two golden lines are a1's events.
  size_t second = golden.find('\n', golden.find('\n') + 1);
  EXPECT_EQ(r.out, golden.substr(0, second + 1));
}

TEST_F(CliTest, QueryFilters) {
  EXPECT_EQ(Lines(Cli("query --db " + db_).out), 4);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --actor USA").out), 2);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --dyad USA,IRN").out), 1);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --root 18").out), 1);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --code 0874").out), 1);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --status denied,negated").out), 1);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --from 2019-01-01 --to 2019-12-31").out), 1);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --place Basra").out), 2);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --text 'rocket attack'").out), 2);
  EXPECT_EQ(Lines(Cli("query --db " + db_ + " --limit 3").out), 3);
  CliRun tsv = Cli("query --db " + db_ + " --format tsv --actor USA");
  EXPECT_EQ(Lines(tsv.out), 3);  // header + 2
  EXPECT_EQ(tsv.out.rfind("EventID\t", 0), 0u);
}

TEST_F(CliTest, UsageErrors) {
  EXPECT_EQ(Cli("query --db " + db_ + " --from 2019-13-01").exit_code, 2);
  EXPECT_NE(Stderr().find("--from must be a date"), std::string::npos) << Stderr();
  EXPECT_EQ(Cli("query --db " + db_ + " --dyad USA").exit_code, 2);
  EXPECT_EQ(Cli("query --db " + db_ + " --status maybe").exit_code, 2);
  EXPECT_EQ(Cli("query --db " + db_ + " --format xml").exit_code, 2);
  EXPECT_EQ(Cli("export --db " + db_ + " --format xml").exit_code, 2);
  EXPECT_EQ(Cli("stats --db " + db_ + " --by week").exit_code, 2);
  EXPECT_EQ(Cli("query").exit_code, 2);  // --db is required
}

TEST_F(CliTest, MissingOrNewerDatabaseIsFatalWithAReason) {
  EXPECT_EQ(Cli("query --db " + (dir_ / "nope.db").string()).exit_code, 1);
  EXPECT_NE(Stderr().find("nope.db"), std::string::npos) << Stderr();
  EXPECT_FALSE(fs::exists(dir_ / "nope.db"));
}

TEST_F(CliTest, ExportEveryFormatToAFile) {
  struct Case { const char* format; const char* golden; };
  for (Case c : {Case{"phoenix-tsv", "events.phoenix.tsv"}, Case{"plover", "events.plover.jsonl"},
                 Case{"csv", "events.csv"}}) {
    fs::path out = dir_ / (std::string("out.") + c.format);
    CliRun r = Cli("export --db " + db_ + " --format " + c.format + " -o " + out.string());
    EXPECT_EQ(r.exit_code, 0) << Stderr();
    std::ifstream in(out, std::ios::binary);
    std::stringstream got;
    got << in.rdbuf();
    // Same events as the writer goldens; the store orders them by date
    // (c3 without a date first), so compare as sets of lines.
    auto lines = [](const std::string& s) {
      std::multiset<std::string> v;
      std::istringstream is(s);
      std::string l;
      while (std::getline(is, l)) v.insert(l);
      return v;
    };
    std::string want = Golden(c.golden);
    EXPECT_EQ(lines(got.str()), lines(want)) << c.format;
  }
  for (const auto& f : fs::directory_iterator(dir_)) {
    EXPECT_EQ(f.path().string().find(".tmp-"), std::string::npos) << f.path();
  }
}

TEST_F(CliTest, Stats) {
  CliRun summary = Cli("stats --db " + db_);
  EXPECT_EQ(summary.exit_code, 0) << Stderr();
  EXPECT_NE(summary.out.find("articles\t3\nevents\t4\n"), std::string::npos) << summary.out;
  EXPECT_NE(summary.out.find("status\tevents\toccurred\n"), std::string::npos) << summary.out;
  CliRun dyad = Cli("stats --db " + db_ + " --by dyad");
  EXPECT_NE(dyad.out.find("USAGOV,IRN\t1\t1\n"), std::string::npos) << dyad.out;
  CliRun day = Cli("stats --db " + db_ + " --by day --actor USA");
  EXPECT_EQ(day.out, "day\tevents\toccurred\n2018-10-03\t2\t2\n");
  CliRun root = Cli("stats --db " + db_ + " --by root");
  EXPECT_NE(root.out.find("03\t1\t0\n"), std::string::npos) << root.out;  // hypothetical
}

}  // namespace
}  // namespace herodotus
