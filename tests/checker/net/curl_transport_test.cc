// CurlTransport against the fake server on 127.0.0.1: what it sends and
// reads back, that requests run side by side on reused connections, and
// that every way of not getting an answer is a Status naming the URL and
// never the credentials.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "checker/net/http_transport.h"
#include "tests/testing/fake_server.h"

namespace patmark {
namespace {

HttpRequest Get(const std::string& url, HttpHeaders headers = {}) {
  HttpRequest r;
  r.url = url;
  r.headers = std::move(headers);
  return r;
}

HttpRequest Post(const std::string& url, HttpHeaders headers, std::string body) {
  HttpRequest r = Get(url, std::move(headers));
  r.method = "POST";
  r.body = std::move(body);
  return r;
}

class CurlTransportTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.ok()) << "tools/fake_status_server.py did not start"; }

  std::unique_ptr<HttpTransport> Transport(CurlOptions options = {}) {
    auto transport = NewCurlTransport(options);
    EXPECT_TRUE(transport.ok());
    return std::move(*transport);
  }

  // The server's /_stats.
  rapidjson::Document Stats() {
    auto answers = Transport()->Perform({Get(server_.Url("/_stats"))});
    rapidjson::Document doc;
    if (answers[0].ok()) doc.Parse(answers[0]->body.c_str());
    return doc;
  }

  testing::FakeServer server_;
};

TEST_F(CurlTransportTest, SendsMethodHeadersAndBodyAndReadsTheAnswer) {
  HttpRequest post = Post(server_.Url("/echo"), {{"Content-Type", "text/plain"}, {"X-Api-Key", "k1"}},
                          "CN.201410026192.A\nUS.7654321.B2");
  auto answers = Transport()->Perform({post, Get(server_.Url("/echo?x=1"))});
  ASSERT_EQ(answers.size(), 2u);
  ASSERT_TRUE(answers[0].ok()) << answers[0].status().ToString();
  EXPECT_EQ(answers[0]->status, 200);
  EXPECT_EQ(answers[0]->Header("content-type"), "application/json") << "headers match in any case";
  rapidjson::Document echo;
  echo.Parse(answers[0]->body.c_str());
  EXPECT_STREQ(echo["method"].GetString(), "POST");
  EXPECT_STREQ(echo["body"].GetString(), "CN.201410026192.A\nUS.7654321.B2");
  EXPECT_STREQ(echo["headers"]["X-Api-Key"].GetString(), "k1");
  EXPECT_FALSE(echo["headers"].HasMember("Expect")) << "no 100-continue round trip";
  ASSERT_TRUE(answers[1].ok());
  EXPECT_NE(answers[1]->body.find("\"GET\""), std::string::npos);
}

TEST_F(CurlTransportTest, AnHttpErrorIsAResponseWithItsHeaders) {
  auto answers = Transport()->Perform({Get(server_.Url("/status/503?retry_after=1500")),
                                       Get(server_.Url("/status/404"))});
  ASSERT_TRUE(answers[0].ok());
  EXPECT_EQ(answers[0]->status, 503);
  EXPECT_EQ(answers[0]->Header("Retry-After"), "1500");
  ASSERT_TRUE(answers[1].ok());
  EXPECT_EQ(answers[1]->status, 404);
}

TEST_F(CurlTransportTest, RequestsRunSideBySideOnReusedConnections) {
  CurlOptions options;
  options.max_connections = 4;
  std::unique_ptr<HttpTransport> transport = Transport(options);
  std::vector<HttpRequest> requests(12, Get(server_.Url("/delay/100")));
  for (int round = 0; round < 2; ++round) {
    auto answers = transport->Perform(requests);
    for (const auto& answer : answers) {
      ASSERT_TRUE(answer.ok()) << answer.status().ToString();
      EXPECT_EQ(answer->body, "ok");
    }
  }
  rapidjson::Document stats = Stats();
  EXPECT_EQ(stats["by_path"]["/delay/100"].GetInt(), 24);
  EXPECT_GT(stats["max_in_flight"].GetInt(), 1) << "requests ran one at a time";
  EXPECT_LE(stats["max_in_flight"].GetInt(), 4 + 1) << "more in flight than max_connections (+ /_stats)";
  EXPECT_LE(stats["connections"].GetInt(), 4 + 1) << "24 requests should reuse 4 connections (+ /_stats's own)";
}

TEST_F(CurlTransportTest, NoAnswerIsAStatusNamingTheUrlButNotTheCredentials) {
  CurlOptions options;
  options.total_timeout = std::chrono::milliseconds(300);
  const HttpHeaders secret = {{"Authorization", "Bearer SECRET-TOKEN-123"}};
  auto answers = Transport(options)->Perform({Get(server_.Url("/hang"), secret),
                                              Get(server_.Url("/truncated"), secret),
                                              Get("http://127.0.0.1:1/refused", secret)});
  ASSERT_EQ(answers.size(), 3u);
  EXPECT_EQ(answers[0].status().code(), StatusCode::kDeadlineExceeded) << answers[0].status().ToString();
  EXPECT_EQ(answers[1].status().code(), StatusCode::kUnavailable) << "a body cut short is no answer";
  EXPECT_EQ(answers[2].status().code(), StatusCode::kUnavailable);
  for (const auto& answer : answers) {
    ASSERT_FALSE(answer.ok());
    EXPECT_NE(answer.status().message().find("http://127.0.0.1:"), std::string::npos) << answer.status().ToString();
    EXPECT_EQ(answer.status().message().find("SECRET"), std::string::npos) << answer.status().ToString();
  }
}

TEST_F(CurlTransportTest, CannedFaultsComeInOrder) {
  std::unique_ptr<HttpTransport> transport = Transport();
  auto set = transport->Perform({Post(server_.Url("/_faults"), {},
                                      R"({"next":[{"status":429,"headers":{"Retry-After":"2"}},)"
                                      R"({"status":500,"body":"<error/>"}]})")});
  ASSERT_TRUE(set[0].ok());
  std::vector<StatusOr<HttpResponse>> answers;
  for (int i = 0; i < 3; ++i) {
    auto one = transport->Perform({Get(server_.Url("/echo"))});
    answers.push_back(std::move(one[0]));
  }
  EXPECT_EQ(answers[0]->status, 429);
  EXPECT_EQ(answers[0]->Header("retry-after"), "2");
  EXPECT_EQ(answers[1]->status, 500);
  EXPECT_EQ(answers[2]->status, 200);
}

}  // namespace
}  // namespace patmark
