// OpsSource: legal status from EPO Open Patent Services 3.2 (INPADOC legal
// events; covers CN, US, EP and more), a StatusSource over an HttpTransport.
//
//   OpsOptions options{.base_url = "https://ops.epo.org/3.2", .consumer_key = …, .consumer_secret = …};
//   OpsSource ops(options, transport.get());
//   chain.Add(...);   // asks GET {base}/rest-services/legal/... for each number
//
// Numbers go in bulk: one POST to legal/{type}/{format} per ≤ 100 numbers of
// the same reference form, one number per line (research §1.1); the answer
// holds an ops:patent-family for each number OPS knows. The inpadoc bucket
// of X-Throttling-Control is obeyed: at its colour's requests per minute the
// next requests wait their turn, and on black the refused requests wait what
// Retry-After asks (milliseconds) and go once more.
//
// Authentication is OAuth2 client credentials: the token is kept until
// expires_in (a string in OPS's JSON) minus 60 s; an HTTP 400 with
// invalid_access_token (a token that expired early) gets one new token and
// the request is replayed once. A token request that is refused (401, bad
// key or secret) is a configuration error: the source is down for the run.
// A 403 quota rejection ends the batch: its numbers stay unanswered (and
// become unknown or estimated downstream, never ok). 404 means OPS does not
// know the number: no answer. Error bodies are XML and are never parsed as
// JSON. The credentials never appear in a Status message.
#ifndef PATMARK_CHECKER_REMOTE_OPS_SOURCE_H_
#define PATMARK_CHECKER_REMOTE_OPS_SOURCE_H_

#include <chrono>
#include <memory>
#include <string>

#include "checker/net/http_transport.h"
#include "checker/net/transport_wrappers.h"
#include "checker/status/status_source.h"

namespace patmark {

struct OpsOptions {
  std::string base_url = "https://ops.epo.org/3.2";
  std::string consumer_key, consumer_secret;
  size_t bulk_size = 100;        // numbers per request: OPS's limit
  Sleeper sleep = RealSleeper(); // how throttling waits (tests record instead)
};

class OpsSource : public StatusSource {
 public:
  // `transport` must outlive the source.
  OpsSource(OpsOptions options, HttpTransport* transport);
  // The source owns its transport.
  OpsSource(OpsOptions options, std::unique_ptr<HttpTransport> transport);

  std::string_view name() const override { return "ops"; }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override;

  // How many tokens were requested so far (tests watch refreshes).
  int tokens_requested() const { return tokens_requested_; }

 private:
  Status EnsureToken();
  Status RequestToken();
  // Sends `requests`, renewing the token once and waiting out a black
  // throttle once, and paces the requests that follow.
  std::vector<StatusOr<HttpResponse>> Send(std::vector<HttpRequest> requests, Status* fatal);
  void Authorize(HttpRequest* request) const;

  OpsOptions options_;
  std::unique_ptr<HttpTransport> owned_transport_;
  HttpTransport* transport_;
  std::string token_;
  std::chrono::steady_clock::time_point token_expiry_{};
  int tokens_requested_ = 0;
  std::string down_;  // why the source is down for the run, or ""
  std::chrono::steady_clock::time_point next_request_{};  // pacing from X-Throttling-Control
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_OPS_SOURCE_H_
