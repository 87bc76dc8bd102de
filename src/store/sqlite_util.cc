#include "store/sqlite_util.h"

namespace herodotus::store {

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(s_);
    s_ = o.s_;
    o.s_ = nullptr;
  }
  return *this;
}

int Stmt::Prepare(sqlite3* db, std::string_view sql, bool persistent) {
  sqlite3_finalize(s_);
  s_ = nullptr;
  return sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                            persistent ? SQLITE_PREPARE_PERSISTENT : 0, &s_, nullptr);
}

int Exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

Status SqliteStatus(int rc, sqlite3* db, std::string_view path, std::string_view doing) {
  std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string where = std::string(path) + ": " + std::string(doing) + ": ";
  switch (rc & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return Status::IoError(where + "the database or its folder is read-only (" + detail + ")");
    case SQLITE_CANTOPEN:
      return Status::IoError(where + "cannot open the database file; check the folder exists and "
                             "is writable (" + detail + ")");
    case SQLITE_FULL:
      return Status::IoError(where + "disk full; the current article was not stored and nothing "
                             "stored before it was lost (" + detail + ")");
    case SQLITE_IOERR:
      return Status::IoError(where + "read/write error (" + detail + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(where + "database is locked by another process (another "
                             "`herodotus code` run?); try again when it has finished (" +
                             detail + ")");
    case SQLITE_CORRUPT:
      return Status::DataLoss(where + "database file is corrupt (" + detail +
                              "); restore a backup or recode into a new file");
    case SQLITE_NOTADB:
      return Status::DataLoss(where + "not a database file (" + detail + ")");
    case SQLITE_ERROR:
      return Status::Internal(where + detail);
    default:
      return Status::IoError(where + detail);
  }
}

}  // namespace herodotus::store
