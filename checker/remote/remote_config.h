// RemoteConfig: the "sources" and "cache" parts of the config file
// (`--config`): where each remote legal-status source is, which environment
// variables hold its credentials (never the credentials themselves), how
// hard to push it, and where answers are kept between runs.
//
//   {"sources": {"ops": {"base_url": "https://ops.epo.org/3.2",
//                        "key_env": "OPS_KEY", "secret_env": "OPS_SECRET",
//                        "concurrency": 8, "timeout_ms": 30000,
//                        "requests_per_minute": 60, "max_attempts": 4, "down_after": 3},
//               "uspto": {"key_env": "USPTO_API_KEY", "concurrency": 1, "requests_per_minute": 60},
//               "http": {"office": {"url": …, "headers": …, "paths": …, "states": …}}},
//    "cache": {"path": "/var/cache/patmark/status.db", "ttl_days": 7, "negative_ttl_hours": 24}}
#ifndef PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_
#define PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_

#include <map>
#include <string>
#include <vector>

#include "parsers/base/statusor.h"

namespace patmark {

struct RemoteSourceConfig {
  std::string base_url;
  std::string key_env;     // the variable holding the key
  std::string secret_env;  // the variable holding the secret ("" when none)
  int concurrency = 8;            // requests in flight
  int timeout_ms = 30000;         // per request
  int requests_per_minute = 60;
  int max_attempts = 4;           // tries per request (timeouts, 5xx, 429)
  int down_after = 3;             // failed batches in a row before the source is down for the run
  int bulk_size = 100;            // numbers per request, where the service takes several (OPS)
};

// An office's own HTTP/JSON status service (checker/remote/http_json_source.h).
struct HttpJsonConfig {
  RemoteSourceConfig limits{"", "", "", 8, 30000, 600, 4, 3};
  std::string url;
  std::map<std::string, std::string> headers;  // values may name ${VARIABLES}
  std::vector<std::string> offices;
  std::map<std::string, std::string> paths, states;
};

// Where remote answers are kept between runs (checker/sources/status_cache.h).
struct CacheConfig {
  std::string path;              // "": $XDG_CACHE_HOME/patmark/status.db (else ~/.cache/…)
  int ttl_days = 7;
  int negative_ttl_hours = 24;   // for "the service does not know this number"
};

struct RemoteConfig {
  // EPO OPS: inpadoc allows 45–60 requests a minute when idle.
  RemoteSourceConfig ops{"https://ops.epo.org/3.2", "OPS_KEY", "OPS_SECRET", 8, 30000, 60, 4, 3};
  // USPTO ODP: one request at a time per key, 60 a minute (research §2.1).
  RemoteSourceConfig uspto{"https://api.uspto.gov", "USPTO_API_KEY", "", 1, 30000, 60, 4, 3};
  std::map<std::string, HttpJsonConfig> http;  // "sources.http.<name>"
  CacheConfig cache;
};

// Reads the config file at `path`; errors name the file and the key. A file
// without "sources" or "cache" gives the defaults.
StatusOr<RemoteConfig> LoadRemoteConfig(const std::string& path);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_REMOTE_CONFIG_H_
