// RemoteConfig: the "sources" part of the config file (`--config`): where
// each remote legal-status source is, which environment variables hold its
// credentials (never the credentials themselves), and how hard to push it.
//
//   {"sources": {"ops": {"base_url": "https://ops.epo.org/3.2",
//                        "key_env": "OPS_KEY", "secret_env": "OPS_SECRET",
//                        "concurrency": 8, "timeout_ms": 30000,
//                        "requests_per_minute": 60, "max_attempts": 4, "down_after": 3}},
//    "cache": {"path": "/var/cache/patmark/status.db", "ttl_days": 7, "negative_ttl_hours": 24}}
#ifndef PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_
#define PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_

#include <optional>
#include <string>

#include "parsers/base/statusor.h"

namespace patmark {

struct OpsConfig {
  std::string base_url = "https://ops.epo.org/3.2";
  std::string key_env = "OPS_KEY";        // the variable holding the consumer key
  std::string secret_env = "OPS_SECRET";  // the variable holding the consumer secret
  int concurrency = 8;                    // requests in flight
  int timeout_ms = 30000;                 // per request
  int requests_per_minute = 60;           // OPS's inpadoc allowance when idle ("green:60")
  int max_attempts = 4;                   // tries per request (timeouts, 5xx, 429)
  int down_after = 3;                     // failed batches in a row before the source is down for the run
};

// Where remote answers are kept between runs (checker/sources/status_cache.h).
struct CacheConfig {
  std::string path;              // "": $XDG_CACHE_HOME/patmark/status.db (else ~/.cache/…)
  int ttl_days = 7;
  int negative_ttl_hours = 24;   // for "the service does not know this number"
};

struct RemoteConfig {
  OpsConfig ops;      // defaults when the file has no "sources.ops"
  CacheConfig cache;  // "cache"
};

// Reads the "sources" of the config file at `path`; errors name the file
// and the key. A file without "sources" gives the defaults.
StatusOr<RemoteConfig> LoadRemoteConfig(const std::string& path);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_
