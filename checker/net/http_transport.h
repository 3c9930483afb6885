// HttpTransport: how the remote legal-status sources talk HTTP. Sources
// build requests and read responses; the transport moves the bytes, many
// requests at a time. CurlTransport (libcurl's multi interface) is the only
// implementation and the only user of libcurl in patmark; tests run it
// against tools/fake_status_server.py on 127.0.0.1, never a mock.
//
//   StatusOr<std::unique_ptr<HttpTransport>> http = NewCurlTransport(CurlOptions{});
//   std::vector<StatusOr<HttpResponse>> answers = (*http)->Perform(requests);
//
// An HTTP status (404, 503) is a response; only a failure to get one
// (refused, timed out, cut short) is a non-OK Status, which names the URL
// but never the request's headers (they may hold credentials).
#ifndef PATMARK_CHECKER_NET_HTTP_TRANSPORT_H_
#define PATMARK_CHECKER_NET_HTTP_TRANSPORT_H_

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/base/statusor.h"

namespace patmark {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";  // GET or POST
  std::string url;
  HttpHeaders headers;
  std::string body;            // sent with POST
  // HTTP Basic authentication when username is not empty (libcurl encodes it).
  std::string username, password;
};

struct HttpResponse {
  long status = 0;
  HttpHeaders headers;  // of the final response, in order
  std::string body;

  // The first header called `name` (any case), or "".
  std::string_view Header(std::string_view name) const;
};

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // Performs every request, as many at once as the transport allows, and
  // returns answer i for request i. Not thread-safe: one caller at a time.
  virtual std::vector<StatusOr<HttpResponse>> Perform(const std::vector<HttpRequest>& requests) = 0;
};

struct CurlOptions {
  int max_connections = 16;                               // requests in flight at once
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{30'000};        // per request
  std::string user_agent = "patmark (patent-marking compliance checker)";
  // TLS peers are always verified; proxies come from the environment
  // (https_proxy, no_proxy), as libcurl reads them.
};

// `text` percent-encoded for a URL (libcurl's escaping: all but ALPHA,
// DIGIT, "-", ".", "_", "~").
std::string UrlEscape(std::string_view text);

// Fails (Internal) only if libcurl cannot be initialised.
StatusOr<std::unique_ptr<HttpTransport>> NewCurlTransport(const CurlOptions& options);

}  // namespace patmark

#endif  // PATMARK_CHECKER_NET_HTTP_TRANSPORT_H_
