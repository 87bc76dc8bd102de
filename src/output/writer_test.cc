// Golden tests: fixed events → the exact lines in testdata/. To refresh the
// expected files after an intended format change, run the test with
// HERODOTUS_UPDATE_GOLDEN=1 and review the diff.
#include "herodotus/writer.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "output/test_events.h"
#include "util/testing.h"

namespace herodotus {
namespace {

std::string WriteAll(std::string_view format) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  auto w = EventWriter::Create(format, f);
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  EventOrigin a1{"https://example.org/a1", "Example News", "Pompeo blames Iran"};
  for (const Event& e : testing::GoldenEvents()) {
    EventOrigin origin = e.article_id == "a1" ? a1 : EventOrigin{};
    EXPECT_TRUE((*w)->Write(e, origin).ok());
  }
  EXPECT_TRUE((*w)->Flush().ok());
  std::fclose(f);
  std::string out(buf, len);
  std::free(buf);
  return out;
}

void CheckGolden(std::string_view format, const std::string& file) {
  std::string path = testing::SourceDir() + "/src/output/testdata/" + file;
  std::string got = WriteAll(format);
  if (std::getenv("HERODOTUS_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << path;
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(got, want.str()) << "format " << format << " differs from " << path;
}

void CheckJsonLines(const std::string& text, size_t expected_lines) {
  simdjson::dom::parser parser;
  std::istringstream in(text);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    simdjson::dom::element doc;
    EXPECT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
  }
  EXPECT_EQ(n, expected_lines);
}

TEST(EventWriter, JsonlGolden) { CheckGolden("jsonl", "events.jsonl"); }
TEST(EventWriter, TsvGolden) { CheckGolden("tsv", "events.tsv"); }
TEST(EventWriter, PhoenixGolden) { CheckGolden("phoenix-tsv", "events.phoenix.tsv"); }
TEST(EventWriter, PloverGolden) { CheckGolden("plover", "events.plover.jsonl"); }
TEST(EventWriter, CsvGolden) { CheckGolden("csv", "events.csv"); }

TEST(EventWriter, JsonOutputsParse) {
  CheckJsonLines(WriteAll("jsonl"), testing::GoldenEvents().size());
  CheckJsonLines(WriteAll("plover"), testing::GoldenEvents().size());
}

TEST(EventWriter, JsonlFieldOrderFollowsContract) {
  std::string line = WriteAll("jsonl");
  line = line.substr(0, line.find('\n'));
  const char* keys[] = {"\"article_id\"", "\"sentence\"",     "\"event_id\"",        "\"date\"",
                        "\"date_precision\"", "\"code\"",     "\"root\"",            "\"quad_class\"",
                        "\"goldstein\"",  "\"plover\"",       "\"source\"",          "\"target\"",
                        "\"status\"",     "\"source_of_claim\"", "\"location\"",     "\"claim_group\"",
                        "\"sentence_text\"", "\"evidence\""};
  size_t at = 0;
  for (const char* k : keys) {
    size_t p = line.find(k, at);
    ASSERT_NE(p, std::string::npos) << k << " missing or out of order";
    at = p;
  }
}

TEST(EventWriter, PhoenixHas26ColumnsAndSkipsNonOccurring) {
  std::string out = WriteAll("phoenix-tsv");
  std::istringstream in(out);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    ++rows;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 25) << line;
  }
  EXPECT_EQ(rows, 2);  // the hypothetical and the denied event are left out
}

TEST(EventWriter, UnknownFormat) {
  auto w = EventWriter::Create("xml", stdout);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kInvalidArgument);
}

TEST(EventWriter, WriteFailureIsIoError) {
  std::FILE* f = std::fopen("/dev/full", "w");
  if (!f) GTEST_SKIP() << "/dev/full not available";
  std::setvbuf(f, nullptr, _IONBF, 0);
  auto w = EventWriter::Create("jsonl", f);
  ASSERT_TRUE(w.ok());
  Status s = (*w)->Write(testing::GoldenEvents()[0]);
  if (s.ok()) s = (*w)->Flush();
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  std::fclose(f);
}

}  // namespace
}  // namespace herodotus
