// CachedSource: a StatusSource decorator that keeps the answers of a (remote)
// source in SQLite, keyed by source name and lookup key, so that a second
// run asks the service nothing it answered recently.
//
//   CacheOptions options{.path = "~/.cache/patmark/status.db"};
//   StatusOr<std::unique_ptr<StatusSource>> cached = CachedSource::Wrap(std::move(ops), options);
//
// An answer is fresh for `ttl` (default 7 days); "no answer" (the service
// does not know the number) is kept for `negative_ttl` (1 day), and only when
// the batch did not fail, so that a timeout is never remembered as "unknown
// number". `refresh` asks the source again and replaces what is kept. The
// file may be shared by runs one after another; a run holds no lock between
// look-ups.
#ifndef PATMARK_CHECKER_SOURCES_STATUS_CACHE_H_
#define PATMARK_CHECKER_SOURCES_STATUS_CACHE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "checker/status/source_wrappers.h"

struct sqlite3;

namespace patmark {

struct CacheOptions {
  std::string path;                              // created with its directory when missing
  std::chrono::seconds ttl{7 * 24 * 3600};
  std::chrono::seconds negative_ttl{24 * 3600};
  bool refresh = false;
  std::function<int64_t()> now;                  // Unix seconds; default: the system clock
};

class CachedSource : public StatusSourceWrapper {
 public:
  // Errors name the cache file (cannot create, not a patmark cache).
  static StatusOr<std::unique_ptr<CachedSource>> Wrap(std::unique_ptr<StatusSource> target, CacheOptions options);
  ~CachedSource() override;

  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override;

  uint64_t hits() const { return hits_; }
  uint64_t misses() const { return misses_; }

 private:
  CachedSource(std::unique_ptr<StatusSource> target, CacheOptions options, sqlite3* db);
  void Store(const std::string& key, const std::optional<LegalStatus>& answer);

  struct Statements;
  CacheOptions options_;
  sqlite3* db_;
  std::unique_ptr<Statements> statements_;
  uint64_t hits_ = 0, misses_ = 0;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_SOURCES_STATUS_CACHE_H_
