// StoreWriter: every queued article written in order on its own thread; the
// first store error stops it, later Puts return that error, and nothing
// after it is stored half or at all.
#include "pipeline/batch_store.h"

#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

namespace herodotus {
namespace {

namespace fs = std::filesystem;

Document MakeDoc(int i, size_t text_bytes) {
  Document d;
  d.article.id = "w" + std::to_string(i);
  d.article.date = {2020, 1, 1 + i % 28};
  d.article.text.assign(text_bytes, 'x');
  return d;
}

std::vector<Event> MakeEvents(const std::string& id, int n, size_t text_bytes) {
  std::vector<Event> v;
  for (int k = 0; k < n; ++k) {
    Event e;
    e.article_id = id;
    e.event_id = id + "-0-" + std::to_string(k);
    e.code = "112";
    e.root = "11";
    e.sentence = k;
    e.sentence_text = std::string(text_bytes, 'y') + e.event_id;
    v.push_back(e);
  }
  return v;
}

class StoreWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_store_writer_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

TEST_F(StoreWriterTest, WritesEverythingQueuedInOrder) {
  auto store = Store::Open(path_, {.batch_articles = 16});
  ASSERT_TRUE(store.ok());
  {
    StoreWriter w(store->get(), 4);  // a small queue: Put must block and resume
    for (int i = 0; i < 300; ++i) {
      Document d = MakeDoc(i, 100);
      ASSERT_TRUE(w.Put(d, MakeEvents(d.article.id, 1 + i % 3, 10), {}).ok());
    }
    ASSERT_TRUE(w.Finish().ok());
    EXPECT_EQ(w.written(), 300);
    EXPECT_GT(w.cpu_seconds(), 0.0);
  }
  ASSERT_TRUE((*store)->Flush().ok());
  auto sum = (*store)->Summary();
  EXPECT_EQ(sum->articles, 300);
  int64_t want = 0;
  for (int i = 0; i < 300; ++i) want += 1 + i % 3;
  EXPECT_EQ(sum->events, want);
  // Written in queue order: article rowids follow the ids.
  EventFilter f;
  f.article_id = "w299";
  EXPECT_EQ((*store)->Query(f)->size(), 3u);
}

TEST_F(StoreWriterTest, FirstErrorStopsItAndIsReturnedFromThenOn) {
  {
    auto s = Store::Open(path_, {});
    ASSERT_TRUE(s.ok());
  }
  int64_t size = static_cast<int64_t>(fs::file_size(path_));
  auto store = Store::Open(path_, {.batch_articles = 1, .max_bytes = size + 64 * 1024});
  ASSERT_TRUE(store.ok());
  StoreWriter w(store->get(), 2);
  Status put;
  int queued = 0;
  for (int i = 0; i < 500 && put.ok(); ++i) {
    Document d = MakeDoc(i, 2000);
    put = w.Put(d, MakeEvents(d.article.id, 3, 3000), {});
    if (put.ok()) ++queued;
  }
  Status finished = w.Finish();
  ASSERT_FALSE(finished.ok());
  EXPECT_EQ(finished.code(), StatusCode::kIoError);
  EXPECT_NE(finished.message().find("disk full"), std::string::npos) << finished.message();
  EXPECT_LT(w.written(), queued);
  if (!put.ok()) {
    EXPECT_EQ(put.message(), finished.message());
  }
  store->reset();
  auto ro = Store::Open(path_, {.read_only = true});
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  auto sum = (*ro)->Summary();
  EXPECT_EQ(sum->articles, w.written());   // batch of 1: every write that succeeded is committed
  EXPECT_EQ(sum->events, 3 * w.written());  // and whole
  EXPECT_TRUE((*ro)->CheckIntegrity(true).ok());
}

}  // namespace
}  // namespace herodotus
