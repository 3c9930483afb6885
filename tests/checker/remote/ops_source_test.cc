// OpsSource through the production CurlTransport against the fake OPS on
// 127.0.0.1: states from events, the token's life (expiry mid-run, refused
// credentials), and every fault leaving numbers unanswered, never ok.
#include "checker/remote/ops_source.h"

#include <gtest/gtest.h>

#include "tests/parsers/numbers/check_helpers.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "tests/testing/fake_server.h"

namespace patmark {
namespace {

class OpsSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server_.ok()) << "tools/fake_status_server.py did not start";
    CurlOptions curl;
    curl.total_timeout = std::chrono::milliseconds(2000);
    auto transport = NewCurlTransport(curl);
    ASSERT_TRUE(transport.ok());
    transport_ = std::move(*transport);
  }

  OpsOptions Options(const std::string& secret = "test-secret") {
    OpsOptions options;
    options.base_url = server_.Url("/3.2");
    options.consumer_key = "test-key";
    options.consumer_secret = secret;
    options.sleep = [this](std::chrono::milliseconds d) { slept_.push_back(d); };
    return options;
  }

  // How many bulk requests the fake OPS has served (POSTs to legal/…).
  int BulkRequests() {
    HttpRequest r;
    r.url = server_.Url("/_stats");
    auto answer = transport_->Perform({r});
    std::string body = answer[0].ok() ? answer[0]->body : "";
    int total = 0;
    for (const char* path : {"/3.2/rest-services/legal/application/docdb", "/3.2/rest-services/legal/publication/epodoc"}) {
      size_t at = body.find(std::string("\"") + path + "\": ");
      if (at != std::string::npos) total += std::atoi(body.c_str() + at + std::strlen(path) + 4);
    }
    return total;
  }

  std::vector<std::chrono::milliseconds> slept_;

  void Fault(const std::string& json) {
    HttpRequest r;
    r.method = "POST";
    r.url = server_.Url("/_faults");
    r.body = json;
    ASSERT_TRUE(transport_->Perform({r})[0].ok());
  }

  std::vector<std::optional<LegalStatus>> Ask(OpsSource& ops, const std::vector<std::string>& texts, Status* status) {
    std::vector<CheckedNumber> numbers;
    for (const std::string& t : texts) numbers.push_back(testing::Check(t));
    std::vector<std::optional<LegalStatus>> out(numbers.size());
    *status = ops.Lookup(numbers, &out);
    return out;
  }

  testing::FakeServer server_;
  std::unique_ptr<HttpTransport> transport_;
};

TEST_F(OpsSourceTest, NumbersGoInBulkRequestsOfAHundred) {
  OpsSource ops(Options(), transport_.get());
  std::vector<std::string> texts = {"ZL 2014 1 0026192.3", "US 7,654,321"};
  for (int i = 1; i <= 149; ++i) {
    std::string digits = "201710" + std::string(6 - std::to_string(i).size(), '0') + std::to_string(i);
    int sum = 0;
    for (size_t k = 0; k < digits.size(); ++k) sum += (digits[k] - '0') * static_cast<int>(2 + k % 8);
    int r = sum % 11;
    texts.push_back("ZL" + digits + "." + (r == 10 ? std::string("X") : std::to_string(r)));
  }
  Status status;
  auto out = Ask(ops, texts, &status);
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(BulkRequests(), 3) << "150 CN application numbers in 2 requests, the US publication in 1";
  ASSERT_TRUE(out[0].has_value());
  EXPECT_EQ(out[0]->state, LegalState::kLapsed);
  ASSERT_TRUE(out[1].has_value());
  EXPECT_EQ(out[1]->source, "ops");
  for (size_t i = 2; i < out.size(); ++i) EXPECT_FALSE(out[i].has_value()) << texts[i];
}

TEST_F(OpsSourceTest, TheThrottlingHeaderPacesTheNextRequestsAndBlackWaitsItsTurn) {
  OpsSource ops(Options(), transport_.get());
  Fault(R"json({"throttling": "busy (images=green:100, inpadoc=yellow:30, other=green:1000)"})json");
  Status status;
  Ask(ops, {"ZL 2014 1 0026192.3"}, &status);
  ASSERT_TRUE(slept_.empty());
  Ask(ops, {"00112313.0"}, &status);
  ASSERT_EQ(slept_.size(), 1u) << "one request at 30 a minute: the next waits up to 2 s";
  EXPECT_GT(slept_[0], std::chrono::milliseconds(1500));
  EXPECT_LE(slept_[0], std::chrono::milliseconds(2000));

  slept_.clear();
  Fault(R"json({"throttling": "idle (inpadoc=green:100000)", "next": [{"status": 403, "headers": )json"
        R"json({"X-Throttling-Control": "overloaded (inpadoc=black:0, other=green:1000)", "Retry-After": "1500"},)json"
        R"json( "body": "<fault><code>CLIENT.RobotDetected</code><message>throttled</message></fault>"}]})json");
  auto out = Ask(ops, {"ZL 2016 2 0161392.4"}, &status);
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_TRUE(out[0].has_value()) << "answered on the second try";
  ASSERT_FALSE(slept_.empty());
  EXPECT_EQ(slept_.back(), std::chrono::milliseconds(1500)) << "Retry-After in milliseconds";
}

TEST_F(OpsSourceTest, EventsBecomeStatesWithTheirDates) {
  OpsSource ops(Options(), transport_.get());
  Status status;
  auto out = Ask(ops,
                 {"ZL 2014 1 0026192.3", "00112313.0", "ZL 2016 2 0161392.4", "ZL 2021 1 0377287.X", "202410040777.4",
                  "ZL 2025 1 1400055.6", "US 7,654,321", "ZL 2017 1 0000001.6"},
                 &status);
  EXPECT_TRUE(status.ok()) << status.ToString();
  struct Expected {
    LegalState state;
    const char* end;  // termination or expiry date
  } expected[] = {{LegalState::kLapsed, "2019-01-21"},      {LegalState::kExpired, "2020-06-08"},
                  {LegalState::kInForce, "2026-02-28"},     {LegalState::kInvalidated, "2023-02-14"},
                  {LegalState::kPending, "2044-01-09"},     {LegalState::kWithdrawn, "2026-06-01"},
                  {LegalState::kInForce, "2026-05-02"}};
  for (size_t i = 0; i < std::size(expected); ++i) {
    ASSERT_TRUE(out[i].has_value()) << i;
    EXPECT_EQ(out[i]->state, expected[i].state) << i;
    EXPECT_EQ(out[i]->source, "ops");
    ASSERT_TRUE(out[i]->EndDate().has_value()) << i;
    EXPECT_EQ(out[i]->EndDate()->ToString(), expected[i].end) << i;
  }
  EXPECT_NE(out[2]->note.find("no cessation event seen"), std::string::npos);
  EXPECT_FALSE(out[7].has_value()) << "OPS does not know it (404): no answer, not not_found";
  EXPECT_EQ(ops.tokens_requested(), 1);
}

TEST_F(OpsSourceTest, ATokenThatExpiresMidRunIsRenewedOnceAndTheRequestsReplayed) {
  OpsSource ops(Options(), transport_.get());
  Status status;
  Ask(ops, {"ZL 2014 1 0026192.3"}, &status);
  ASSERT_TRUE(status.ok());
  Fault(R"({"expire_tokens": true})");
  auto out = Ask(ops, {"00112313.0", "ZL 2016 2 0161392.4"}, &status);
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_TRUE(out[0].has_value() && out[1].has_value());
  EXPECT_EQ(ops.tokens_requested(), 2);
}

TEST_F(OpsSourceTest, RefusedCredentialsTakeTheSourceDownWithoutShowingThem) {
  OpsSource ops(Options("wrong-secret-XYZ"), transport_.get());
  Status status;
  auto out = Ask(ops, {"ZL 2014 1 0026192.3"}, &status);
  EXPECT_EQ(status.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(status.message().find("refused (HTTP 401)"), std::string::npos) << status.ToString();
  EXPECT_EQ(status.message().find("wrong-secret-XYZ"), std::string::npos);
  EXPECT_FALSE(out[0].has_value());
  Ask(ops, {"00112313.0"}, &status);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(ops.tokens_requested(), 1) << "down for the run: no new attempt";
}

TEST_F(OpsSourceTest, QuotaExhaustionEndsTheBatchUnanswered) {
  OpsSource ops(Options(), transport_.get());
  Fault(R"({"quota_exhausted": true})");
  Status status;
  auto out = Ask(ops, {"ZL 2014 1 0026192.3", "00112313.0"}, &status);
  EXPECT_EQ(status.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(status.message().find("IndividualQuotaPerHour"), std::string::npos) << status.ToString();
  EXPECT_FALSE(out[0].has_value());
  EXPECT_FALSE(out[1].has_value());
}

TEST_F(OpsSourceTest, ServerErrorsAndTimeoutsLeaveOnlyTheirNumbersUnanswered) {
  OpsSource ops(Options(), transport_.get());
  Status status;
  Ask(ops, {"ZL 2014 1 0026192.3"}, &status);  // a token first
  Fault(R"({"next": [{"status": 503, "body": "<fault><code>SERVER.LimitedServerResources</code>)"
        R"(<message>busy</message></fault>"}]})");
  auto out = Ask(ops, {"00112313.0"}, &status);
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
  EXPECT_NE(status.message().find("HTTP 503 busy"), std::string::npos) << status.ToString();
  EXPECT_FALSE(out[0].has_value());

  Fault(R"({"latency_ms": 2500})");
  out = Ask(ops, {"ZL 2016 2 0161392.4"}, &status);
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
  EXPECT_NE(status.message().find("imed out"), std::string::npos) << status.ToString();
  EXPECT_FALSE(out[0].has_value());
}

}  // namespace
}  // namespace patmark
