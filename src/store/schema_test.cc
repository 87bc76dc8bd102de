// Schema version 2: migration of a version-1 file (data kept, claim groups
// filled from their events, read-only opens refuse to migrate, a failed step
// leaves the file at version 1), and what version 2 adds: quotes with their
// speakers, claim groups listing competing perpetrators and claimants, runs
// with their full command line and working directory. Versions 4 and 5: a
// version-3 file's full-text index survives the move to indexing at commit,
// and its code and status filters still answer without their indexes.
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "herodotus/store.h"
#include "output/test_events.h"
#include "store/schema.h"

namespace herodotus {
namespace {

namespace fs = std::filesystem;

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus_schema_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs SQL on its own connection; the first column of the first row.
  std::string Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    std::string out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
      int rc;
      while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (out.empty() && sqlite3_column_text(st, 0)) {
          out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        }
      }
      EXPECT_EQ(rc, SQLITE_DONE) << sql << ": " << sqlite3_errmsg(db);
    } else {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  // A version-1 store as the first release wrote it: one article with the
  // two golden a1 events (one in claim group a1-g0) and one quote.
  void WriteVersion1File(const std::string& extra_sql = "") {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(store::MigrateTo(db, path_, 0, 1).ok());
    const char* kRows = R"sql(
INSERT INTO runs(id, started, args) VALUES (1, '2026-01-01T00:00:00Z', 'code');
INSERT INTO articles(aid, id, hash, date, title, coded_at, run_id, n_events)
  VALUES (1, 'a1', 42, '2018-10-03', 'Pompeo blames Iran', '2026-01-01T00:00:00Z', 1, 3);
INSERT INTO sentences(aid, idx, text) VALUES (1, 3, 'Mike Pompeo blamed Iran for the rocket attack.');
INSERT INTO events(aid, article_id, sentence, event_id, date, code, root, quad_class, goldstein,
  source_text, source_code, target_text, target_code, status, claim_group)
  VALUES (1, 'a1', 3, 'a1-3-0', '2018-10-03', '112', '11', 3, -2.0, 'Mike Pompeo', 'USAGOV',
          'Iran', 'IRN', 'asserted', NULL),
         (1, 'a1', 3, 'a1-3-1', '2018-10-03', '183', '18', 4, -10.0, 'Iran-backed militias',
          'IRNREBMIL', 'the consulate', 'USAGOV', 'alleged', 'a1-g0'),
         (1, 'a1', 3, 'a1-3-2', '2018-10-03', '183', '18', 4, -10.0, 'protesters', '',
          'the consulate', 'USAGOV', 'attributed', 'a1-g0');
UPDATE events SET claim_source_text = 'Mike Pompeo', claim_source_code = 'USAGOV' WHERE event_id = 'a1-3-1';
UPDATE events SET claim_source_text = 'an Iraqi spokesman', claim_source_code = 'IRQGOV' WHERE event_id = 'a1-3-2';
INSERT INTO claim_groups(aid, id, events) VALUES (1, 'a1-g0', 2);
INSERT INTO quotes(aid, sentence, speaker_text, speaker_code, text, start, "end")
  VALUES (1, 4, 'Pompeo', 'USAGOV', 'We will respond', 100, 115);
)sql";
    ASSERT_EQ(sqlite3_exec(db, kRows, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    if (!extra_sql.empty()) {
      ASSERT_EQ(sqlite3_exec(db, extra_sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    sqlite3_close(db);
    ASSERT_EQ(Sql("PRAGMA user_version"), "1");
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SchemaTest, MigratesAVersion1FileKeepingEverything) {
  WriteVersion1File();
  {
    // Read-only opens never migrate, and say how to.
    auto ro = Store::Open(path_, {.read_only = true});
    ASSERT_FALSE(ro.ok());
    EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(ro.status().message().find("needs migrating"), std::string::npos);
    EXPECT_EQ(Sql("PRAGMA user_version"), "1");
  }
  auto s = Store::Open(path_, {});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  auto sum = (*s)->Summary();
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(sum->schema_version, Store::kSchemaVersion);
  EXPECT_EQ(sum->articles, 1);
  EXPECT_EQ(sum->events, 3);
  EXPECT_EQ(sum->quotes, 1);
  EXPECT_EQ(sum->claim_groups, 1);
  EXPECT_EQ(sum->runs, 1);
  // Old rows are readable through the API and the new columns have values.
  auto events = (*s)->Query({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[1].claim_group, "a1-g0");
  EXPECT_EQ(Sql("SELECT sources FROM claim_groups"), "IRNREBMIL,protesters");
  EXPECT_EQ(Sql("SELECT claimants FROM claim_groups"), "USAGOV,IRQGOV");
  EXPECT_EQ(Sql("SELECT statuses FROM claim_groups"), "alleged,attributed");
  EXPECT_EQ(Sql("SELECT continued || '|' || ifnull(speaker_country, 'null') FROM quotes"), "0|null");
  EXPECT_EQ(Sql("SELECT cwd FROM runs"), "");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
  // The migrated file takes new articles and stays idempotent.
  Article a;
  a.id = "a1";
  a.date = {2018, 10, 3};
  a.title = "Pompeo blames Iran";
  EXPECT_FALSE(*(*s)->HasArticle("a1", Store::ContentHash(a)));  // hash 42 is not this content
  ASSERT_TRUE((*s)->PutArticle(a, {testing::GoldenEvents()[0]}).ok());
  ASSERT_TRUE((*s)->Flush().ok());
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM quotes"), "0");  // replaced with the article
}

// Version 4 fills the full-text index at each commit instead of by a
// per-sentence trigger; version 5 drops the code and status indexes. A version-3 file's sentences were indexed by the old
// trigger: after migrating they are still found, a replaced article's old
// sentence leaves the index, and the index matches the sentences exactly.
TEST_F(SchemaTest, MigratesAVersion3FileKeepingItsTextIndex) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(store::MigrateTo(db, path_, 0, 3).ok());
    const char* kRows = R"sql(
INSERT INTO articles(aid, id, hash, date, coded_at, n_events)
  VALUES (1, 'a1', 42, '2018-10-03', '2026-01-01T00:00:00Z', 1),
         (2, 'a2', 43, '2018-10-04', '2026-01-01T00:00:00Z', 1);
INSERT INTO sentences(aid, idx, text) VALUES (1, 3, 'Mike Pompeo blamed Iran for the rocket attack.'),
                                             (2, 0, 'Iraq called the unrest normal.');
INSERT INTO events(aid, article_id, sentence, event_id, date, code, root, quad_class, goldstein, status)
  VALUES (1, 'a1', 3, 'a1-3-0', '2018-10-03', '112', '11', 3, -2.0, 'asserted'),
         (2, 'a2', 0, 'a2-0-0', '2018-10-04', '012', '01', 1, -0.4, 'asserted');
)sql";
    ASSERT_EQ(sqlite3_exec(db, kRows, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  ASSERT_EQ(Sql("PRAGMA user_version"), "3");
  auto s = Store::Open(path_, {.batch_articles = 100});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  auto text = [&](const char* words) {
    EventFilter f;
    f.text = words;
    auto r = (*s)->Query(f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::string ids;
    if (r.ok()) for (const Event& e : *r) ids += e.event_id + " ";
    return ids;
  };
  EXPECT_EQ(text("rocket attack"), "a1-3-0 ");
  EXPECT_EQ(text("unrest"), "a2-0-0 ");
  // Version 5: no index on code or status; both filters still answer.
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_schema WHERE name IN ('events_code', 'events_status')"),
            "0");
  EventFilter f;
  f.code = "11";
  auto r = (*s)->Query(f);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].event_id, "a1-3-0");
  f = {};
  f.statuses = {EventStatus::kAsserted};
  r = (*s)->Query(f);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 2u);
  // Replacing a1 takes its indexed sentence out of the index.
  Article a;
  a.id = "a1";
  a.date = {2018, 10, 3};
  a.text = "changed";
  std::vector<Event> ev = {testing::GoldenEvents()[0]};
  ev[0].sentence_text = "Pompeo praised the talks.";
  ASSERT_TRUE((*s)->PutArticle(a, ev).ok());
  ASSERT_TRUE((*s)->Flush().ok());
  EXPECT_EQ(text("rocket attack"), "");
  EXPECT_EQ(text("praised"), ev[0].event_id + " ");
  EXPECT_EQ(text("unrest"), "a2-0-0 ");
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_unindexed"), "0");
  Sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SchemaTest, AFailedMigrationStepLeavesVersion1) {
  // An index with the name version 2 creates makes the step fail halfway.
  WriteVersion1File("CREATE INDEX quotes_speaker ON quotes(text);");
  auto s = Store::Open(path_, {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("migrating the schema to version 2"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(Sql("PRAGMA user_version"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM pragma_table_info('quotes') WHERE name = 'continued'"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), "3");
}

TEST_F(SchemaTest, QuotesClaimGroupsAndRunsAreStored) {
  auto s = Store::Open(path_, {});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto run = (*s)->BeginRun("herodotus code 'my news.jsonl' --db events.db");
  ASSERT_TRUE(run.ok());
  const std::vector<Event> golden = testing::GoldenEvents();
  std::vector<Event> events(golden.begin(), golden.begin() + 2);
  Event rival = events[1];
  rival.event_id = "a1-3-2";
  rival.source = ActorRef{"protesters", "", "", {}, "", 80, 90};
  rival.status = EventStatus::kAttributed;
  rival.source_of_claim = ActorRef{"an Iraqi spokesman", "IRQGOV", "IRQ", {"GOV"}, "", 95, 113};
  events.push_back(rival);
  Quote q;
  q.article_id = "a1";
  q.sentence = 4;
  q.start = 120;
  q.end = 160;
  q.text = "Iran hasn't stopped its proxies";
  q.speaker = ActorRef{"Pompeo", "USAGOV", "USA", {"GOV"}, "", 100, 106};
  Quote anonymous = q;
  anonymous.speaker.reset();
  anonymous.continued = true;
  anonymous.text = "and will not";
  Document doc;
  doc.article.id = "a1";
  doc.article.date = {2018, 10, 3};
  ASSERT_TRUE((*s)->PutArticle(doc, events, {q, anonymous}).ok());
  ASSERT_TRUE((*s)->FinishRun(*run, {1, 0, 0, 3}).ok());
  EXPECT_EQ(Sql("SELECT args FROM runs"), "herodotus code 'my news.jsonl' --db events.db");
  EXPECT_EQ(Sql("SELECT cwd FROM runs"), fs::current_path().string());
  EXPECT_EQ(Sql("SELECT events || ' ' || sources || ' ' || claimants || ' ' || statuses "
                "FROM claim_groups WHERE id = 'a1-g0'"),
            "2 IRNREBMIL,protesters USAGOV,IRQGOV alleged,attributed");
  EXPECT_EQ(Sql("SELECT group_concat(speaker_text || '/' || speaker_code || '/' || speaker_country"
                " || '/' || speaker_start || '-' || speaker_end || '/' || text || '/' || start || "
                "'-' || \"end\" || '/' || continued, '|') FROM quotes WHERE speaker_text IS NOT NULL"),
            "Pompeo/USAGOV/USA/100-106/Iran hasn't stopped its proxies/120-160/0");
  EXPECT_EQ(Sql("SELECT ifnull(speaker_text, 'null') || '/' || continued FROM quotes "
                "WHERE speaker_text IS NULL"),
            "null/1");
  auto sum = (*s)->Summary();
  EXPECT_EQ(sum->quotes, 2);
  EXPECT_EQ(sum->claim_groups, 1);
  // Changed content replaces the quotes with the article.
  doc.article.title = "changed";
  ASSERT_TRUE((*s)->PutArticle(doc, events, {q}).ok());
  ASSERT_TRUE((*s)->Flush().ok());
  EXPECT_EQ(Sql("SELECT count(*) FROM quotes"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM claim_groups"), "1");
}

}  // namespace
}  // namespace herodotus
