// Thin RAII over the SQLite C API for the store: a prepared statement that
// finalizes itself, typed binds/columns, and one place that turns SQLite
// result codes into herodotus Status values with the database path and a
// message a researcher can act on.
//
// Not synchronized: a Db and its statements belong to one thread.
#ifndef HERODOTUS_STORE_SQLITE_UTIL_H_
#define HERODOTUS_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "herodotus/status.h"

namespace herodotus::store {

// Maps a SQLite result code (extended codes included) to a Status:
// READONLY/CANTOPEN/PERM → kIoError ("read-only or not writable"), FULL →
// kIoError ("disk full"), BUSY/LOCKED → kIoError ("locked by another
// process"), CORRUPT/NOTADB → kDataLoss, others → kIoError/kInternal.
Status SqliteStatus(int rc, sqlite3* db, std::string_view path, std::string_view doing);

class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  ~Stmt() { sqlite3_finalize(s_); }

  // Returns the SQLite result code of sqlite3_prepare_v3.
  int Prepare(sqlite3* db, std::string_view sql, bool persistent = true);
  bool ready() const { return s_ != nullptr; }
  sqlite3_stmt* get() const { return s_; }

  // Binds are 1-based like SQLite's. Text is copied (SQLITE_TRANSIENT) so
  // callers may pass temporaries.
  void Bind(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(s_, i); }
  // Binds text without copying it (SQLITE_STATIC): `v` must stay alive and
  // unchanged until the statement has been stepped.
  void BindRef(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }

  // sqlite3_step; SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  // Ready to step again, keeping the bindings: for statements whose every
  // parameter is bound anew before each step.
  void Rewind() { sqlite3_reset(s_); }

  bool IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(s_, col); }
  double Real(int col) const { return sqlite3_column_double(s_, col); }
  std::string_view Text(int col) const {
    const auto* p = sqlite3_column_text(s_, col);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<size_t>(sqlite3_column_bytes(s_, col)))
             : std::string_view();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// Runs SQL without results (may hold several statements).
int Exec(sqlite3* db, const char* sql);

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_SQLITE_UTIL_H_
