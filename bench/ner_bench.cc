// Benchmark: NER tagging throughput of the committed model, single thread
// (tokens/s per core, thread CPU time). The answer is checked first: entity F1
// on UNER English-EWT test (or the IOB file given as argv[2]) must clear a
// floor before anything is timed.
//
//   ner_bench [model.hdm] [gold.iob2] [seconds]
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "ner/iob_reader.h"
#include "ner/recognizer.h"
#include "ner/score.h"

#ifndef HERODOTUS_SOURCE_DIR
#define HERODOTUS_SOURCE_DIR "."
#endif

using namespace herodotus;

// CPU time of this thread: the figure is per core even on a busy machine.
static double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char** argv) {
  std::string model = argc > 1 ? argv[1] : HERODOTUS_SOURCE_DIR "/models/en.ner.hdm";
  std::string data = argc > 2 ? argv[2] : "";
  if (data.empty()) {
    const char* env = std::getenv("HERODOTUS_SHARED_DATA");
    data = std::string(env ? env : HERODOTUS_SOURCE_DIR "/../shared/data") +
           "/ner/uner_ewt/en_ewt-ud-test.iob2";
  }
  double seconds = argc > 3 ? std::atof(argv[3]) : 3.0;
  double t_load = ThreadSeconds();
  auto rec = ner::Recognizer::Load(model);
  t_load = ThreadSeconds() - t_load;
  if (!rec.ok()) {
    std::fprintf(stderr, "ner_bench: %s\n", rec.status().ToString().c_str());
    return 1;
  }
  auto gold = ner::ReadIobFile(data);
  if (!gold.ok()) {
    std::fprintf(stderr, "ner_bench: skipped: %s\n", gold.status().ToString().c_str());
    return 0;
  }
  // 1. Check the answer.
  std::vector<Sentence> pred = gold->sentences;
  for (auto& s : pred) (*rec)->Tag(&s);
  auto sc = ner::ScoreIob(gold->sentences, pred);
  if (!sc.ok() || sc->overall.f1() < 0.70) {
    std::fprintf(stderr, "ner_bench: F1 below the floor; not timing a wrong answer\n");
    return 1;
  }
  std::printf("check: entity F1 %.2f%% on %s\n", 100 * sc->overall.f1(), data.c_str());
  // 2. Time it (fresh copies each round, copied outside the timed region).
  size_t tokens = 0;
  double elapsed = 0;
  while (elapsed < seconds) {
    std::vector<Sentence> batch = gold->sentences;
    for (auto& s : batch) {
      for (auto& t : s.tokens) t.ner.clear();
    }
    const double t0 = ThreadSeconds();
    for (auto& s : batch) (*rec)->Tag(&s);
    elapsed += ThreadSeconds() - t0;
    for (auto& s : batch) tokens += s.tokens.size();
  }
  std::printf("ner: %.0f tokens/s (one thread, %zu tokens in %.2f s CPU); model load %.3f s\n",
              tokens / elapsed, tokens, elapsed, t_load);
  return 0;
}
