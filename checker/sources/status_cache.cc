#include "checker/sources/status_cache.h"

#include <sqlite3.h>

#include <filesystem>

#include "checker/sources/internal/sqlite_statement.h"
#include "checker/status/status_json.h"

namespace patmark {
namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS answers(
  source TEXT NOT NULL, key TEXT NOT NULL, status TEXT, stored_at INTEGER NOT NULL,
  PRIMARY KEY(source, key));
)sql";

int64_t SystemNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

// Prepared once, reset for each use.
struct CachedSource::Statements {
  sources_internal::SqliteStatement find, insert;
};

StatusOr<std::unique_ptr<CachedSource>> CachedSource::Wrap(std::unique_ptr<StatusSource> target, CacheOptions options) {
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(options.path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(options.path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK ||
      sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    std::string why = db != nullptr ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return UnavailableError(options.path + ": cannot use it as the status cache: " + why);
  }
  sqlite3_busy_timeout(db, 5000);
  if (!options.now) options.now = SystemNow;
  std::unique_ptr<CachedSource> cached(new CachedSource(std::move(target), std::move(options), db));
  if (!cached->statements_->find.Prepare(db, "SELECT status, stored_at FROM answers WHERE source = ? AND key = ?") ||
      !cached->statements_->insert.Prepare(
          db, "INSERT OR REPLACE INTO answers(source, key, status, stored_at) VALUES(?, ?, ?, ?)")) {
    return UnavailableError(cached->options_.path + ": cannot use it as the status cache: " + sqlite3_errmsg(db));
  }
  return cached;
}

CachedSource::CachedSource(std::unique_ptr<StatusSource> target, CacheOptions options, sqlite3* db)
    : StatusSourceWrapper(std::move(target)),
      options_(std::move(options)),
      db_(db),
      statements_(std::make_unique<Statements>()) {}

CachedSource::~CachedSource() {
  statements_.reset();  // finalized before the database closes
  sqlite3_close(db_);
}

void CachedSource::Store(const std::string& key, const std::optional<LegalStatus>& answer) {
  sources_internal::SqliteStatement& insert = statements_->insert;
  sqlite3_reset(insert.s);
  insert.BindText(1, name());
  insert.BindText(2, key);
  if (answer) {
    insert.BindText(3, LegalStatusToJson(*answer));
  } else {
    sqlite3_bind_null(insert.s, 3);
  }
  sqlite3_bind_int64(insert.s, 4, options_.now());
  sqlite3_step(insert.s);  // a cache that cannot store only costs a later look-up
}

Status CachedSource::Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) {
  std::vector<CheckedNumber> missing;
  std::vector<size_t> where;
  const int64_t now = options_.now();
  sources_internal::SqliteStatement& find = statements_->find;
  for (size_t i = 0; i < numbers.size(); ++i) {
    bool fresh = false;
    if (!options_.refresh) {
      sqlite3_reset(find.s);
      find.BindText(1, name());
      find.BindText(2, LookupKey(numbers[i]));
      if (sqlite3_step(find.s) == SQLITE_ROW) {
        const bool negative = sqlite3_column_type(find.s, 0) == SQLITE_NULL;
        const int64_t age = now - sqlite3_column_int64(find.s, 1);
        fresh = age >= 0 && age < (negative ? options_.negative_ttl : options_.ttl).count();
        if (fresh && !negative) {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(find.s, 0));
          StatusOr<LegalStatus> cached = LegalStatusFromJson(text != nullptr ? text : "");
          if (cached.ok()) {
            (*out)[i] = std::move(*cached);
          } else {
            fresh = false;  // unreadable: ask again
          }
        }
      }
    }
    if (fresh) {
      ++hits_;
    } else {
      ++misses_;
      missing.push_back(numbers[i]);
      where.push_back(i);
    }
  }
  sqlite3_reset(find.s);  // no read transaction left open between look-ups
  if (missing.empty()) return OkStatus();
  std::vector<std::optional<LegalStatus>> answers(missing.size());
  Status s = target()->Lookup(missing, &answers);
  sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr);
  for (size_t k = 0; k < missing.size(); ++k) {
    // "No answer" is remembered only from a batch that did not fail.
    if (answers[k] || s.ok()) Store(LookupKey(missing[k]), answers[k]);
    (*out)[where[k]] = std::move(answers[k]);
  }
  sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  return s;
}

}  // namespace patmark
