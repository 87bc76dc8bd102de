// Store lifecycle and failure modes: schema creation and migration,
// idempotence, replacement of changed articles, refusal of newer schemas and
// foreign or corrupt files, read-only locations, locks and a full disk.
#include "herodotus/store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "output/test_events.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

// Runs `body` in a child process; as root the child first becomes an
// unprivileged user, so file permissions apply as they do for researchers.
// Returns the child's exit code (body's return value), or -1.
int AsUnprivilegedUser(const std::function<int()>& body) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(99);
    ::_exit(body());
  }
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir_);
  }

  static Article MakeArticle(const std::string& id, const std::string& text) {
    Article a;
    a.id = id;
    a.date = {2018, 10, 3};
    a.title = "Title " + id;
    a.url = "https://example.org/" + id;
    a.source = "Example News";
    a.text = text;
    return a;
  }
  static std::vector<Event> EventsFor(const std::string& id, int n) {
    std::vector<Event> v;
    for (int i = 0; i < n; ++i) {
      Event e = testing::GoldenEvents()[static_cast<size_t>(i % 2)];
      e.article_id = id;
      e.event_id = id + "-" + std::to_string(e.sentence) + "-" + std::to_string(i);
      v.push_back(e);
    }
    return v;
  }
  // Runs SQL on a separate connection, returning the first column of the first row.
  std::string Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    std::string out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, CreatesSchemaWithWalAndVersion) {
  {
    auto s = Store::Open(path_, {});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    auto sum = (*s)->Summary();
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(sum->schema_version, Store::kSchemaVersion);
  }
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  EXPECT_EQ(Sql("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Sql("PRAGMA application_id"), std::to_string(0x48524454));
  for (const char* t : {"articles", "sentences", "sentences_fts", "sentences_unindexed", "events",
                        "quotes", "claim_groups", "runs"}) {
    EXPECT_EQ(Sql(std::string("SELECT count(*) FROM sqlite_schema WHERE name='") + t + "'"), "1") << t;
  }
  // aid, date, source, target, source_country, target_country, root (schema 5).
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_schema WHERE type='index' AND name LIKE 'events_%'"),
            "7");
}

TEST_F(StoreTest, MigratesAnEmptyFileAndReopensCurrentVersion) {
  { std::ofstream(path_).flush(); }  // a zero-byte file is a version-0 database
  ASSERT_TRUE(Store::Open(path_, {}).ok());
  auto again = Store::Open(path_, {});  // already current: no migration step runs
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
}

TEST_F(StoreTest, ReadOnlyOpenDoesNotCreate) {
  auto s = Store::Open(path_, {.read_only = true});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(path_));
}

TEST_F(StoreTest, IdempotentAndReplacesChangedContent) {
  auto s = Store::Open(path_, {.batch_articles = 1});
  ASSERT_TRUE(s.ok());
  Store& st = **s;
  Article a = MakeArticle("a1", "First version.");
  uint64_t h = Store::ContentHash(a);
  EXPECT_FALSE(*st.HasArticle("a1", h));
  ASSERT_TRUE(st.PutArticle(a, EventsFor("a1", 3)).ok());
  EXPECT_TRUE(*st.HasArticle("a1", h));

  Article changed = a;
  changed.text = "Second version.";
  uint64_t h2 = Store::ContentHash(changed);
  EXPECT_NE(h, h2);
  EXPECT_FALSE(*st.HasArticle("a1", h2));
  ASSERT_TRUE(st.PutArticle(changed, EventsFor("a1", 1)).ok());
  EXPECT_TRUE(*st.HasArticle("a1", h2));
  EXPECT_FALSE(*st.HasArticle("a1", h));
  ASSERT_TRUE(st.Flush().ok());

  EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), "1");
  EXPECT_EQ(Sql("SELECT n_events FROM articles WHERE id='a1'"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences"), "1");
  // The full-text index follows the replacement.
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Pompeo'"), "1");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
  Sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
}

// Sentences reach the full-text index when their batch commits (schema 4);
// one replaced before its batch commits was never indexed and must not be
// taken out of the index, one committed earlier must be.
TEST_F(StoreTest, TextIndexFollowsReplacementsInsideAnOpenBatch) {
  auto s = Store::Open(path_, {.batch_articles = 100});
  ASSERT_TRUE(s.ok());
  Store& st = **s;
  auto with_sentence = [](const std::string& id, const std::string& sentence) {
    std::vector<Event> ev = EventsFor(id, 2);
    for (auto& e : ev) e.sentence_text = sentence;
    return ev;
  };
  ASSERT_TRUE(st.PutArticle(MakeArticle("old", "v1"), with_sentence("old", "Ankara protested.")).ok());
  ASSERT_TRUE(st.Flush().ok());
  // One open batch: "old" replaced (indexed sentence), "new" written and then
  // replaced twice (never indexed), "keep" written once.
  ASSERT_TRUE(st.PutArticle(MakeArticle("old", "v2"), with_sentence("old", "Tehran denied.")).ok());
  ASSERT_TRUE(st.PutArticle(MakeArticle("new", "v1"), with_sentence("new", "Paris agreed.")).ok());
  ASSERT_TRUE(st.PutArticle(MakeArticle("keep", "v1"), with_sentence("keep", "Oslo hosted.")).ok());
  ASSERT_TRUE(st.PutArticle(MakeArticle("new", "v2"), with_sentence("new", "Paris refused.")).ok());
  ASSERT_TRUE(st.PutArticle(MakeArticle("new", "v3"), with_sentence("new", "Rome refused.")).ok());
  // A text query on the writing connection sees the open batch.
  auto count = [&](const char* words) {
    EventFilter f;
    f.text = words;
    auto r = st.Query(f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->size() : 0;
  };
  EXPECT_EQ(count("Tehran"), 2u);
  EXPECT_EQ(count("Ankara"), 0u);
  EXPECT_EQ(count("refused"), 2u);
  EXPECT_EQ(count("Paris"), 0u);
  ASSERT_TRUE(st.PutArticle(MakeArticle("late", "v1"), with_sentence("late", "Oslo replied.")).ok());
  ASSERT_TRUE(st.Flush().ok());
  EXPECT_EQ(count("Oslo"), 4u);
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_unindexed"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Rome OR Oslo OR Tehran'"),
            "4");
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Paris OR Ankara'"), "0");
  Sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(StoreTest, DateAndTitleArePartOfTheContentHash) {
  Article a = MakeArticle("x", "Same text.");
  Article b = a;
  b.date = {2018, 10, 4};
  Article c = a;
  c.title = "Other";
  EXPECT_NE(Store::ContentHash(a), Store::ContentHash(b));
  EXPECT_NE(Store::ContentHash(a), Store::ContentHash(c));
  Article d = a;
  d.url = "https://elsewhere.example/";
  EXPECT_EQ(Store::ContentHash(a), Store::ContentHash(d));
}

TEST_F(StoreTest, BatchesCommitOnFlushAndDestruction) {
  {
    auto s = Store::Open(path_, {.batch_articles = 100});
    ASSERT_TRUE(s.ok());
    for (int i = 0; i < 5; ++i) {
      std::string id = "n" + std::to_string(i);
      ASSERT_TRUE((*s)->PutArticle(MakeArticle(id, "t"), EventsFor(id, 2)).ok());
    }
    EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "0");  // not committed yet
    ASSERT_TRUE((*s)->Flush().ok());
    EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "5");
    ASSERT_TRUE((*s)->PutArticle(MakeArticle("late", "t"), EventsFor("late", 1)).ok());
  }
  EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "6");
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), "11");
}

TEST_F(StoreTest, SkipChecksSeeTheOpenBatchCommitsAndOtherWriters) {
  {
    auto s = Store::Open(path_, {.batch_articles = 100});
    ASSERT_TRUE(s.ok());
    Store& st = **s;
    Article a = MakeArticle("b1", "Batched.");
    const uint64_t h = Store::ContentHash(a);
    EXPECT_FALSE(*st.HasArticle("b1", h));
    ASSERT_TRUE(st.PutArticle(a, EventsFor("b1", 2)).ok());
    // Not committed yet, but already coded.
    EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "0");
    EXPECT_TRUE(*st.HasArticle("b1", h));
    EXPECT_FALSE(*st.HasArticle("b1", h + 1));
    ASSERT_TRUE(st.Flush().ok());
    EXPECT_TRUE(*st.HasArticle("b1", h));
    EXPECT_FALSE(*st.HasArticle("b1", h + 1));
    // Another writer's commit is seen too (the check reads the last commit).
    {
      auto other = Store::Open(path_, {.batch_articles = 1});
      ASSERT_TRUE(other.ok());
      ASSERT_TRUE((*other)->PutArticle(MakeArticle("o1", "Elsewhere."), EventsFor("o1", 1)).ok());
    }
    EXPECT_TRUE(*st.HasArticle("o1", Store::ContentHash(MakeArticle("o1", "Elsewhere."))));
    ASSERT_TRUE(st.PutArticle(MakeArticle("b2", "Last."), EventsFor("b2", 1)).ok());
  }
  // The store's own connection closes last and checkpoints: the database
  // file alone, copied without its -wal, holds every article.
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
  fs::path copy = dir_ / "copy.db";
  fs::copy_file(path_, copy);
  path_ = copy.string();
  EXPECT_EQ(Sql("SELECT count(*) FROM articles"), "3");
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), "4");
}

TEST_F(StoreTest, RunsAreRecorded) {
  auto s = Store::Open(path_, {});
  ASSERT_TRUE(s.ok());
  auto run = (*s)->BeginRun("code in.jsonl --db events.db");
  ASSERT_TRUE(run.ok());
  ASSERT_TRUE((*s)->PutArticle(MakeArticle("r1", "t"), EventsFor("r1", 2)).ok());
  ASSERT_TRUE((*s)->FinishRun(*run, {1, 0, 0, 2}).ok());
  EXPECT_EQ(Sql("SELECT run_id FROM articles WHERE id='r1'"), std::to_string(*run));
  EXPECT_EQ(Sql("SELECT events FROM runs WHERE id=" + std::to_string(*run)), "2");
  EXPECT_NE(Sql("SELECT finished FROM runs"), "");
}

TEST_F(StoreTest, RefusesNewerSchemaAndLeavesFileUntouched) {
  ASSERT_TRUE(Store::Open(path_, {}).ok());
  Sql("PRAGMA user_version = 99");
  auto size_before = fs::file_size(path_);
  auto s = Store::Open(path_, {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(s.status().message().find("version 99 is newer"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(Sql("PRAGMA user_version"), "99");
  EXPECT_EQ(fs::file_size(path_), size_before);
}

TEST_F(StoreTest, RefusesAnotherApplicationsDatabase) {
  Sql("CREATE TABLE customers(id INTEGER)");
  auto s = Store::Open(path_, {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("not a herodotus event store"), std::string::npos);
}

TEST_F(StoreTest, CorruptFileIsDataLoss) {
  {
    std::ofstream f(path_, std::ios::binary);
    f << std::string(8192, 'x');
  }
  auto s = Store::Open(path_, {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kDataLoss) << s.status().ToString();
}

TEST_F(StoreTest, DamagedPagesAreReportedByTheCheck) {
  {
    auto s = Store::Open(path_, {.batch_articles = 1});
    ASSERT_TRUE(s.ok());
    for (int i = 0; i < 200; ++i) {
      std::string id = "c" + std::to_string(i);
      ASSERT_TRUE((*s)->PutArticle(MakeArticle(id, "t"), EventsFor(id, 3)).ok());
    }
  }
  Sql("PRAGMA wal_checkpoint(TRUNCATE)");
  // Overwrite the middle of the file (b-tree pages) with garbage.
  {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(path_) / 2));
    std::string junk(8192, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto s = Store::Open(path_, {.verify_on_open = true});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kDataLoss) << s.status().ToString();
}

TEST_F(StoreTest, ReadOnlyDirectoryIsAClearError) {
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  int rc = AsUnprivilegedUser([&] {
    auto s = Store::Open(path_, {});
    if (s.ok()) return 1;
    if (s.status().code() != StatusCode::kIoError) return 2;
    if (s.status().message().find(path_) == std::string::npos) return 3;
    if (s.status().message().find("writable") == std::string::npos) return 4;
    return 0;
  });
  EXPECT_EQ(rc, 0) << "1: opened, 2: wrong code, 3/4: message lacks path/reason, 99: setuid";
}

TEST_F(StoreTest, StoreOnAReadOnlyShareCanBeQueried) {
  {
    auto s = Store::Open(path_, {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->PutArticle(MakeArticle("k", "t"), EventsFor("k", 2)).ok());
  }
  ASSERT_FALSE(fs::exists(path_ + "-wal"));  // the last close checkpointed it
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(path_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  int rc = AsUnprivilegedUser([&] {
    auto s = Store::Open(path_, {.read_only = true});
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      return 1;
    }
    auto events = (*s)->Query({});
    if (!events.ok() || events->size() != 2) return 2;
    return 0;
  });
  EXPECT_EQ(rc, 0) << "1: open failed, 2: query failed, 99: setuid";
}

TEST_F(StoreTest, ReadOnlyFileIsAClearErrorAndStaysReadable) {
  {
    auto s = Store::Open(path_, {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->PutArticle(MakeArticle("k", "t"), EventsFor("k", 1)).ok());
  }
  Sql("PRAGMA wal_checkpoint(TRUNCATE)");
  const auto r = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
  fs::permissions(path_, r);
  int rc = AsUnprivilegedUser([&] {
    auto s = Store::Open(path_, {});
    Status st = s.ok() ? (*s)->PutArticle(MakeArticle("k2", "t"), EventsFor("k2", 1)) : s.status();
    if (st.ok() && s.ok()) st = (*s)->Flush();
    if (st.ok()) return 1;
    if (st.code() != StatusCode::kIoError) return 2;
    return 0;
  });
  EXPECT_EQ(rc, 0) << "1: write succeeded, 2: wrong code, 99: setuid";
  // The stored article is intact and readable.
  auto ro = Store::Open(path_, {.read_only = true});
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  EXPECT_EQ((*ro)->Summary()->articles, 1);
}

TEST_F(StoreTest, LockedDatabaseTimesOutWithAClearError) {
  ASSERT_TRUE(Store::Open(path_, {}).ok());
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto s = Store::Open(path_, {.busy_timeout_ms = 100});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Status st = (*s)->PutArticle(MakeArticle("l", "t"), EventsFor("l", 1));
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("locked"), std::string::npos) << st.message();
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_TRUE((*s)->PutArticle(MakeArticle("l", "t"), EventsFor("l", 1)).ok());
  EXPECT_TRUE((*s)->Flush().ok());
}

TEST_F(StoreTest, FullDiskKeepsEverythingAlreadyStored) {
  {
    auto s = Store::Open(path_, {.batch_articles = 1});
    ASSERT_TRUE(s.ok());
    for (int i = 0; i < 20; ++i) {
      std::string id = "f" + std::to_string(i);
      ASSERT_TRUE((*s)->PutArticle(MakeArticle(id, "t"), EventsFor(id, 2)).ok());
    }
  }
  int64_t size = static_cast<int64_t>(fs::file_size(path_));
  auto s = Store::Open(path_, {.batch_articles = 1, .max_bytes = size + 4096});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Status st;
  int stored = 0;
  std::string big(20000, 'y');
  for (int i = 0; i < 200 && st.ok(); ++i) {
    std::string id = "g" + std::to_string(i);
    std::vector<Event> ev = EventsFor(id, 5);
    for (auto& e : ev) e.sentence_text = big + id;
    st = (*s)->PutArticle(MakeArticle(id, big), ev);
    if (st.ok()) ++stored;
  }
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("disk full"), std::string::npos) << st.message();
  s = Store::Open(path_, {.read_only = true});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->Summary()->articles, 20 + stored);
  // Each stored article has all its events; the failed one has none.
  EXPECT_EQ(Sql("SELECT count(*) FROM articles a WHERE n_events != "
                "(SELECT count(*) FROM events e WHERE e.aid = a.aid)"), "0");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
  // The full-text index holds exactly the stored sentences.
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_unindexed"), "0");
  Sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
}

// The resume contract without the coder: a writer that skips what is stored
// (HasArticle) and stores the rest is killed with SIGKILL at random points,
// restarted, and finally run to completion. Every article must then be
// stored exactly once with all its events, and the file must be intact.
TEST_F(StoreTest, KilledWriterResumesExactlyOnce) {
  constexpr int kArticles = 400;
  auto writer = [&](bool slow) {
    auto s = Store::Open(path_, {.batch_articles = 16});
    if (!s.ok()) return 2;
    for (int i = 0; i < kArticles; ++i) {
      std::string id = "k" + std::to_string(i);
      Article a = MakeArticle(id, "text of " + id);
      auto has = (*s)->HasArticle(id, Store::ContentHash(a));
      if (!has.ok()) return 3;
      if (*has) continue;
      if (slow) std::this_thread::sleep_for(std::chrono::microseconds(500));  // "coding"
      if (!(*s)->PutArticle(a, EventsFor(id, 1 + i % 4)).ok()) return 4;
    }
    return (*s)->Flush().ok() ? 0 : 5;
  };
  std::mt19937 rng(7);
  for (int round = 0; round < 6; ++round) {
    pid_t pid = ::fork();
    if (pid == 0) ::_exit(writer(true));
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 120));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (round == 0) {
      // Killed mid-run: at most 140 ms of 0.5 ms articles were done.
      EXPECT_LT(std::stoi("0" + Sql("SELECT count(*) FROM articles")), kArticles);
    }
  }
  ASSERT_EQ(writer(false), 0);
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Sql("SELECT count(*) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Sql("SELECT count(DISTINCT id) FROM articles"), std::to_string(kArticles));
  int64_t want_events = 0;
  for (int i = 0; i < kArticles; ++i) want_events += 1 + i % 4;
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), std::to_string(want_events));
  EXPECT_EQ(Sql("SELECT count(*) FROM articles a WHERE n_events != "
                "(SELECT count(*) FROM events e WHERE e.aid = a.aid)"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_unindexed"), "0");
  Sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
}

}  // namespace
}  // namespace herodotus
