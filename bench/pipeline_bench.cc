// Whole-pipeline throughput (ingest'd articles → events) on the VOA sentences
// of ../shared/data/bench, one thread, with the text stage alone and text +
// syntax measured in the same run for the ratios.
//
//   build/bench/pipeline_bench [SHARED_DATA_DIR] [MAX_SENTENCES]
//
// Before timing, the output is checked: a fixed article must code to the
// expected events, and the corpus must yield events. Prints sentences/s and
// tokens/s per core for each level, the ratios, and peak RSS. Exits 0 with
// "skipped: reason" when the shared data or the models are absent, 1 when a
// check fails.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "herodotus/pipeline.h"
#include "voa_articles.h"

namespace {

using namespace herodotus;

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

bool CheckSample(const Pipeline& p) {
  Article a;
  a.id = "sample";
  a.date = Date{2015, 11, 24};
  a.text =
      "Turkish jets shot down a Russian warplane near the Syrian border on Tuesday. "
      "Russia denied that its jet had entered Turkish airspace.";
  Document doc;
  std::vector<Event> ev;
  Status s = p.Code(a, &doc, &ev);
  if (!s.ok()) {
    std::fprintf(stderr, "sample: %s\n", s.ToString().c_str());
    return false;
  }
  bool shot = false;
  for (const Event& e : ev) {
    if (e.source && e.target && e.source->country == "TUR" && e.target->country == "RUS" &&
        e.quad_class == 4 && e.status == EventStatus::kAsserted)
      shot = true;
  }
  if (!shot) {
    std::fprintf(stderr, "sample check failed: no asserted TUR→RUS material conflict in %zu events\n",
                 ev.size());
    for (const Event& e : ev)
      std::fprintf(stderr, "  %s %s→%s %s\n", e.code.c_str(),
                   e.source ? e.source->code.c_str() : "-", e.target ? e.target->code.c_str() : "-",
                   std::string(StatusName(e.status)).c_str());
  }
  return shot;
}

struct Level {
  const char* name;
  double seconds = 0;
  size_t sentences = 0, tokens = 0, events = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : std::string(HERODOTUS_SOURCE_DIR) + "/../shared/data";
  size_t max_sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20000;
  std::vector<Article> articles;
  const long read = LoadVoaArticles(shared, max_sentences, &articles);
  if (read < 0) {
    std::printf("skipped: %s/bench/voa_gmb not found\n", shared.c_str());
    return 0;
  }
  const size_t lines = static_cast<size_t>(read);

  Options full;
  auto coder = Pipeline::Open(full);
  if (!coder.ok()) {
    std::printf("skipped: %s\n", coder.status().ToString().c_str());
    return 0;
  }
  Options text_only;
  text_only.syntax = false;
  auto tokenizer = Pipeline::Open(text_only);
  if (!tokenizer.ok()) return 1;
  if (!CheckSample(**coder)) return 1;

  Level levels[3] = {{"text (tokenize+split)"}, {"text+syntax"}, {"full (events)"}};
  for (int round = 0; round < 2; ++round) {  // round 0 warms up caches
    for (int l = 0; l < 3; ++l) {
      Level& lv = levels[l];
      lv = Level{lv.name};
      double t0 = CpuSeconds();
      for (const Article& a : articles) {
        Document doc;
        std::vector<Event> ev;
        Status s = l == 0   ? (*tokenizer)->Analyze(a, &doc)
                   : l == 1 ? (*coder)->Analyze(a, &doc)
                            : (*coder)->Code(a, &doc, &ev);
        if (!s.ok()) {
          std::fprintf(stderr, "%s: %s\n", a.id.c_str(), s.ToString().c_str());
          return 1;
        }
        lv.sentences += doc.sentences.size();
        for (const Sentence& se : doc.sentences) lv.tokens += se.tokens.size();
        lv.events += ev.size();
      }
      lv.seconds = CpuSeconds() - t0;
    }
  }
  if (levels[2].events == 0) {
    std::fprintf(stderr, "check failed: no events coded from %zu sentences\n", levels[2].sentences);
    return 1;
  }
  std::printf("%zu VOA sentences in %zu articles, one thread\n", lines, articles.size());
  for (const Level& lv : levels) {
    std::printf("%-22s %9.0f sentences/s  %10.0f tokens/s  %6zu events  (%.2f s)\n", lv.name,
                lv.sentences / lv.seconds, lv.tokens / lv.seconds, lv.events, lv.seconds);
  }
  std::printf("ratio full/text: %.3f   full/text+syntax: %.3f\n",
              levels[0].seconds / levels[2].seconds, levels[1].seconds / levels[2].seconds);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS: %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
