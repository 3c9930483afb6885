// Decorators of HttpTransport, in the style of LevelDB's EnvWrapper: each
// adds one behaviour around another transport and is tested on its own.
//
//   auto http = NewCurlTransport(curl);
//   auto limited = std::make_unique<RateLimitedTransport>(std::move(*http), RateLimit{.per_second = 10});
//   auto retrying = std::make_unique<RetryingTransport>(std::move(limited), RetryPolicy{});
//
// RetryingTransport tries again, with exponential backoff and jitter, what
// may work later: no answer (a timeout, a refused or cut connection), 5xx,
// and 429 (waiting what Retry-After asks). Never another 4xx: a bad request
// stays bad. RateLimitedTransport spaces requests with a token bucket.
#ifndef PATMARK_CHECKER_NET_TRANSPORT_WRAPPERS_H_
#define PATMARK_CHECKER_NET_TRANSPORT_WRAPPERS_H_

#include <chrono>
#include <functional>
#include <memory>
#include <random>

#include "checker/net/http_transport.h"

namespace patmark {

// How the wrappers wait; tests pass one that records instead of sleeping.
using Sleeper = std::function<void(std::chrono::milliseconds)>;
Sleeper RealSleeper();
// What time it is; tests pass a clock that their sleeper moves on.
using Clock = std::function<std::chrono::steady_clock::time_point()>;
Clock RealClock();

struct RetryPolicy {
  int max_attempts = 4;                               // the first try included
  std::chrono::milliseconds base_delay{500};          // doubled after each try
  std::chrono::milliseconds max_delay{30'000};
  // Retry-After counts seconds (RFC 9110); EPO OPS sends milliseconds.
  bool retry_after_in_ms = false;
};

class RetryingTransport : public HttpTransport {
 public:
  RetryingTransport(std::unique_ptr<HttpTransport> target, RetryPolicy policy, Sleeper sleep = RealSleeper());
  std::vector<StatusOr<HttpResponse>> Perform(const std::vector<HttpRequest>& requests) override;
  // Retries made so far (tests and the progress line watch it).
  int retries() const { return retries_; }

 private:
  std::unique_ptr<HttpTransport> target_;
  RetryPolicy policy_;
  Sleeper sleep_;
  std::mt19937 random_{20261125};  // jitter; seeded, so runs are repeatable
  int retries_ = 0;
};

// True for answers worth another try: no response, 5xx, 429.
bool IsRetryable(const StatusOr<HttpResponse>& answer);

struct RateLimit {
  double per_second = 0;  // 0: no limit
  int burst = 1;          // requests that may go at once after a pause
};

class RateLimitedTransport : public HttpTransport {
 public:
  RateLimitedTransport(std::unique_ptr<HttpTransport> target, RateLimit limit, Sleeper sleep = RealSleeper(),
                       Clock now = RealClock());
  std::vector<StatusOr<HttpResponse>> Perform(const std::vector<HttpRequest>& requests) override;

 private:
  std::unique_ptr<HttpTransport> target_;
  RateLimit limit_;
  Sleeper sleep_;
  Clock now_;
  double tokens_;
  std::chrono::steady_clock::time_point last_refill_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_NET_TRANSPORT_WRAPPERS_H_
