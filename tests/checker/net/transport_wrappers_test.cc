// RetryingTransport and RateLimitedTransport around the real CurlTransport,
// against the fake server's canned faults. A recording sleeper stands in for
// the waits, so the tests check what would be waited without waiting it.
#include "checker/net/transport_wrappers.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <numeric>
#include <string>
#include <vector>

#include "tests/testing/fake_server.h"

namespace patmark {
namespace {

using std::chrono::milliseconds;

class TransportWrappersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.ok()); }

  std::unique_ptr<HttpTransport> Curl(milliseconds timeout = milliseconds(3000)) {
    CurlOptions options;
    options.total_timeout = timeout;
    return std::move(*NewCurlTransport(options));
  }
  HttpRequest Get(const std::string& path) const {
    HttpRequest r;
    r.url = server_.Url(path);
    return r;
  }
  void Fault(const std::string& json) {
    HttpRequest r = Get("/_faults");
    r.method = "POST";
    r.body = json;
    ASSERT_TRUE(Curl()->Perform({r})[0].ok());
  }
  int Requests(const std::string& path) {
    auto answers = Curl()->Perform({Get("/_stats")});
    rapidjson::Document d;
    d.Parse(answers[0]->body.c_str());
    return d["by_path"].HasMember(path.c_str()) ? d["by_path"][path.c_str()].GetInt() : 0;
  }
  RetryPolicy Fast(int attempts = 4) {
    RetryPolicy p;
    p.max_attempts = attempts;
    p.base_delay = milliseconds(100);
    return p;
  }
  Sleeper Recorder() {
    return [this](milliseconds d) { slept_.push_back(d); };
  }

  testing::FakeServer server_;
  std::vector<milliseconds> slept_;
};

TEST_F(TransportWrappersTest, ServerErrorsAreRetriedWithGrowingWaitsUntilAnAnswer) {
  Fault(R"({"next": [{"status": 503}, {"status": 502}]})");
  RetryingTransport retrying(Curl(), Fast(), Recorder());
  auto answers = retrying.Perform({Get("/echo")});
  ASSERT_TRUE(answers[0].ok());
  EXPECT_EQ(answers[0]->status, 200);
  EXPECT_EQ(retrying.retries(), 2);
  EXPECT_EQ(Requests("/echo"), 3);
  ASSERT_EQ(slept_.size(), 2u);
  EXPECT_GE(slept_[0], milliseconds(50));   // jitter within [base/2, base]
  EXPECT_LE(slept_[0], milliseconds(100));
  EXPECT_GE(slept_[1], milliseconds(100));  // then doubled
  EXPECT_LE(slept_[1], milliseconds(200));
}

TEST_F(TransportWrappersTest, RetryAfterIsHonouredInSecondsOrInOpsMilliseconds) {
  Fault(R"({"next": [{"status": 429, "headers": {"Retry-After": "2"}}]})");
  RetryingTransport seconds(Curl(), Fast(), Recorder());
  EXPECT_EQ(seconds.Perform({Get("/echo")})[0]->status, 200);
  ASSERT_EQ(slept_.size(), 1u);
  EXPECT_EQ(slept_[0], milliseconds(2000));

  slept_.clear();
  Fault(R"({"next": [{"status": 503, "headers": {"Retry-After": "750"}}]})");
  RetryPolicy ops = Fast();
  ops.retry_after_in_ms = true;
  RetryingTransport millis(Curl(), ops, Recorder());
  EXPECT_EQ(millis.Perform({Get("/echo")})[0]->status, 200);
  ASSERT_EQ(slept_.size(), 1u);
  EXPECT_EQ(slept_[0], milliseconds(750));
}

TEST_F(TransportWrappersTest, OtherClientErrorsAreNeverRetried) {
  RetryingTransport retrying(Curl(), Fast(), Recorder());
  auto answers = retrying.Perform({Get("/status/404"), Get("/status/400"), Get("/status/403")});
  EXPECT_EQ(answers[0]->status, 404);
  EXPECT_EQ(answers[1]->status, 400);
  EXPECT_EQ(answers[2]->status, 403);
  EXPECT_EQ(retrying.retries(), 0);
  EXPECT_TRUE(slept_.empty());
  EXPECT_EQ(Requests("/status/404"), 1);
}

TEST_F(TransportWrappersTest, PersistentFailuresGiveUpAfterTheLastAttempt) {
  RetryingTransport retrying(Curl(milliseconds(300)), Fast(3), Recorder());
  auto answers = retrying.Perform({Get("/status/500"), Get("/hang")});
  ASSERT_TRUE(answers[0].ok());
  EXPECT_EQ(answers[0]->status, 500) << "the last answer is passed on";
  EXPECT_EQ(answers[1].status().code(), StatusCode::kDeadlineExceeded);
  EXPECT_EQ(Requests("/status/500"), 3);
  EXPECT_EQ(Requests("/hang"), 3);
  EXPECT_EQ(retrying.retries(), 4);
}

TEST_F(TransportWrappersTest, TheRateLimiterSpacesRequestsAndKeepsTheirOrder) {
  // A clock that only the waits move: the requests themselves take no time.
  auto now = std::chrono::steady_clock::time_point{};
  RateLimitedTransport limited(
      Curl(), RateLimit{.per_second = 5, .burst = 2},
      [&](milliseconds d) {
        slept_.push_back(d);
        now += d;
      },
      [&] { return now; });
  std::vector<HttpRequest> requests;
  for (int i = 0; i < 10; ++i) requests.push_back(Get("/echo?n=" + std::to_string(i)));
  auto answers = limited.Perform(requests);
  ASSERT_EQ(answers.size(), 10u);
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(answers[i].ok());
    EXPECT_NE(answers[i]->body.find("n=" + std::to_string(i) + "\""), std::string::npos) << i;
  }
  milliseconds total = std::accumulate(slept_.begin(), slept_.end(), milliseconds(0));
  // Two go at once, the other eight wait a fifth of a second each.
  EXPECT_GE(total, milliseconds(1600));
  EXPECT_LE(total, milliseconds(1610));  // + 1 ms rounding per wait
}

}  // namespace
}  // namespace patmark
