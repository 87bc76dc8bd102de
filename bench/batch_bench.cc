// Batch runs with and without the event store, on 1 and 2 threads, in one
// process (issue 7 acceptance): the ratio store on / coding to /dev/null
// (goal ≥ 0.90) and 2 threads / 1 thread (goal ≥ 1.7×).
//
//   build/bench/batch_bench [SHARED_DATA_DIR] [MAX_SENTENCES] [ROUNDS]
//
// Input: the VOA sentences of ../shared/data/bench/voa_gmb as JSON Lines
// articles of 20 sentences (held in memory, read through ArticleReader as
// `herodotus code` reads a file). Four configurations — /dev/null or store,
// 1 or 2 threads — run ROUNDS times each (default 3) in interleaved order,
// after a warm-up; each is reported by its best (least disturbed) round, with
// wall time, process CPU time and the load average, because other jobs share
// this machine. The /dev/null sink formats every event as JSONL and writes it
// to /dev/null; the store sink does what `code --db` does (HasArticle skip
// check, quotes collected, articles handed to a StoreWriter thread, one run
// row, Flush).
//
// Checked before any figure is printed: events non-empty, and every run
// yields exactly the same events (hash of their JSONL, in input order); each
// store holds all articles and events and passes integrity_check. Exits 1 on
// a failed check, 0 with "skipped: …" when the data or models are absent.
#include <sys/resource.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "herodotus/batch.h"
#include "herodotus/ingest.h"
#include "herodotus/pipeline.h"
#include "herodotus/store.h"
#include "output/formats.h"
#include "pipeline/batch_store.h"
#include "voa_articles.h"

namespace {

using namespace herodotus;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double Load1() {
  double l[1] = {0};
  return getloadavg(l, 1) == 1 ? l[0] : -1;
}

struct Result1 {
  double wall = 0, cpu = 0, load = 0;
  // CPU of the store's writer thread and of the final commit; wall time the
  // sink waited for the store (handing articles over, the final commit).
  double store_cpu = 0, store_wall = 0;
  double skip_wall = 0;  // the reader's HasArticle checks (a serial stage)
  int64_t articles = 0, events = 0;
  uint64_t hash = 0;
  bool ok = true;
};

// One batch run over `jsonl`. `db` empty: events as JSONL to /dev/null.
Result1 Run(const Pipeline& pipeline, const std::string& jsonl, int threads, const std::string& db) {
  Result1 r;
  IngestOptions in;
  auto reader = ArticleReader::FromString(jsonl, "voa.jsonl", in);
  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  if (!db.empty()) {
    fs::remove(db);
    fs::remove(db + "-wal");
    fs::remove(db + "-shm");
    auto s = Store::Open(db, {});
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      r.ok = false;
      return r;
    }
    store = std::move(*s);
  }
  std::FILE* null = std::fopen("/dev/null", "w");
  XXH64_state_t* h = XXH64_createState();
  XXH64_reset(h, 0);
  std::string line;
  double load0 = Load1();
  double cpu0 = CpuSeconds();
  auto t0 = Clock::now();
  BatchOptions bo;
  bo.threads = threads;
  std::unique_ptr<StoreWriter> writer;
  if (store) {
    writer = std::make_unique<StoreWriter>(store.get());
    auto run = store->BeginRun("batch_bench");
    run_id = run.ok() ? *run : 0;
    bo.quotes = true;
    bo.skip = [&](const Article& a) {
      auto s0 = Clock::now();
      auto has = store->HasArticle(a.id, Store::ContentHash(a));
      r.skip_wall += std::chrono::duration<double>(Clock::now() - s0).count();
      return has.ok() && *has;
    };
  }
  Status st = RunBatch(pipeline, *reader, bo, [&](BatchItem& item) {
    if (!item.status.ok() || item.skipped) {
      std::fprintf(stderr, "%s: %s\n", item.doc.article.id.c_str(), item.status.ToString().c_str());
      r.ok = false;
      return false;
    }
    for (const Event& e : item.events) {
      line.clear();
      output::FormatEventJson(e, &line);
      XXH64_update(h, line.data(), line.size());
      if (!store) std::fwrite(line.data(), 1, line.size(), null);
    }
    ++r.articles;
    r.events += static_cast<int64_t>(item.events.size());
    if (writer) {
      // As `code --db`: handed to the store's own thread.
      auto w0 = Clock::now();
      Status p = writer->Put(std::move(item.doc), std::move(item.events), std::move(item.quotes));
      r.store_wall += std::chrono::duration<double>(Clock::now() - w0).count();
      if (!p.ok()) {
        std::fprintf(stderr, "%s\n", p.ToString().c_str());
        r.ok = false;
        return false;
      }
    }
    return true;
  });
  if (store) {
    RunCounts c;
    c.articles = r.articles;
    c.events = r.events;
    double c0 = ThreadCpuSeconds();
    auto w0 = Clock::now();
    if (!writer->Finish().ok()) r.ok = false;
    if (!store->FinishRun(run_id, c).ok() || !store->Flush().ok()) r.ok = false;
    r.store_cpu += ThreadCpuSeconds() - c0 + writer->cpu_seconds();
    r.store_wall += std::chrono::duration<double>(Clock::now() - w0).count();
  }
  std::fflush(null);
  r.wall = std::chrono::duration<double>(Clock::now() - t0).count();
  r.cpu = CpuSeconds() - cpu0;
  r.load = (load0 + Load1()) / 2;
  std::fclose(null);
  r.hash = XXH64_digest(h);
  XXH64_freeState(h);
  if (!st.ok()) r.ok = false;
  if (store) {
    auto sum = store->Summary();
    if (!sum.ok() || sum->articles != r.articles || sum->events != r.events ||
        !store->CheckIntegrity(true).ok()) {
      std::fprintf(stderr, "store check failed\n");
      r.ok = false;
    }
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : std::string(HERODOTUS_SOURCE_DIR) + "/../shared/data";
  size_t max_sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 8000;
  int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  // JSON Lines articles of 20 sentences, one paragraph each.
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
  fs::path dir = fs::temp_directory_path() / ("herodotus_batch_bench_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string db = (dir / "events.db").string();

  // Warm-up (page cache, allocator, lazy tables), then interleaved rounds.
  std::string warm = jsonl.substr(0, jsonl.find('\n', jsonl.size() / 10) + 1);
  (void)Run(**pipeline, warm, 2, db);
  // What quotation finding adds to coding (the store run collects quotes,
  // as `code --db` does; the /dev/null run does not): thread CPU, 1 thread.
  double quotes_share = 0;
  {
    IngestOptions in;
    auto reader = ArticleReader::FromString(jsonl, "voa.jsonl", in);
    std::vector<Article> all;
    for (Article a; reader->Next(&a);) all.push_back(a);
    double cpu[2] = {0, 0};
    for (int pass = 0; pass < 2; ++pass) {
      for (int with_quotes = 0; with_quotes < 2; ++with_quotes) {
        double c0 = ThreadCpuSeconds();
        for (const Article& a : all) {
          Document doc;
          std::vector<Event> ev;
          std::vector<Quote> q;
          (void)(*pipeline)->Code(a, &doc, &ev, with_quotes ? &q : nullptr);
        }
        if (pass == 1) cpu[with_quotes] = ThreadCpuSeconds() - c0;
      }
    }
    quotes_share = cpu[1] / cpu[0] - 1;
  }
  struct Config { const char* name; int threads; bool store; std::vector<Result1> runs; };
  std::vector<Config> configs = {{"/dev/null, 1 thread ", 1, false, {}},
                                 {"store,     1 thread ", 1, true, {}},
                                 {"/dev/null, 2 threads", 2, false, {}},
                                 {"store,     2 threads", 2, true, {}}};
  for (int round = 0; round < rounds; ++round) {
    for (size_t k = 0; k < configs.size(); ++k) {
      Config& c = configs[(k + static_cast<size_t>(round)) % configs.size()];
      c.runs.push_back(Run(**pipeline, jsonl, c.threads, c.store ? db : ""));
    }
  }
  fs::remove_all(dir);

  // Checks first: every run ok, events non-empty and identical everywhere.
  const Result1& ref = configs[0].runs[0];
  bool ok = ref.events > 0;
  for (const Config& c : configs) {
    for (const Result1& r : c.runs) {
      if (!r.ok || r.events != ref.events || r.hash != ref.hash || r.articles != articles) {
        std::fprintf(stderr, "check failed: %s gave %lld articles, %lld events, hash %016llx "
                     "(want %d, %lld, %016llx)\n", c.name, static_cast<long long>(r.articles),
                     static_cast<long long>(r.events), static_cast<unsigned long long>(r.hash),
                     articles, static_cast<long long>(ref.events),
                     static_cast<unsigned long long>(ref.hash));
        ok = false;
      }
    }
  }
  if (!ok) return 1;

  std::printf("%zu VOA sentences in %d articles, %lld events (identical in every run); "
              "best of %d rounds; %ld CPUs online\n",
              lines, articles, static_cast<long long>(ref.events), rounds,
              sysconf(_SC_NPROCESSORS_ONLN));
  std::vector<Result1> best;
  for (const Config& c : configs) {
    Result1 b = *std::min_element(c.runs.begin(), c.runs.end(),
                                  [](const Result1& x, const Result1& y) { return x.wall < y.wall; });
    best.push_back(b);
    std::printf("%s  wall %6.2f s  %7.1f articles/s  %7.0f sentences/s   CPU %6.2f s (%.2f cores)"
                "   load %.1f   rounds:",
                c.name, b.wall, articles / b.wall, lines / b.wall, b.cpu, b.cpu / b.wall, b.load);
    for (const Result1& r : c.runs) std::printf(" %.2f", r.wall);
    std::printf("\n");
  }
  auto ratio = [](const Result1& base, const Result1& other) { return base.wall / other.wall; };
  std::printf("store / /dev/null throughput: 1 thread %.3f, 2 threads %.3f   (goal >= 0.90)\n",
              ratio(best[0], best[1]), ratio(best[2], best[3]));
  std::printf("2 threads / 1 thread: /dev/null %.2fx, store %.2fx   (goal >= 1.7x)\n",
              ratio(best[0], best[2]), ratio(best[1], best[3]));
  // The machine-load-independent view: what the store costs in CPU and in
  // time spent waiting inside it (commits, WAL checkpoints), against the
  // CPU the coding itself takes.
  for (int k : {1, 3}) {
    const Result1& b = best[static_cast<size_t>(k)];
    double coding_cpu = best[static_cast<size_t>(k - 1)].cpu;
    std::printf("store writes, %d thread%s: CPU %.3f s (writer thread), coding waited %.3f s for "
                "the store, the reader %.3f s for skip checks; store CPU = %.1f%% of the /dev/null run's CPU (%.2f ms/article); "
                "store/null by process CPU: %.3f\n",
                configs[static_cast<size_t>(k)].threads, k == 1 ? " " : "s", b.store_cpu,
                b.store_wall, b.skip_wall, 100 * b.store_cpu / coding_cpu, 1e3 * b.store_cpu / articles,
                coding_cpu / b.cpu);
  }
  std::printf("finding quotes (store runs only) adds %.1f%% to coding CPU\n", 100 * quotes_share);
  std::printf("CPU per article, 2 threads vs 1 (1.00 = no parallel overhead): /dev/null %.2f, "
              "store %.2f\n",
              best[2].cpu / best[0].cpu, best[3].cpu / best[1].cpu);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
