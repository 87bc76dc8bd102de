// Bad storage under `herodotus code --db`, run as a researcher would: a
// read-only folder, a really full disk (a tiny tmpfs), a database locked by
// another writer, a database from a newer herodotus, a corrupt file. Each
// must end in a clear error naming the file, exit code 1, no half-stored
// article, and nothing already stored lost. The store-level variants of the
// same cases are in store_test.cc; this file checks the command end to end.
//
// Needs the coder (models and dictionaries): skips when `herodotus code`
// cannot code the examples. The full-disk cases need to mount a tmpfs
// (root in a container with CAP_SYS_ADMIN); they skip otherwise.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "util/testing.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_bad_input_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::permissions(dir_, fs::perms::all);  // an unprivileged child writes its output here
    // The example articles, repeated under distinct ids.
    std::ifstream ex(testing::SourceDir() + "/examples/articles.jsonl");
    std::vector<std::string> lines;
    for (std::string l; std::getline(ex, l);) {
      if (l.size() > 2 && l[0] == '{') lines.push_back(l);
    }
    input_ = (dir_ / "in.jsonl").string();
    std::ofstream out(input_);
    for (int copy = 0; copy < 40; ++copy) {
      for (const std::string& l : lines) {
        size_t id = l.find("\"id\": \"");
        std::string rec = l;
        std::string tag(1, 'c');
        tag += std::to_string(copy);
        tag += '-';
        if (id != std::string::npos) rec.insert(id + 7, tag);
        out << rec << "\n";
      }
    }
    ASSERT_FALSE(lines.empty()) << "examples/articles.jsonl not found";
    fs::permissions(input_, fs::perms::all);
  }
  void TearDown() override {
    if (!mounted_.empty()) ::umount2(mounted_.c_str(), MNT_DETACH);
    std::error_code ec;
    fs::permissions(dir_, fs::perms::all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }

  // Runs the CLI with `args`; stderr kept for Err(). As an unprivileged
  // user when `nobody` (file permissions then apply even when tests run as root).
  int Cli(const std::vector<std::string>& args, bool nobody = false) {
    std::string err = (dir_ / "stderr.txt").string();
    pid_t pid = ::fork();
    if (pid == 0) {
      int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
      if (fd >= 0) ::dup2(fd, 2);
      int null = ::open("/dev/null", O_WRONLY);
      if (null >= 0) ::dup2(null, 1);
      if (nobody && ::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(99);
      std::vector<char*> argv;
      std::string bin = HERODOTUS_CLI_PATH;
      argv.push_back(bin.data());
      std::vector<std::string> copy = args;
      for (auto& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(bin.c_str(), argv.data());
      ::_exit(98);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
    return WEXITSTATUS(status);
  }
  std::string Err() { return ReadAll(dir_ / "stderr.txt"); }

  // Codes the input into `db`; false (reason in *why) when the coder is not
  // usable here (no models, or it fails on the examples), so the test skips.
  bool Code(const std::string& db, std::string* why) {
    int rc = Cli({"code", input_, "--db", db, "-o", "/dev/null", "--quiet"});
    if (rc == 0 || rc == 3) return true;
    *why = "herodotus code cannot code the examples here (exit " + std::to_string(rc) + "): " + Err();
    return false;
  }

  static std::string Sql(const std::string& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
          sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
        out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      }
      sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
  }
  // Every stored article has all its events and the file is intact.
  static void ExpectWholeArticles(const std::string& db) {
    EXPECT_EQ(Sql(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles a WHERE n_events != "
                      "(SELECT count(*) FROM events e WHERE e.aid = a.aid)"),
              "0");
  }
  // Mounts a tmpfs of `kb` KB at dir_/small; false when not permitted.
  bool MountTinyDisk(int kb) {
    fs::path p = dir_ / "small";
    fs::create_directories(p);
    std::string opts = "size=" + std::to_string(kb) + "k";
    if (::mount("tmpfs", p.c_str(), "tmpfs", 0, opts.c_str()) != 0) return false;
    mounted_ = p.string();
    return true;
  }

  fs::path dir_;
  std::string input_, mounted_;
};

TEST_F(BadInputTest, ReadOnlyFolderIsAClearErrorAndCreatesNothing) {
  fs::path ro = dir_ / "ro";
  fs::create_directories(ro);
  fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                          fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  std::string db = (ro / "events.db").string();
  int rc = Cli({"code", input_, "--db", db, "-o", "/dev/null"}, /*nobody=*/true);
  if (rc == 99) GTEST_SKIP() << "cannot become an unprivileged user";
  EXPECT_EQ(rc, 1) << Err();
  EXPECT_NE(Err().find(db), std::string::npos) << Err();
  EXPECT_NE(Err().find("writable"), std::string::npos) << Err();
  EXPECT_FALSE(fs::exists(db));
}

TEST_F(BadInputTest, ReadOnlyStoreFileKeepsItsArticles) {
  std::string db = (dir_ / "events.db").string();
  if (std::string why; !Code(db, &why)) GTEST_SKIP() << why;
  std::string articles = Sql(db, "SELECT count(*) FROM articles");
  // Changed content would replace every article; the file is read-only.
  std::ofstream(input_, std::ios::app) << "{\"id\": \"new-one\", \"date\": \"2020-01-01\", "
                                           "\"text\": \"Russia denied the report.\"}\n";
  fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  int rc = Cli({"code", input_, "--db", db, "-o", "/dev/null"}, /*nobody=*/true);
  if (rc == 99) GTEST_SKIP() << "cannot become an unprivileged user";
  EXPECT_EQ(rc, 1) << Err();
  EXPECT_NE(Err().find("read-only"), std::string::npos) << Err();
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles"), articles);
  ExpectWholeArticles(db);
}

TEST_F(BadInputTest, LockedDatabaseWaitsThenFailsClearly) {
  std::string db = (dir_ / "events.db").string();
  if (std::string why; !Code(db, &why)) GTEST_SKIP() << why;
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  // A lock released within the busy timeout (10 s) is waited for.
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  });
  EXPECT_EQ(Cli({"code", input_, "--db", db, "-o", "/dev/null", "--quiet"}), 0) << Err();
  release.join();
  // A lock held past it is a clear error; the stored articles stay.
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  std::string articles = Sql(db, "SELECT count(*) FROM articles");
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(Cli({"code", input_, "--db", db, "-o", "/dev/null"}), 1);
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GE(waited, 9.0);
  EXPECT_NE(Err().find("locked by another process"), std::string::npos) << Err();
  EXPECT_NE(Err().find(db), std::string::npos) << Err();
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles"), articles);
  ExpectWholeArticles(db);
}

TEST_F(BadInputTest, NewerSchemaIsRefusedAndLeftUntouched) {
  std::string db = (dir_ / "events.db").string();
  if (std::string why; !Code(db, &why)) GTEST_SKIP() << why;
  {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    sqlite3_exec(h, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr,
                 nullptr);
    sqlite3_close(h);
  }
  std::string before = ReadAll(db);
  EXPECT_EQ(Cli({"code", input_, "--db", db, "-o", "/dev/null"}), 1);
  EXPECT_NE(Err().find("schema version 99 is newer"), std::string::npos) << Err();
  EXPECT_EQ(ReadAll(db), before);
  EXPECT_EQ(Cli({"query", "--db", db}), 1);
  EXPECT_NE(Err().find("newer"), std::string::npos) << Err();
}

TEST_F(BadInputTest, CorruptFileIsRefusedAndLeftUntouched) {
  std::string db = (dir_ / "events.db").string();
  {
    std::ofstream f(db, std::ios::binary);
    f << "SQLite format 3" << std::string(1, '\0') << std::string(4000, '\x7f');
  }
  std::string before = ReadAll(db);
  EXPECT_EQ(Cli({"code", input_, "--db", db, "-o", "/dev/null"}), 1);
  EXPECT_NE(Err().find(db), std::string::npos) << Err();
  EXPECT_TRUE(Err().find("corrupt") != std::string::npos ||
              Err().find("not a database") != std::string::npos)
      << Err();
  EXPECT_EQ(ReadAll(db), before);
}

TEST_F(BadInputTest, FullDiskStopsTheRunAndLosesNothingStored) {
  // A store of 320 coded articles on a disk with little room left; then a
  // run that adds 320 more articles fills it.
  std::string probe = (dir_ / "probe.db").string();
  if (std::string why; !Code(probe, &why)) GTEST_SKIP() << why;
  auto size = fs::file_size(probe);
  if (!MountTinyDisk(static_cast<int>(size / 1024 + 192))) {
    GTEST_SKIP() << "cannot mount a tmpfs here (needs CAP_SYS_ADMIN)";
  }
  std::string db = dir_ / "small" / "events.db";
  fs::copy_file(probe, db);
  std::string more = (dir_ / "more.jsonl").string();
  {
    std::ifstream in(input_);
    std::ofstream out(more);
    for (std::string l; std::getline(in, l);) {
      size_t id = l.find("\"id\": \"c");
      if (id != std::string::npos) l[id + 7] = 'd';
      out << l << "\n";
    }
  }
  int rc = Cli({"code", more, "--db", db, "-o", "/dev/null", "--quiet"});
  EXPECT_EQ(rc, 1) << Err();
  EXPECT_NE(Err().find("disk full"), std::string::npos) << Err();
  EXPECT_NE(Err().find(db), std::string::npos) << Err();
  // Everything stored before is there, every article whole, the file intact.
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles WHERE id LIKE 'c%'"), "320");
  int64_t added = std::stoll("0" + Sql(db, "SELECT count(*) FROM articles WHERE id LIKE 'd%'"));
  EXPECT_LT(added, 320);
  ExpectWholeArticles(db);
  // With room again (the file copied to a roomy folder) the next run codes
  // the rest, each article exactly once.
  fs::path roomy = dir_ / "roomy.db";
  {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::string sql = "VACUUM INTO '" + roomy.string() + "'";
    ASSERT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
    sqlite3_close(h);
  }
  EXPECT_EQ(Cli({"code", more, "--db", roomy.string(), "-o", "/dev/null", "--quiet"}), 0) << Err();
  EXPECT_EQ(Sql(roomy.string(), "SELECT count(DISTINCT id) || '/' || count(*) FROM articles"),
            "640/640");
  EXPECT_EQ(Sql(roomy.string(), "SELECT unchanged FROM runs ORDER BY id DESC"),
            std::to_string(added));
  ExpectWholeArticles(roomy.string());
}

}  // namespace
}  // namespace herodotus
