// Issue 7 acceptance: readers see consistent results while a run writes.
// One writer stores articles k0, k1, … in order (article i has 1 + i % 4
// events) in small batches; reader threads, each with its own read-only
// Store (connection), query all the while. Every answer must be a state
// some commit left: a prefix k0…k(n-1) of whole articles, each with all its
// events, counts that agree with each other and never go backwards.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <thread>

#include <gtest/gtest.h>

#include "herodotus/store.h"
#include "output/test_events.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

constexpr int kArticles = 1500;

int EventsOf(int i) { return 1 + i % 4; }
int64_t EventsUpTo(int64_t n) {
  int64_t sum = 0;
  for (int64_t i = 0; i < n; ++i) sum += EventsOf(static_cast<int>(i));
  return sum;
}

void MakeArticle(int i, Article* a, std::vector<Event>* events) {
  a->id = "k" + std::to_string(i);
  a->date = {2018, 1 + i % 12, 1 + i % 28};
  a->title = "Title " + a->id;
  a->text = "text of " + a->id;
  events->clear();
  for (int k = 0; k < EventsOf(i); ++k) {
    Event e = testing::GoldenEvents()[static_cast<size_t>(k % 2)];
    e.article_id = a->id;
    e.date = a->date;
    e.event_id = a->id + "-" + std::to_string(e.sentence) + "-" + std::to_string(k);
    events->push_back(std::move(e));
  }
}

// Checks one snapshot of events: whole articles k0…k(n-1). Returns n, or -1.
int64_t CheckSnapshot(const std::vector<Event>& events, std::string* why) {
  std::map<int, int> per_article;
  for (const Event& e : events) ++per_article[std::stoi(e.article_id.substr(1))];
  int64_t n = static_cast<int64_t>(per_article.size());
  for (const auto& [i, count] : per_article) {
    if (i >= n) {
      *why = "article k" + std::to_string(i) + " visible before an earlier one";
      return -1;
    }
    if (count != EventsOf(i)) {
      *why = "article k" + std::to_string(i) + " has " + std::to_string(count) + " of its " +
             std::to_string(EventsOf(i)) + " events";
      return -1;
    }
  }
  return n;
}

TEST(ConcurrentTest, ReadersSeeWholeCommittedStatesWhileARunWrites) {
  fs::path dir = fs::temp_directory_path() / ("herodotus_concurrent_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string path = (dir / "events.db").string();
  auto writer = Store::Open(path, {.batch_articles = 7});
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();

  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::atomic<int64_t> snapshots{0}, partial_states{0};
  std::string failure;
  std::mutex failure_mu;
  auto fail = [&](const std::string& why) {
    std::lock_guard<std::mutex> lock(failure_mu);
    if (failures++ == 0) failure = why;
  };

  auto reader = [&](int which) {
    auto s = Store::Open(path, {.read_only = true});
    if (!s.ok()) return fail(s.status().ToString());
    int64_t last_articles = 0;
    while (!done.load()) {
      if (which == 0) {
        // Counts from one statement agree with each other.
        auto sum = (*s)->Summary();
        if (!sum.ok()) return fail(sum.status().ToString());
        if (sum->events != EventsUpTo(sum->articles)) {
          return fail(std::to_string(sum->articles) + " articles but " +
                      std::to_string(sum->events) + " events");
        }
        if (sum->articles < last_articles) return fail("article count went backwards");
        last_articles = sum->articles;
      } else {
        // A full query (and a filtered one) shows whole articles only.
        EventFilter f;
        if (which == 2) f.root = "18";
        auto events = (*s)->Query(f);
        if (!events.ok()) return fail(events.status().ToString());
        if (which == 1) {
          std::string why;
          int64_t n = CheckSnapshot(*events, &why);
          if (n < 0) return fail(why);
          if (n < last_articles) return fail("articles went backwards");
          if (n > 0 && n < kArticles) ++partial_states;
          last_articles = n;
        } else {
          // Root 18 is the second golden event: articles with ≥ 2 events.
          for (const Event& e : *events) {
            if (e.root != "18") return fail("filter returned root " + e.root);
          }
        }
      }
      ++snapshots;
    }
  };
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) readers.emplace_back(reader, r);

  Article a;
  std::vector<Event> events;
  for (int i = 0; i < kArticles && failures.load() == 0; ++i) {
    MakeArticle(i, &a, &events);
    Status st = (*writer)->PutArticle(a, events);
    if (!st.ok()) {
      fail(st.ToString());
      break;
    }
  }
  Status flushed = (*writer)->Flush();
  // Let the readers see the final state too.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  done = true;
  for (auto& t : readers) t.join();
  ASSERT_TRUE(flushed.ok()) << flushed.ToString();
  EXPECT_EQ(failures.load(), 0) << failure;
  EXPECT_GT(snapshots.load(), 10);
  // The readers did look while the run was half done, not only before or after.
  EXPECT_GT(partial_states.load(), 0);

  auto ro = Store::Open(path, {.read_only = true});
  ASSERT_TRUE(ro.ok());
  auto all = (*ro)->Query({});
  ASSERT_TRUE(all.ok());
  std::string why;
  EXPECT_EQ(CheckSnapshot(*all, &why), kArticles) << why;
  EXPECT_TRUE((*ro)->CheckIntegrity(true).ok());
  writer->reset();
  ro->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace herodotus
