// Benchmark: tagging + lemmatization + parsing throughput of the committed
// syntax model, single thread (tokens/s per core). The answer is checked
// first: on gold-tokenized EWT (or the CoNLL-U given as argv[2]) accuracy
// must clear a floor before anything is timed.
//
//   syntax_bench [model.hdm] [gold.conllu] [seconds] [beam width]
//
// The beam width overrides the model's (0 or absent = the model's own).
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "syntax/score.h"

using namespace herodotus;

// CPU time of this thread: the figure is per core even on a busy machine.
static double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char** argv) {
  std::string model = argc > 1 ? argv[1] : syntax::Analyzer::DefaultPath("");
  std::string data = argc > 2 ? argv[2] : "";
  if (data.empty()) {
    const char* env = std::getenv("HERODOTUS_SHARED_DATA");
    data = std::string(env ? env : HERODOTUS_SOURCE_DIR "/../shared/data") + "/ud/ewt/en_ewt-ud-test.conllu";
  }
  double seconds = argc > 3 ? std::atof(argv[3]) : 3.0;
  const int beam = argc > 4 ? std::atoi(argv[4]) : 0;
  auto a = syntax::Analyzer::Load(model);
  if (!a.ok()) {
    std::fprintf(stderr, "syntax_bench: %s\n", a.status().ToString().c_str());
    return 1;
  }
  (*a)->SetBeamWidth(beam);
  std::printf("parser beam width %d\n", (*a)->BeamWidth());
  auto gold = syntax::ReadConlluFile(data);
  if (!gold.ok()) {
    std::fprintf(stderr, "syntax_bench: skipped: %s\n", gold.status().ToString().c_str());
    return 0;
  }
  std::vector<Sentence> input = syntax::StripAnnotations(gold->sentences);
  // 1. Check the answer.
  std::vector<Sentence> pred = input;
  for (auto& s : pred) (*a)->Analyze(&s);
  syntax::SyntaxScores sc = syntax::ScoreGoldTokenization(gold->sentences, pred);
  std::printf("check: %s\n", sc.ToString().c_str());
  if (sc.UPOS() < 93.0 || sc.UAS() < 80.0) {
    std::fprintf(stderr, "syntax_bench: accuracy below the floor; not timing a wrong answer\n");
    return 1;
  }
  // 2. Time it in thread CPU seconds (fresh copies each round, copied outside the timed region).
  size_t tokens = 0;
  double elapsed = 0;
  while (elapsed < seconds) {
    std::vector<Sentence> batch = input;
    const double t0 = ThreadSeconds();
    for (auto& s : batch) (*a)->Analyze(&s);
    elapsed += ThreadSeconds() - t0;
    tokens += sc.tokens;
  }
  std::printf("syntax (tag+lemma+parse): %.0f tokens/s per core (thread CPU time; %zu tokens in %.2f s)\n", tokens / elapsed,
              tokens, elapsed);
  return 0;
}
