// SqliteStatement: a prepared SQLite statement that finalizes itself, for
// the register and the status cache, which prepare theirs once and reset
// them for each use.
#ifndef PATMARK_CHECKER_SOURCES_INTERNAL_SQLITE_STATEMENT_H_
#define PATMARK_CHECKER_SOURCES_INTERNAL_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <string_view>

namespace patmark::sources_internal {

struct SqliteStatement {
  sqlite3_stmt* s = nullptr;

  SqliteStatement() = default;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() { sqlite3_finalize(s); }

  bool Prepare(sqlite3* db, const char* sql) { return sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK; }
  void BindText(int i, std::string_view text) {
    sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
};

}  // namespace patmark::sources_internal

#endif  // PATMARK_CHECKER_SOURCES_INTERNAL_SQLITE_STATEMENT_H_
