// Golden cases of tests/timeplace/: dates.txt and places.txt, run through the
// same TimePlace::Prepare / Annotate the event coder calls. Sentences are
// given as words (no parse), so this checks the surface rules; attachment by
// the parse is covered by dates_test.cc and places_test.cc. Each set must
// have >= 100 cases and be >= 95% correct; every miss is printed.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "discourse/timeplace.h"
#include "util/testing.h"

namespace herodotus::discourse {
namespace {

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> f;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, '|')) {
    size_t b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
    f.push_back(b == std::string::npos ? "" : cur.substr(b, e - b + 1));
  }
  return f;
}

// Words → tokens; "*word" marks the trigger (its index goes to *trigger).
Sentence Words(const std::string& text, std::string* article_text, int* trigger) {
  Sentence s;
  std::istringstream in(text);
  std::string w;
  s.start = static_cast<uint32_t>(article_text->size());
  while (in >> w) {
    if (w.size() > 1 && w[0] == '*') {
      w.erase(0, 1);
      if (trigger) *trigger = static_cast<int>(s.tokens.size());
    }
    Token t;
    t.start = static_cast<uint32_t>(article_text->size());
    *article_text += w;
    t.end = static_cast<uint32_t>(article_text->size());
    *article_text += ' ';
    t.form = w;
    s.tokens.push_back(t);
  }
  s.end = static_cast<uint32_t>(article_text->size());
  return s;
}

const TimePlace& Shared() {
  static std::unique_ptr<TimePlace> tp = [] {
    auto r = TimePlace::Load(herodotus::testing::SourceDir() + "/dict");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return *tp;
}

struct Case {
  Document doc;
  int trigger = -1;
  std::vector<std::string> f;
  int line = 0;
};

std::vector<Case> ReadCases(const std::string& file, size_t nfields) {
  std::vector<Case> cases;
  std::ifstream in(herodotus::testing::SourceDir() + "/tests/timeplace/" + file);
  EXPECT_TRUE(in.good()) << file;
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.line = no;
    c.f = Fields(line);
    if (c.f.size() != nfields) {
      ADD_FAILURE() << file << ":" << no << ": expected " << nfields << " fields";
      continue;
    }
    if (c.f[0] != "-") {
      EXPECT_TRUE(Date::Parse(c.f[0], &c.doc.article.date)) << file << ":" << no;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(TimePlaceGolden, Dates) {
  std::vector<Case> cases = ReadCases("dates.txt", 4);
  int ok = 0;
  for (Case& c : cases) {
    c.doc.sentences.push_back(Words(c.f[1], &c.doc.article.text, &c.trigger));
    ArticleContext ctx = Shared().Prepare(c.doc);
    Event e;
    Shared().Annotate(ctx, c.doc.sentences.back(), c.trigger, &e);
    std::string got = e.date.known() ? e.date.ToString() : "-";
    if (got == c.f[2] && e.date_precision == c.f[3]) {
      ++ok;
    } else {
      std::printf("dates.txt:%d: MISS %s %s (expected %s %s): %s\n", c.line, got.c_str(),
                  e.date_precision.c_str(), c.f[2].c_str(), c.f[3].c_str(), c.f[1].c_str());
    }
  }
  double pct = cases.empty() ? 0 : 100.0 * ok / static_cast<double>(cases.size());
  std::printf("dates: %d/%zu correct (%.1f%%)\n", ok, cases.size(), pct);
  EXPECT_GE(cases.size(), 100u);
  EXPECT_GE(pct, 95.0);
}

TEST(TimePlaceGolden, Places) {
  std::vector<Case> cases = ReadCases("places.txt", 8);
  int ok = 0;
  double annotate_us = 0;
  for (Case& c : cases) {
    if (c.f[1] != "-") c.doc.article.dateline = c.f[1];
    if (c.f[2] != "-") {
      std::string rest = c.f[2];
      size_t p;
      while (true) {
        p = rest.find(" // ");
        c.doc.sentences.push_back(Words(rest.substr(0, p), &c.doc.article.text, nullptr));
        if (p == std::string::npos) break;
        rest = rest.substr(p + 4);
      }
    }
    c.doc.sentences.push_back(Words(c.f[3], &c.doc.article.text, &c.trigger));
    auto t0 = std::chrono::steady_clock::now();
    ArticleContext ctx = Shared().Prepare(c.doc);
    Event e;
    Shared().Annotate(ctx, c.doc.sentences.back(), c.trigger, &e);
    annotate_us += std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
    std::string country = "-", name = "-", admin1 = "", basis = "none";
    if (e.location) {
      country = e.location->country.empty() ? "-" : e.location->country;
      name = e.location->name;
      admin1 = e.location->admin1.empty() ? "-" : e.location->admin1;
      basis = e.location->basis;
      // Unknown places never carry coordinates or an id.
      if (e.location->geonameid == 0) {
        EXPECT_FALSE(e.location->has_coordinates) << c.line;
      }
    }
    bool good = country == c.f[4] && name == c.f[5] && (c.f[6] == "*" || admin1 == c.f[6]) &&
                basis == c.f[7];
    if (good) {
      ++ok;
    } else {
      std::printf("places.txt:%d: MISS %s | %s | %s | %s (expected %s | %s | %s | %s): %s\n", c.line,
                  country.c_str(), name.c_str(), admin1.c_str(), basis.c_str(), c.f[4].c_str(),
                  c.f[5].c_str(), c.f[6].c_str(), c.f[7].c_str(), c.f[3].c_str());
    }
  }
  double pct = cases.empty() ? 0 : 100.0 * ok / static_cast<double>(cases.size());
  std::printf("places: %d/%zu correct (%.1f%%); Prepare+Annotate %.1f us per case\n", ok,
              cases.size(), pct, cases.empty() ? 0.0 : annotate_us / static_cast<double>(cases.size()));
  EXPECT_GE(cases.size(), 100u);
  EXPECT_GE(pct, 95.0);
}

}  // namespace
}  // namespace herodotus::discourse
