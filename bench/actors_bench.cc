// Benchmark: the cost of actor resolution relative to tagging + parsing, in
// one process on the same sentences (issue 4 budget: ≤ 15%).
//
//   actors_bench [sentences.txt] [max_sentences] [rounds]
//
// Default input: ../shared/data/bench/voa_gmb/gmb_sentences_detok.txt (one
// news sentence per line; skipped with a reason when absent), first 3000
// lines. Each line is one article. Timed in thread CPU seconds:
//   A = Pipeline::Analyze (segmentation, tagging, lemmas, parsing, NER);
//   B = building the dependency-tree view and resolving *every* noun phrase
//       of every sentence with ActorResolver::ResolveAll (more phrases than
//       the coder resolves, which asks only for event arguments).
// Prints sentences/s of each and the ratio B / A. The answer is checked first:
// fixed sentences must resolve to known codes, and a floor share of the
// corpus's noun phrases must resolve, before anything is timed.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "coding/actors.h"
#include "coding/tree.h"
#include "herodotus/pipeline.h"
#include "lexicon/actor_dictionary.h"

using namespace herodotus;

static double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Resolves every noun phrase of the analyzed document; returns how many, and
// how many resolved to a code in *known.
static size_t ResolveDoc(const lexicon::ActorDictionary& dict, const Document& doc, size_t* known,
                         std::vector<ActorRef>* keep) {
  coding::ActorResolver r(dict, doc.article);
  size_t n = 0;
  for (const Sentence& s : doc.sentences) {
    coding::Tree t(s);
    r.StartSentence(s, t);
    for (auto& m : r.ResolveAll()) {
      ++n;
      if (!m.actor.code.empty()) ++*known;
      if (keep) keep->push_back(std::move(m.actor));
    }
  }
  return n;
}

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "";
  if (path.empty()) {
    const char* env = std::getenv("HERODOTUS_SHARED_DATA");
    path = std::string(env ? env : HERODOTUS_SOURCE_DIR "/../shared/data") +
           "/bench/voa_gmb/gmb_sentences_detok.txt";
  }
  size_t max_sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 3000;
  int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  std::ifstream in(path);
  if (!in) {
    std::printf("actors_bench: skipped: %s not found\n", path.c_str());
    return 0;
  }
  std::vector<Article> articles;
  for (std::string line; articles.size() < max_sentences && std::getline(in, line);) {
    if (line.empty()) continue;
    Article a;
    a.id = std::to_string(articles.size());
    a.date = Date{2005, 6, 1};
    a.text = line;
    articles.push_back(std::move(a));
  }
  Options opt;
  auto p = Pipeline::Open(opt);
  if (!p.ok()) {
    std::fprintf(stderr, "actors_bench: %s\n", p.status().ToString().c_str());
    return 1;
  }
  auto dict = lexicon::ActorDictionary::Load(
      lexicon::ActorDictionary::FilesIn(HERODOTUS_SOURCE_DIR "/dict"), nullptr, false);
  if (!dict.ok()) {
    std::fprintf(stderr, "actors_bench: %s\n", dict.status().ToString().c_str());
    return 1;
  }
  // 1. Check the answer on fixed sentences, then on the corpus.
  struct Check {
    const char* text;
    const char* code;
  } checks[] = {{"British troops withdrew from Basra.", "GBRMIL"},
                {"The Kremlin rejected the proposal.", "RUSGOV"},
                {"Egyptian police arrested dozens of protesters.", "EGYCOP"}};
  for (const Check& c : checks) {
    Article a;
    a.id = "check";
    a.date = Date{2005, 6, 1};
    a.text = c.text;
    Document doc;
    if (!(*p)->Analyze(a, &doc).ok()) return 1;
    size_t known = 0;
    std::vector<ActorRef> got;
    ResolveDoc(**dict, doc, &known, &got);
    bool ok = false;
    for (const ActorRef& g : got) ok = ok || g.code == c.code;
    if (!ok) {
      std::fprintf(stderr, "actors_bench: check failed: \"%s\" has no %s; not timing a wrong answer\n",
                   c.text, c.code);
      return 1;
    }
  }
  std::vector<Document> docs(articles.size());
  size_t phrases = 0, known = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!(*p)->Analyze(articles[i], &docs[i]).ok()) return 1;
    phrases += ResolveDoc(**dict, docs[i], &known, nullptr);
  }
  std::printf("check: %zu sentences, %zu noun phrases, %zu resolved to an actor (%.1f%%)\n",
              articles.size(), phrases, known, 100.0 * known / (phrases ? phrases : 1));
  if (known * 20 < phrases) {
    std::fprintf(stderr, "actors_bench: under 5%% of noun phrases resolved; not timing a wrong answer\n");
    return 1;
  }
  // 2. Time both in the same process, alternating, best round of each.
  double best_a = 1e30, best_b = 1e30;
  for (int r = 0; r < rounds; ++r) {
    double t0 = ThreadSeconds();
    for (size_t i = 0; i < articles.size(); ++i) (void)(*p)->Analyze(articles[i], &docs[i]);
    double ta = ThreadSeconds() - t0;
    size_t k = 0;
    t0 = ThreadSeconds();
    for (const Document& d : docs) ResolveDoc(**dict, d, &k, nullptr);
    double tb = ThreadSeconds() - t0;
    if (ta < best_a) best_a = ta;
    if (tb < best_b) best_b = tb;
  }
  double n = static_cast<double>(articles.size());
  std::printf("tagging+parsing+NER (Analyze): %.0f sentences/s\n", n / best_a);
  std::printf("actor resolution (tree + every noun phrase): %.0f sentences/s, %.0f phrases/s\n",
              n / best_b, phrases / best_b);
  std::printf("ratio actors / (tagging + parsing): %.1f%% (budget 15%%)\n", 100.0 * best_b / best_a);
  return 0;
}
