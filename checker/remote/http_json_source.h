// HttpJsonSource: any HTTP/JSON status service an office runs, described in
// the config file instead of code (`--source http:NAME`, "sources.http.NAME"):
//
//   {"url": "https://status.example.gov/api/patents/{canonical}",
//    "headers": {"Authorization": "Bearer ${STATUS_TOKEN}"},
//    "offices": ["CN"],
//    "paths": {"state": "/data/status", "filing_date": "/data/dates/filed",
//              "grant_date": "/data/dates/granted", "expiry_date": "/data/dates/expires",
//              "termination_date": "/data/dates/ended"},
//    "states": {"有效": "in_force", "专利权终止": "lapsed", "期限届满": "expired"}}
//
// The URL template takes {canonical} ("CN201410026192.3"), {number} (the
// number without office, check character or kind: "201410026192") and
// {office}; ${VAR} in a header is the environment variable VAR, so that no
// secret is written in the config. paths are JSON Pointers (RFC 6901) into
// the answer; states maps the service's words to patmark's states (a word
// not in the map is a failure naming it, never a guess). HTTP 404 means the
// service does not know the number.
#ifndef PATMARK_CHECKER_REMOTE_HTTP_JSON_SOURCE_H_
#define PATMARK_CHECKER_REMOTE_HTTP_JSON_SOURCE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/net/http_transport.h"
#include "checker/status/status_source.h"

namespace patmark {

struct HttpJsonOptions {
  std::string name;          // "http:office", the source's name in outputs
  std::string url_template;
  HttpHeaders headers;       // with ${VAR} already replaced
  std::vector<std::string> offices;  // asked for these only; empty: all
  std::map<std::string, std::string> paths;   // field -> JSON Pointer
  std::map<std::string, std::string> states;  // the service's word -> LegalState name
};

// The status an answer gives, with source `options.name`. InvalidArgument
// names what is wrong (not JSON, no state at the pointer, a word not mapped,
// a date that is no date). Pure function.
StatusOr<LegalStatus> StatusFromHttpJson(std::string_view json, const HttpJsonOptions& options);

// The URL of `number` under `url_template`, the parts percent-encoded.
std::string ExpandUrl(const std::string& url_template, const CheckedNumber& number);

class HttpJsonSource : public StatusSource {
 public:
  HttpJsonSource(HttpJsonOptions options, std::unique_ptr<HttpTransport> transport);
  std::string_view name() const override { return options_.name; }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override;

 private:
  HttpJsonOptions options_;
  std::unique_ptr<HttpTransport> transport_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_HTTP_JSON_SOURCE_H_
