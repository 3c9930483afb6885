#include "checker/net/transport_wrappers.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace patmark {

Sleeper RealSleeper() {
  return [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
}

Clock RealClock() {
  return [] { return std::chrono::steady_clock::now(); };
}

bool IsRetryable(const StatusOr<HttpResponse>& answer) {
  if (!answer.ok()) return true;
  return answer->status >= 500 || answer->status == 429;
}

RetryingTransport::RetryingTransport(std::unique_ptr<HttpTransport> target, RetryPolicy policy, Sleeper sleep)
    : target_(std::move(target)), policy_(policy), sleep_(std::move(sleep)) {}

std::vector<StatusOr<HttpResponse>> RetryingTransport::Perform(const std::vector<HttpRequest>& requests) {
  std::vector<StatusOr<HttpResponse>> answers = target_->Perform(requests);
  std::chrono::milliseconds delay = policy_.base_delay;
  for (int attempt = 1; attempt < policy_.max_attempts; ++attempt) {
    std::vector<size_t> again;
    std::chrono::milliseconds asked{0};  // the longest Retry-After among them
    for (size_t i = 0; i < answers.size(); ++i) {
      if (!IsRetryable(answers[i])) continue;
      again.push_back(i);
      if (answers[i].ok()) {
        std::string_view after = answers[i]->Header("Retry-After");
        long value = after.empty() ? 0 : std::strtol(std::string(after).c_str(), nullptr, 10);
        auto wait = policy_.retry_after_in_ms ? std::chrono::milliseconds(value) : std::chrono::milliseconds(value * 1000);
        asked = std::max(asked, wait);
      }
    }
    if (again.empty()) break;
    // Full jitter on the backoff keeps many clients from retrying in step.
    std::uniform_int_distribution<long> jitter(delay.count() / 2, delay.count());
    sleep_(std::max(asked, std::chrono::milliseconds(jitter(random_))));
    delay = std::min(policy_.max_delay, delay * 2);
    std::vector<HttpRequest> retry;
    for (size_t i : again) retry.push_back(requests[i]);
    retries_ += static_cast<int>(retry.size());
    std::vector<StatusOr<HttpResponse>> retried = target_->Perform(retry);
    for (size_t k = 0; k < again.size(); ++k) answers[again[k]] = std::move(retried[k]);
  }
  return answers;
}

RateLimitedTransport::RateLimitedTransport(std::unique_ptr<HttpTransport> target, RateLimit limit, Sleeper sleep,
                                           Clock now)
    : target_(std::move(target)),
      limit_(limit),
      sleep_(std::move(sleep)),
      now_(std::move(now)),
      tokens_(std::max(1, limit.burst)),
      last_refill_(now_()) {}

std::vector<StatusOr<HttpResponse>> RateLimitedTransport::Perform(const std::vector<HttpRequest>& requests) {
  if (limit_.per_second <= 0) return target_->Perform(requests);
  std::vector<StatusOr<HttpResponse>> answers;
  answers.reserve(requests.size());
  size_t next = 0;
  while (next < requests.size()) {
    auto now = now_();
    double elapsed = std::chrono::duration<double>(now - last_refill_).count();
    tokens_ = std::min<double>(std::max(1, limit_.burst), tokens_ + elapsed * limit_.per_second);
    last_refill_ = now;
    if (tokens_ < 1) {
      auto wait = std::chrono::milliseconds(static_cast<long>((1 - tokens_) / limit_.per_second * 1000) + 1);
      sleep_(wait);
      tokens_ = 1;  // the wait earned it
      last_refill_ = now_();
    }
    // As many as the bucket allows go out together.
    size_t wave = std::min(requests.size() - next, static_cast<size_t>(tokens_));
    tokens_ -= static_cast<double>(wave);
    std::vector<HttpRequest> batch(requests.begin() + static_cast<long>(next),
                                   requests.begin() + static_cast<long>(next + wave));
    for (auto& answer : target_->Perform(batch)) answers.push_back(std::move(answer));
    next += wave;
  }
  return answers;
}

}  // namespace patmark
