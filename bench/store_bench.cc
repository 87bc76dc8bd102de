// Event store throughput: articles/s and events/s written through
// Store::PutArticle (batch of 1 and the default batch), against writing the
// same events as JSONL to /dev/null in the same run; then the read side
// (ForEachEvent → JSONL) and an indexed actor query. Wall-clock time, one
// thread, fresh database in $TMPDIR.
//
//   build/bench/store_bench [ARTICLES]
//
// Before timing is reported the result is checked: every article and event
// is read back, and PRAGMA integrity_check must pass. Exits 1 on a failed check.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "herodotus/store.h"
#include "herodotus/writer.h"

namespace {

using namespace herodotus;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// A synthetic article of ~3 KB with 5 events in 3 sentences, varied actors
// and dates so the indexes see realistic spread.
void MakeArticle(int i, Article* a, std::vector<Event>* events) {
  static const char* kActors[] = {"USAGOV", "IRNMIL", "RUSGOV", "UKRMIL", "FRAGOV", "CHNGOV",
                                  "IGOUNO", "SYRREB", "ISRMIL", "TURGOV"};
  a->id = "bench-" + std::to_string(i);
  a->date = {2000 + i % 20, 1 + i % 12, 1 + i % 28};
  a->title = "Article " + std::to_string(i);
  a->url = "https://example.org/" + a->id;
  a->source = "Bench Wire";
  a->text.assign(3000, 'x');
  events->clear();
  for (int k = 0; k < 5; ++k) {
    Event e;
    e.article_id = a->id;
    e.sentence = k % 3;
    e.event_id = a->id + "-" + std::to_string(e.sentence) + "-" + std::to_string(k);
    e.date = a->date;
    e.code = std::to_string(100 + (i + k) % 90);
    e.root = e.code.substr(0, 2);
    e.quad_class = 1 + k % 4;
    e.goldstein = -2.5;
    e.plover_event = "ACCUSE";
    std::string src = kActors[(i + k) % 10], tgt = kActors[(i + 3 * k + 1) % 10];
    e.source = ActorRef{"the " + src, src, src.substr(0, 3), {src.substr(3)}, "", 0, 10};
    e.target = ActorRef{"the " + tgt, tgt, tgt.substr(0, 3), {tgt.substr(3)}, "", 20, 30};
    e.status = static_cast<EventStatus>(k % 6);
    e.sentence_text = "Sentence " + std::to_string(e.sentence) + " of article " +
                      std::to_string(i) + " where the minister blamed the rebels for an attack.";
    e.trigger = "blamed";
    events->push_back(std::move(e));
  }
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 20000;
  auto dir = std::filesystem::temp_directory_path() / ("herodotus_store_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  Article a;
  std::vector<Event> events;

  // Baseline: the same events as JSONL to /dev/null.
  std::FILE* null = std::fopen("/dev/null", "w");
  auto jsonl = EventWriter::Create("jsonl", null);
  auto t0 = Clock::now();
  for (int i = 0; i < n; ++i) {
    MakeArticle(i, &a, &events);
    for (const Event& e : events) (void)(*jsonl)->Write(e);
  }
  (void)(*jsonl)->Flush();
  double baseline = Seconds(t0);

  int failures = 0;
  for (int batch : {1, 256}) {
    std::string path = (dir / ("b" + std::to_string(batch) + ".db")).string();
    auto store = Store::Open(path, {.batch_articles = batch});
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
      return 1;
    }
    int articles = batch == 1 ? std::min(n, 2000) : n;
    t0 = Clock::now();
    for (int i = 0; i < articles; ++i) {
      MakeArticle(i, &a, &events);
      for (const Event& e : events) (void)(*jsonl)->Write(e);
      if (Status s = (*store)->PutArticle(a, events); !s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        return 1;
      }
    }
    (void)(*store)->Flush();
    double secs = Seconds(t0);
    auto sum = (*store)->Summary();
    if (!sum.ok() || sum->articles != articles || sum->events != 5LL * articles ||
        !(*store)->CheckIntegrity(true).ok()) {
      std::fprintf(stderr, "check failed for batch %d\n", batch);
      ++failures;
    }
    std::printf("store write (+JSONL), batch %3d: %8.0f articles/s %9.0f events/s; JSONL alone "
                "%8.0f articles/s; %.1f MB\n",
                batch, articles / secs, 5 * articles / secs, n / baseline,
                std::filesystem::file_size(path) / 1e6);
    if (batch != 256) continue;

    // Read side.
    t0 = Clock::now();
    int64_t read = 0;
    Status s = (*store)->ForEachEvent({}, [&](const Event& e, const StoredOrigin& o) {
      ++read;
      return (*jsonl)->Write(e, o.view());
    });
    double rsecs = Seconds(t0);
    if (!s.ok() || read != 5LL * n) {
      std::fprintf(stderr, "export check failed: %lld events\n", static_cast<long long>(read));
      ++failures;
    }
    std::printf("export (ForEachEvent → JSONL): %9.0f events/s\n", read / rsecs);
    EventFilter f;
    f.dyad_source = "USA";
    f.dyad_target = "IRN";
    f.from = {2005, 1, 1};
    t0 = Clock::now();
    auto q = (*store)->Query(f);
    double qsecs = Seconds(t0);
    if (!q.ok() || q->empty()) ++failures;
    std::printf("dyad query USA,IRN from 2005: %zu events in %.1f ms\n", q.ok() ? q->size() : 0,
                qsecs * 1e3);
  }
  std::fclose(null);
  std::filesystem::remove_all(dir);
  return failures ? 1 : 0;
}
