// The store writer's own cost: CPU per article of Store::PutArticle on real
// coded articles, apart from coding. The VOA articles of batch_bench (20
// sentences each) are coded once; then each configuration stores all of them
// into a fresh database ROUNDS times, configurations interleaved, and is
// reported by its median round (thread CPU time, so another job on the
// machine changes little).
//
//   build/bench/store_writer_bench [SHARED_DATA_DIR] [MAX_SENTENCES] [ROUNDS] [NAME=SQL]...
//
// Configuration "store" is the store as `code --db` writes it. Each NAME=SQL
// adds a configuration whose fresh database gets SQL run on it (through a
// plain SQLite connection, between creating the store and writing to it), to
// measure a schema change before making it: e.g.
//   'no-status=DROP INDEX events_status'
//
// Checked before any figure is printed: every store holds every article and
// event and passes integrity_check. Exits 1 on a failed check, 0 with
// "skipped: …" when the data or models are absent.
#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "herodotus/store.h"
#include "voa_articles.h"

namespace {

using namespace herodotus;
namespace fs = std::filesystem;

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Coded {
  Document doc;
  std::vector<Event> events;
  std::vector<Quote> quotes;
};

struct Config {
  std::string name, sql;
  std::vector<double> ms;  // per article, one per round
  double mb = 0;           // file size after the last round
};

// Stores every article into a fresh `db`; CPU ms per article, or -1 on a
// failed check.
double StoreAll(const std::vector<Coded>& all, int64_t events, const std::string& db,
                const std::string& sql, double* mb) {
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext);
  if (!sql.empty()) {
    { auto s = Store::Open(db, {}); if (!s.ok()) return -1; }
    sqlite3* h = nullptr;
    char* err = nullptr;
    if (sqlite3_open(db.c_str(), &h) != SQLITE_OK ||
        sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::fprintf(stderr, "%s: %s\n", sql.c_str(), err ? err : sqlite3_errmsg(h));
      sqlite3_free(err);
      sqlite3_close(h);
      return -1;
    }
    sqlite3_close(h);
  }
  auto store = Store::Open(db, {});
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return -1;
  }
  auto run = (*store)->BeginRun("store_writer_bench");
  double c0 = ThreadCpuSeconds();
  for (const Coded& c : all) {
    if (Status s = (*store)->PutArticle(c.doc, c.events, c.quotes); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return -1;
    }
  }
  if (!(*store)->Flush().ok()) return -1;
  double cpu = ThreadCpuSeconds() - c0;
  RunCounts counts;
  counts.articles = static_cast<int64_t>(all.size());
  counts.events = events;
  if (!run.ok() || !(*store)->FinishRun(*run, counts).ok()) return -1;
  auto sum = (*store)->Summary();
  if (!sum.ok() || sum->articles != counts.articles || sum->events != events ||
      !(*store)->CheckIntegrity(true).ok()) {
    std::fprintf(stderr, "store check failed\n");
    return -1;
  }
  store->reset();
  *mb = static_cast<double>(fs::file_size(db)) / 1e6;
  return 1e3 * cpu / static_cast<double>(all.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : std::string(HERODOTUS_SOURCE_DIR) + "/../shared/data";
  size_t max_sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 8000;
  int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  std::vector<Config> configs = {{"store", "", {}, 0}};
  for (int i = 4; i < argc; ++i) {
    std::string arg = argv[i];
    size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::fprintf(stderr, "usage: %s [DATA] [SENTENCES] [ROUNDS] [NAME=SQL]...\n", argv[0]);
      return 2;
    }
    configs.push_back({arg.substr(0, eq), arg.substr(eq + 1), {}, 0});
  }
  // The articles of batch_bench: JSON Lines of 20 sentences, one paragraph each.
  std::string jsonl;
  int articles = 0;
  const long read = LoadVoaArticlesJsonl(shared, max_sentences, &jsonl, &articles);
  if (read < 0) {
    std::printf("skipped: %s/bench/voa_gmb not found\n", shared.c_str());
    return 0;
  }
  const size_t lines = static_cast<size_t>(read);
  auto pipeline = Pipeline::Open(Options{});
  if (!pipeline.ok()) {
    std::printf("skipped: %s\n", pipeline.status().ToString().c_str());
    return 0;
  }
  std::vector<Coded> all;
  int64_t events = 0, quotes = 0;
  {
    auto reader = ArticleReader::FromString(jsonl, "voa.jsonl", IngestOptions{});
    for (Article a; reader->Next(&a);) {
      Coded c;
      if (!(*pipeline)->Code(a, &c.doc, &c.events, &c.quotes).ok()) return 1;
      for (Sentence& s : c.doc.sentences) std::vector<Token>().swap(s.tokens);  // as StoreWriter
      events += static_cast<int64_t>(c.events.size());
      quotes += static_cast<int64_t>(c.quotes.size());
      all.push_back(std::move(c));
    }
  }
  if (events == 0) {
    std::fprintf(stderr, "check failed: no events\n");
    return 1;
  }
  fs::path dir = fs::temp_directory_path() / ("herodotus_store_writer_bench_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string db = (dir / "events.db").string();
  bool ok = StoreAll(all, events, db, "", &configs[0].mb) > 0;  // warm-up
  for (int round = 0; ok && round < rounds; ++round) {
    for (size_t k = 0; ok && k < configs.size(); ++k) {
      Config& c = configs[(k + static_cast<size_t>(round)) % configs.size()];
      double ms = StoreAll(all, events, db, c.sql, &c.mb);
      ok = ms > 0;
      c.ms.push_back(ms);
    }
  }
  fs::remove_all(dir);
  if (!ok) return 1;
  std::printf("%zu VOA sentences in %zu articles, %lld events, %lld quotes; %d rounds, "
              "every store checked\n",
              lines, all.size(), static_cast<long long>(events), static_cast<long long>(quotes),
              rounds);
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  for (Config& c : configs) {
    auto [lo, hi] = std::minmax_element(c.ms.begin(), c.ms.end());
    std::printf("%-16s writer CPU %.3f ms/article (median; range %.3f-%.3f)  %.1f MB",
                c.name.c_str(), median(c.ms), *lo, *hi, c.mb);
    if (&c != &configs[0]) {
      // Paired with the same round of "store": this machine's speed drifts
      // between rounds more than between neighbouring runs.
      std::vector<double> ratio;
      for (size_t r = 0; r < c.ms.size(); ++r) ratio.push_back(c.ms[r] / configs[0].ms[r]);
      std::printf("  / store %.3f (median of rounds)", median(ratio));
    }
    std::printf("  rounds:");
    for (double x : c.ms) std::printf(" %.3f", x);
    std::printf("\n");
  }
  return 0;
}
