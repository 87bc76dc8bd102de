// Query, ForEachEvent and Stats over a store filled through the API with the
// writers' golden events (plus variations): every filter, the round trip
// Event → row → Event, and a reader that runs while a batch is open.
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "herodotus/store.h"
#include "output/formats.h"
#include "output/test_events.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

std::string Json(const Event& e) {
  std::string s;
  output::FormatEventJson(e, &s);
  return s;
}

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_query_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
    auto s = Store::Open(path_, {});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    // Articles a1 (2 events), b"2 (1), c3 (1) as in the golden set.
    std::map<std::string, std::vector<Event>> by_article;
    for (const Event& e : testing::GoldenEvents()) by_article[e.article_id].push_back(e);
    for (auto& [id, events] : by_article) {
      Article a;
      a.id = id;
      a.date = events[0].date;
      a.url = "https://example.org/" + id;
      a.source = "Example News";
      a.title = "About " + id;
      ASSERT_TRUE(store_->PutArticle(a, events).ok());
    }
    ASSERT_TRUE(store_->Flush().ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  std::vector<std::string> Ids(const EventFilter& f) {
    auto r = store_->Query(f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> ids;
    if (r.ok()) for (const Event& e : *r) ids.push_back(e.event_id);
    return ids;
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

using IdList = std::vector<std::string>;

TEST_F(QueryTest, RoundTripsEveryField) {
  auto all = store_->Query({});
  ASSERT_TRUE(all.ok());
  std::map<std::string, std::string> want;
  for (const Event& e : testing::GoldenEvents()) want[e.event_id] = Json(e);
  ASSERT_EQ(all->size(), want.size());
  for (const Event& e : *all) {
    std::string got = Json(e);
    // The invalid byte in one sentence is stored as given and comes back the same.
    EXPECT_EQ(got, want[e.event_id]);
  }
}

TEST_F(QueryTest, OrderIsDateThenInsertion) {
  // c3 has no date (NULL sorts first), then a1 (2018), then b"2 (2019).
  EXPECT_EQ(Ids({}), (IdList{"c3-7-0", "a1-3-0", "a1-3-1", "b\"2-0-0"}));
}

TEST_F(QueryTest, DateRange) {
  EventFilter f;
  f.from = {2018, 10, 3};
  f.to = {2018, 10, 3};
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0", "a1-3-1"}));
  f.to = {};
  f.from = {2019, 1, 1};
  EXPECT_EQ(Ids(f), (IdList{"b\"2-0-0"}));
}

TEST_F(QueryTest, ActorMatchesCodePrefixOrCountry) {
  EventFilter f;
  f.actor = "USA";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0", "a1-3-1"}));
  f.actor = "IRNREB";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-1"}));
  f.actor = "IGO";
  EXPECT_EQ(Ids(f), (IdList{"c3-7-0"}));
  f.actor = "US";  // prefix of USAGOV
  EXPECT_EQ(Ids(f).size(), 2u);
  f.actor = "FRA";
  EXPECT_TRUE(Ids(f).empty());
}

TEST_F(QueryTest, DyadIsDirected) {
  EventFilter f;
  f.dyad_source = "USA";
  f.dyad_target = "IRN";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0"}));
  f.dyad_source = "IRN";
  f.dyad_target = "USA";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-1"}));
}

TEST_F(QueryTest, CodeRootStatusPlaceText) {
  EventFilter f;
  f.code = "11";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0"}));
  f = {};
  f.code = "0874";
  EXPECT_EQ(Ids(f), (IdList{"c3-7-0"}));
  f.code = "183";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-1"}));
  f.code = "1";  // one digit: a range of roots
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0", "a1-3-1"}));
  f = {};
  f.root = "18";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-1"}));
  f = {};
  f.statuses = {EventStatus::kDenied, EventStatus::kHypothetical};
  EXPECT_EQ(Ids(f), (IdList{"c3-7-0", "b\"2-0-0"}));
  f = {};
  f.place = "basra";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0", "a1-3-1"}));
  f.place = "COD";
  EXPECT_EQ(Ids(f), (IdList{"c3-7-0"}));
  f = {};
  f.text = "rocket consulate";
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0", "a1-3-1"}));
  f.text = "United Nations";
  EXPECT_EQ(Ids(f), (IdList{"c3-7-0"}));
  f.text = "\"quoted\" AND (NEAR";  // FTS5 syntax in user text is taken literally
  EXPECT_TRUE(Ids(f).empty());
  f = {};
  f.article_id = "a1";
  f.limit = 1;
  EXPECT_EQ(Ids(f), (IdList{"a1-3-0"}));
}

TEST_F(QueryTest, ForEachEventStreamsOriginAndStopsOnError) {
  int n = 0;
  Status s = store_->ForEachEvent({}, [&](const Event& e, const StoredOrigin& o) {
    EXPECT_EQ(o.url, "https://example.org/" + e.article_id);
    EXPECT_EQ(o.source, "Example News");
    if (++n == 2) return Status::IoError("stop");
    return Status::Ok();
  });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(n, 2);
}

TEST_F(QueryTest, Stats) {
  auto by_status = store_->Stats(Store::StatsBy::kStatus, {});
  ASSERT_TRUE(by_status.ok());
  ASSERT_EQ(by_status->size(), 4u);
  int64_t total = 0, occurred = 0;
  for (const auto& r : *by_status) {
    total += r.events;
    occurred += r.occurred;
  }
  EXPECT_EQ(total, 4);
  EXPECT_EQ(occurred, 2);  // asserted + alleged; denied and hypothetical never count

  auto by_root = store_->Stats(Store::StatsBy::kRoot, {});
  ASSERT_TRUE(by_root.ok());
  ASSERT_EQ(by_root->size(), 4u);
  EXPECT_EQ((*by_root)[0].key, "03");

  auto by_day = store_->Stats(Store::StatsBy::kDay, {});
  ASSERT_TRUE(by_day.ok());
  ASSERT_EQ(by_day->size(), 3u);
  EXPECT_EQ((*by_day)[1].key, "2018-10-03");
  EXPECT_EQ((*by_day)[1].events, 2);

  auto by_dyad = store_->Stats(Store::StatsBy::kDyad, {});
  ASSERT_TRUE(by_dyad.ok());
  std::set<std::string> keys;
  for (const auto& r : *by_dyad) keys.insert(r.key);
  EXPECT_EQ(keys, (std::set<std::string>{"USAGOV,IRN", "IRNREBMIL,USAGOV", "-,-", "-,IGOUNO"}));

  EventFilter f;
  f.actor = "USA";
  auto filtered = store_->Stats(Store::StatsBy::kStatus, f);
  ASSERT_TRUE(filtered.ok());
  EXPECT_EQ(filtered->size(), 2u);
}

TEST_F(QueryTest, ReaderSeesLastCommitWhileABatchIsOpen) {
  auto writer = Store::Open(path_, {.batch_articles = 1000});
  ASSERT_TRUE(writer.ok());
  Article a;
  a.id = "pending";
  a.date = {2020, 1, 1};
  Event e = testing::GoldenEvents()[0];
  e.article_id = "pending";
  e.event_id = "pending-0-0";
  ASSERT_TRUE((*writer)->PutArticle(a, {e}).ok());  // batch open, uncommitted
  auto reader = Store::Open(path_, {.read_only = true});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ((*reader)->Query({})->size(), 4u);
  ASSERT_TRUE((*writer)->Flush().ok());
  EXPECT_EQ((*reader)->Query({})->size(), 5u);
}

TEST_F(QueryTest, SummaryCounts) {
  auto s = store_->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->articles, 3);
  EXPECT_EQ(s->events, 4);
  EXPECT_EQ(s->sentences, 3);
}

}  // namespace
}  // namespace herodotus
