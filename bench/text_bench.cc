// Throughput of the text stage (tokenizer + sentence splitter + clitics +
// form normalization, i.e. text::Segment) on ../shared/data/bench, one thread,
// timed in thread CPU time (best of 5).
//
//   build/bench/text_bench [SHARED_DATA_DIR]
//
// Before timing, the output is checked: a fixed sample must segment exactly
// as expected, and each corpus must give a plausible number of sentences and
// tokens (the VOA file holds one sentence per line). Prints MB/s and
// sentences/s per core for each corpus; exits 0 with "skipped: reason" when
// the shared data is absent, 1 when a check fails.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/article.h"
#include "text/segmenter.h"
#include "util/file.h"

namespace {

using herodotus::Sentence;

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct Counts { size_t sentences = 0, tokens = 0; };

// Segments text one "article" at a time, as the pipeline does: pieces of
// about 8 KB cut at line ends (so memory stays flat as in real use).
Counts Run(const std::string& text) {
  std::vector<Sentence> out;
  Counts c;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = std::min(text.size(), begin + 8192);
    while (end < text.size() && text[end - 1] != '\n') ++end;
    out.clear();
    herodotus::text::Segment(std::string_view(text).substr(begin, end - begin), &out);
    c.sentences += out.size();
    for (const Sentence& s : out) c.tokens += s.tokens.size();
    begin = end;
  }
  return c;
}

bool CheckSample() {
  const std::string text =
      "Army Col. Sean Ryan said the U.S. consulate wasn't hit. \"We're safe,\" he said. "
      "Mr. Mahjoub arrived at 9 p.m. on Oct. 3.";
  std::vector<Sentence> out;
  herodotus::text::Segment(text, &out);
  std::string got;
  for (const Sentence& s : out) {
    for (const auto& t : s.tokens) got += t.form + " ";
    got += "| ";
  }
  const std::string want =
      "Army Col. Sean Ryan said the U.S. consulate was n't hit . | \" We 're safe , \" he said . | "
      "Mr. Mahjoub arrived at 9 p.m. on Oct. 3 . | ";
  if (got != want) {
    std::fprintf(stderr, "sample check failed:\n  got:  %s\n  want: %s\n", got.c_str(), want.c_str());
    return false;
  }
  return true;
}

// Times Segment over text (best of `reps` runs) after checking its counts.
bool Bench(const char* name, const std::string& text, size_t min_sentences, size_t max_sentences) {
  const Counts c = Run(text);
  if (c.sentences < min_sentences || c.sentences > max_sentences || c.tokens < c.sentences * 5) {
    std::fprintf(stderr, "%s: implausible output: %zu sentences (want %zu..%zu), %zu tokens\n", name,
                 c.sentences, min_sentences, max_sentences, c.tokens);
    return false;
  }
  // Thread CPU time, not wall time: "per core" even on a busy shared machine.
  double best = 1e9;
  for (int rep = 0; rep < 5; ++rep) {
    const double t0 = CpuSeconds();
    const Counts r = Run(text);
    const double s = CpuSeconds() - t0;
    if (r.sentences != c.sentences) return false;
    best = std::min(best, s);
  }
  std::printf("%-10s %7.2f MB  %7zu sentences  %8zu tokens  %7.1f MB/s  %9.0f sentences/s\n", name,
              text.size() / 1e6, c.sentences, c.tokens, text.size() / 1e6 / best, c.sentences / best);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  if (argc > 1) dir = argv[1];
  else if (const char* env = std::getenv("HERODOTUS_SHARED_DATA")) dir = env;
  else dir = std::string(HERODOTUS_SOURCE_DIR) + "/../shared/data";
  if (!CheckSample()) return 1;
  std::string voa, wiki;
  if (!herodotus::ReadFile(dir + "/bench/voa_gmb/gmb_sentences_detok.txt", &voa).ok() ||
      !herodotus::ReadFile(dir + "/bench/wikinews/wikinews_2019_2020_articles.txt", &wiki).ok()) {
    std::printf("skipped: shared bench data not found under %s\n", dir.c_str());
    return 0;
  }
  const size_t lines = static_cast<size_t>(std::count(voa.begin(), voa.end(), '\n'));
  bool ok = Bench("voa_gmb", voa, lines * 95 / 100, lines * 115 / 100);
  // Wikinews: ~1.4 MB of news prose, roughly one sentence per 150 bytes.
  ok = Bench("wikinews", wiki, wiki.size() / 400, wiki.size() / 60) && ok;
  return ok ? 0 : 1;
}
