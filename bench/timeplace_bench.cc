// What time and place cost inside the whole pipeline (issue 6 budget:
// ≤ 10% of throughput; the gazetteer loads in ≤ 200 ms and ≤ 100 MB).
//
//   build/bench/timeplace_bench [SHARED_DATA_DIR] [MAX_SENTENCES] [ROUNDS]
//
// 1. Gazetteer load, first thing in the process: wall and CPU time, and the
//    resident-set growth (current RSS from /proc/self/statm, before/after);
//    then the best of 3 further loads.
// 2. Two pipelines in the same process, identical but for the dictionary
//    folder: the project's dict/, and a temporary folder of links to every
//    entry of dict/ except geo/ (a pipeline without a gazetteer runs without
//    time and place). Before timing, both code a fixed article and the corpus:
//    every event coded without time and place (code, source, status) must be
//    coded with them too (they may add events whose target is known only
//    from the place); with time and place the sample's shooting-down is near
//    Latakia (Syria) in the week before publication, without them no event
//    has a place.
// 3. Both code the same VOA sentences (../shared/data/bench/voa_gmb, 20 to an
//    article, published 2010-06-01), one thread, alternating off/on each
//    round after a warm-up round; CPU time of the thread. Prints sentences/s
//    of each, the ratio and the cost in %, and the locations and date
//    precisions found. Exits 0 with "skipped: reason" when the shared data or
//    the models are absent, 1 when a check fails.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "discourse/timeplace.h"
#include "herodotus/pipeline.h"
#include "voa_articles.h"

namespace {

using namespace herodotus;
namespace fs = std::filesystem;

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double RssMb() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// A dictionary folder without geo/: the same tree of folders, with links to
// every file of `dict` outside geo/ (loaders walk folders without following
// links to folders, so only files are linked).
bool MakeDictWithoutGeo(const fs::path& dict, fs::path* out) {
  char tmpl[] = "/tmp/herodotus-nogeo-XXXXXX";
  if (!mkdtemp(tmpl)) return false;
  *out = tmpl;
  std::error_code ec;
  const fs::path root = fs::absolute(dict);
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const fs::path rel = fs::relative(it->path(), root, ec);
    if (rel == "geo") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) fs::create_directories(*out / rel, ec);
    else fs::create_symlink(it->path(), *out / rel, ec);
    if (ec) return false;
  }
  return !ec;
}

Article Sample() {
  Article a;
  a.id = "sample";
  a.date = Date{2018, 10, 3};
  a.text =
      "Turkish jets shot down a Russian warplane near Latakia last week. "
      "Russia denied on Tuesday that its jet had entered Turkish airspace.";
  return a;
}

// What time and place must not take away: every event coded without them
// (its code, source and status) is coded with them too. They may add events
// and change targets: the coder gives an unnamed target of a domestic
// material act the country where the act happened, and an act by nobody
// known counts when its target is known. Returns the events they added, or
// -1 when one is missing (printed). Two events that differed only in an
// unnamed target may become one once both targets are the same country, so
// an event counts as kept when one with its code, source and status is.
long Added(const std::string& id, const std::vector<Event>& with, const std::vector<Event>& without) {
  std::multiset<std::string> have;
  auto key = [](const Event& e) {
    return e.code + ' ' + (e.source ? e.source->code : "-") + ' ' + std::string(StatusName(e.status));
  };
  for (const Event& e : with) have.insert(key(e));
  std::set<std::string> kept;
  for (const Event& e : without) {
    if (have.count(key(e)) == 0) {
      std::fprintf(stderr, "check failed: %s: %s (%s) is lost with time and place\n", id.c_str(),
                   e.event_id.c_str(), key(e).c_str());
      return -1;
    }
    kept.insert(key(e));
  }
  long added = 0;
  for (const std::string& k : kept) {
    long without_n = std::count_if(without.begin(), without.end(),
                                   [&](const Event& e) { return key(e) == k; });
    added += std::max(0L, static_cast<long>(have.count(k)) - without_n);
  }
  for (const std::string& k : have) added += kept.count(k) ? 0 : 1;
  return added;
}

bool Code(const Pipeline& p, const Article& a, std::vector<Event>* ev) {
  Document doc;
  Status s = p.Code(a, &doc, ev);
  if (!s.ok()) std::fprintf(stderr, "%s: %s\n", a.id.c_str(), s.ToString().c_str());
  return s.ok();
}

bool CheckSample(const Pipeline& on, const Pipeline& off) {
  std::vector<Event> with, without;
  if (!Code(on, Sample(), &with) || !Code(off, Sample(), &without)) return false;
  if (Added("sample", with, without) < 0 || with.empty()) return false;
  bool placed = false, plain = true;
  for (const Event& e : with)
    if (e.location && e.location->country == "SYR" && e.date_precision == "week") placed = true;
  for (const Event& e : without)
    if (e.location || e.date != Date{2018, 10, 3}) plain = false;
  if (!placed || !plain) {
    std::fprintf(stderr, "sample check failed: %s\n",
                 !placed ? "no event placed in Syria last week" : "events placed without a gazetteer");
    for (const Event& e : with)
      std::fprintf(stderr, "  %s %s %s %s\n", e.code.c_str(), e.date.ToString().c_str(),
                   e.date_precision.c_str(), e.location ? e.location->name.c_str() : "-");
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string source = HERODOTUS_SOURCE_DIR;
  std::string shared = argc > 1 ? argv[1] : source + "/../shared/data";
  size_t max_sentences = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 10000;
  int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  if (rounds < 1) rounds = 1;
  const fs::path dict = source + "/dict";

  // 1. The gazetteer, before anything else is loaded.
  double rss0 = RssMb(), w0 = WallSeconds(), c0 = CpuSeconds();
  auto tp = discourse::TimePlace::Load(dict.string());
  double first_wall = WallSeconds() - w0, first_cpu = CpuSeconds() - c0, rss1 = RssMb();
  if (!tp.ok()) {
    std::printf("skipped: %s\n", tp.status().ToString().c_str());
    return 0;
  }
  const size_t places = (*tp)->gazetteer().size();
  tp->reset();
  double best_wall = 1e9, best_cpu = 1e9;
  for (int i = 0; i < 3; ++i) {
    double w = WallSeconds(), c = CpuSeconds();
    auto again = discourse::TimePlace::Load(dict.string());
    best_wall = std::min(best_wall, WallSeconds() - w);
    best_cpu = std::min(best_cpu, CpuSeconds() - c);
    if (!again.ok()) return 1;
  }
  std::printf("gazetteer: %zu places; first load %.0f ms wall, %.0f ms CPU, RSS +%.1f MB; "
              "best of 3 more: %.0f ms wall, %.0f ms CPU\n",
              places, first_wall * 1e3, first_cpu * 1e3, rss1 - rss0, best_wall * 1e3,
              best_cpu * 1e3);

  // 2. Two pipelines and their checks.
  std::vector<Article> articles;
  const long read = LoadVoaArticles(shared, max_sentences, &articles);
  if (read < 0) {
    std::printf("skipped: %s/bench/voa_gmb not found\n", shared.c_str());
    return 0;
  }
  const size_t lines = static_cast<size_t>(read);
  fs::path nogeo;
  if (!MakeDictWithoutGeo(dict, &nogeo)) {
    std::fprintf(stderr, "cannot make a dictionary folder without geo/ in /tmp\n");
    return 1;
  }
  Options on_opt, off_opt;
  off_opt.dict_dir = nogeo.string();
  auto on = Pipeline::Open(on_opt);
  auto off = Pipeline::Open(off_opt);
  std::error_code ec;
  fs::remove_all(nogeo, ec);  // loaded: the links are no longer needed
  if (!on.ok() || !off.ok()) {
    std::printf("skipped: %s\n", (!on.ok() ? on : off).status().ToString().c_str());
    return 0;
  }
  if (!CheckSample(**on, **off)) return 1;
  std::map<std::string, size_t> basis, precision;
  size_t events = 0, events_off = 0, sentences = 0, events_added = 0;
  for (const Article& a : articles) {
    std::vector<Event> with, without;
    if (!Code(**on, a, &with) || !Code(**off, a, &without)) return 1;
    long added = Added(a.id, with, without);
    if (added < 0) return 1;
    events_added += static_cast<size_t>(added);
    events += with.size();
    events_off += without.size();
    for (const Event& e : with) {
      ++basis[e.location ? (e.location->geonameid ? e.location->basis : e.location->basis + " (unknown place)")
                         : "none"];
      ++precision[e.date_precision];
    }
  }
  if (events == 0) {
    std::fprintf(stderr, "check failed: no events coded\n");
    return 1;
  }

  // 3. Timing, alternating.
  double secs[2] = {0, 0};
  for (int round = 0; round <= rounds; ++round) {  // round 0 warms up
    for (int mode = 0; mode < 2; ++mode) {
      const Pipeline& p = mode == 0 ? **off : **on;
      double t0 = CpuSeconds();
      size_t n = 0;
      for (const Article& a : articles) {
        Document doc;
        std::vector<Event> ev;
        if (!p.Code(a, &doc, &ev).ok()) return 1;
        if (round == 0 && mode == 0) sentences += doc.sentences.size();
        n += ev.size();
      }
      if (round > 0) secs[mode] += CpuSeconds() - t0;
      if (n != (mode == 0 ? events_off : events)) return 1;
    }
  }
  double off_rate = sentences * rounds / secs[0], on_rate = sentences * rounds / secs[1];
  std::printf("%zu VOA sentences (%zu lines) in %zu articles, %zu events, one thread, %d rounds\n",
              sentences, lines, articles.size(), events, rounds);
  std::printf("without time and place %8.0f sentences/s (%.2f s)\n", off_rate, secs[0]);
  std::printf("with time and place    %8.0f sentences/s (%.2f s)\n", on_rate, secs[1]);
  std::printf("ratio with/without: %.3f   cost: %.1f%% of throughput (budget 10%%)\n",
              on_rate / off_rate, 100.0 * (1.0 - on_rate / off_rate));
  std::printf("locations:");
  for (const auto& [k, n] : basis) std::printf("  %s %zu", k.c_str(), n);
  std::printf("\nevents: %zu with time and place, %zu without (%zu added: targets known from the place)",
              events, events_off, events_added);
  std::printf("\ndate precision:");
  for (const auto& [k, n] : precision) std::printf("  %s %zu", k.c_str(), n);
  std::printf("\n");
  return 0;
}
