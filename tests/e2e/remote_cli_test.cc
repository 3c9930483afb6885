// End-to-end: `patmark check --source ops` against the fake OPS on
// 127.0.0.1 reaches the findings the register reaches for the same facts;
// a failing OPS never makes a mark ok and makes --strict exit 3; the
// credentials appear in no output.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/testing/fake_server.h"
#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

namespace t = patmark::testing;

constexpr char kSecret[] = "s3cr3t-OPS-9f2c";
constexpr char kCatalog[] =
    "id,company,product,box\n"
    "R1,A公司,片剂,发明专利 专利号：ZL 2014 1 0026192.3\n"
    "R2,B公司,胶囊,发明专利 专利号：00112313.0\n"
    "R3,A公司,输液器,实用新型专利 专利号：ZL 2016 2 0161392.4\n"
    "R4,A公司,血压计,外观设计专利 专利号：ZL 2019 3 0267772.5\n"
    "R5,C公司,敷料,发明专利 专利号：ZL 2021 1 0377287.X\n"
    "R6,D公司,护肤霜,\"发明专利申请 申请号：202410040777.4（专利申请，尚未授权）\"\n"
    "R7,E公司,装置,发明专利 专利号：ZL 2025 1 1400055.6\n"
    "R8,Acme,Oximeter,U.S. Pat. No. 7654321\n";

class RemoteCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server_.ok());
    dir_ = ::testing::TempDir() + "/patmark-remote-" + ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    Write(dir_ + "/catalog.csv", kCatalog);
    Write(dir_ + "/config.json", R"({"sources": {"ops": {"base_url": ")" + server_.Url("/3.2") +
                                     R"(", "key_env": "PATMARK_TEST_OPS_KEY", "secret_env": "PATMARK_TEST_OPS_SECRET",)"
                                     R"( "concurrency": 4, "timeout_ms": 3000, "requests_per_minute": 100000, "max_attempts": 2},)"
                                     R"( "uspto": {"base_url": ")" + server_.Url("") + R"(", "key_env": "PATMARK_TEST_USPTO_KEY", "requests_per_minute": 100000},)"
                                     R"( "http": {"office": {"url": ")" + server_.Url("/generic/patents/{canonical}") +
                                     R"(", "headers": {"Authorization": "Bearer ${PATMARK_TEST_GENERIC_TOKEN}"},)"
                                     R"( "offices": ["CN"], "requests_per_minute": 100000,)"
                                     R"( "paths": {"state": "/data/status", "filing_date": "/data/dates/filed",)"
                                     R"( "grant_date": "/data/dates/granted", "expiry_date": "/data/dates/expires",)"
                                     R"( "termination_date": "/data/dates/ended"},)"
                                     R"( "states": {"有效": "in_force", "专利权终止": "lapsed", "期限届满": "expired",)"
                                     R"( "全部无效": "invalidated", "审中": "pending", "视为撤回": "withdrawn"}}}},)"
                                     R"( "cache": {"path": ")" + dir_ + R"(/cache.db"}})");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static void Write(const std::string& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }

  // `patmark check` of the catalog with `extra` options and the credentials in the environment.
  t::RunResult Check(std::vector<std::string> extra, const std::string& secret = kSecret) {
    std::vector<std::string> args = {"check", dir_ + "/catalog.csv", "--as-of", "2026-11-25", "--config",
                                     dir_ + "/config.json"};
    args.insert(args.end(), extra.begin(), extra.end());
    return t::RunPatmark(args, "",
                         "env PATMARK_TEST_OPS_KEY=test-key PATMARK_TEST_USPTO_KEY=test-odp-key "
                         "PATMARK_TEST_GENERIC_TOKEN=test-generic-token PATMARK_TEST_OPS_SECRET=" + secret);
  }

  // Per record: "<verdict>|<mark state>:<mark verdict>:<codes/severities>…".
  static std::vector<std::string> Judgements(const std::string& jsonl) {
    std::vector<std::string> out;
    std::istringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
      rapidjson::Document d;
      d.Parse(line.c_str());
      std::string j = std::string(d["record"].GetString()) + " " + d["verdict"].GetString() + "|";
      for (const auto& m : d["marks"].GetArray()) {
        j += std::string(m["status"]["state"].GetString()) + ":" + m["verdict"].GetString() + ":";
        for (const auto& f : m["findings"].GetArray()) j += std::string(f["code"].GetString()) + "/" + f["severity"].GetString() + " ";
      }
      out.push_back(j);
    }
    return out;
  }

  t::FakeServer server_{{"--ops-secret", kSecret}};
  std::string dir_;
};

TEST_F(RemoteCliTest, OpsReachesTheRegistersFindingsForTheSameFacts) {
  auto by_register = t::RunPatmark({"check", dir_ + "/catalog.csv", "--as-of", "2026-11-25", "--register",
                                    t::FixturePath("registers/register.csv")});
  auto by_ops = Check({"--source", "ops"});
  ASSERT_EQ(by_ops.exit_code, 1) << by_ops.err;
  EXPECT_EQ(by_register.exit_code, 1) << by_register.err;
  std::vector<std::string> expected = Judgements(by_register.out), actual = Judgements(by_ops.out);
  ASSERT_EQ(actual.size(), 8u);
  EXPECT_EQ(actual, expected);
  EXPECT_NE(by_ops.out.find("\"source\":\"ops\""), std::string::npos);
  EXPECT_NE(by_ops.out.find("\"confidence\":\"no_cessation_seen\""), std::string::npos)
      << "the design in force is known only as 'no cessation event seen'";
  EXPECT_NE(actual[0].find("lapsed:violation:CN.LAPSED/violation"), std::string::npos) << actual[0];

  // Asked second, after OPS, the register answers only what OPS did not.
  auto both = Check({"--source", "ops", "--source", "register", "--register", t::FixturePath("registers/register.csv")});
  EXPECT_EQ(Judgements(both.out), expected);
  for (const auto& r : {by_ops, both}) {
    EXPECT_EQ(r.out.find(kSecret), std::string::npos);
    EXPECT_EQ(r.err.find(kSecret), std::string::npos);
  }
}

// How many legal requests the fake OPS has served.
int LegalRequests(const t::FakeServer& server) {
  std::string cmd = "python3 -c \"import urllib.request; print(urllib.request.urlopen('" + server.Url("/_stats") +
                    "').read().decode())\"";
  std::FILE* pipe = popen(cmd.c_str(), "r");
  std::string text;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  pclose(pipe);
  rapidjson::Document stats;
  stats.Parse(text.c_str());
  int legal = 0;
  if (!stats.IsObject()) return -1;
  for (const auto& [path, count] : stats["by_path"].GetObject()) {
    if (std::string(path.GetString()).find("/rest-services/legal/") != std::string::npos) legal += count.GetInt();
  }
  return legal;
}

TEST_F(RemoteCliTest, ASecondRunIsAnsweredFromTheCacheAndRefreshAsksAgain) {
  auto first = Check({"--source", "ops"});
  ASSERT_EQ(first.exit_code, 1) << first.err;
  const int asked = LegalRequests(server_);
  EXPECT_EQ(asked, 2) << "one bulk request for the 7 CN applications, one for the US publication";
  auto second = Check({"--source", "ops"});
  EXPECT_EQ(second.out, first.out);
  EXPECT_EQ(LegalRequests(server_), asked) << "the second run made no request";
  auto refreshed = Check({"--source", "ops", "--refresh"});
  EXPECT_EQ(refreshed.out, first.out);
  EXPECT_EQ(LegalRequests(server_), 2 * asked);
}

TEST_F(RemoteCliTest, AnOfficesOwnJsonServiceIsDescribedNotCoded) {
  auto by_register = t::RunPatmark({"check", dir_ + "/catalog.csv", "--as-of", "2026-11-25", "--register",
                                    t::FixturePath("registers/register.csv")});
  auto by_service = Check({"--source", "http:office"});
  ASSERT_EQ(by_service.exit_code, 1) << by_service.err;
  std::vector<std::string> expected = Judgements(by_register.out), actual = Judgements(by_service.out);
  // The CN marks (R1–R7) as the register judges them; R8 (US) is not the service's.
  ASSERT_EQ(actual.size(), 8u);
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(actual[i], expected[i]) << i;
  EXPECT_NE(by_service.out.find("\"source\":\"http:office\""), std::string::npos);
  EXPECT_EQ(by_service.err.find("test-generic-token"), std::string::npos);

  // A word the states map lacks is a failure that names it, never a guess.
  std::string config = t::ReadFile(dir_ + "/config.json");
  size_t word = config.find("\"审中\": \"pending\", ");
  ASSERT_NE(word, std::string::npos);
  Write(dir_ + "/config.json", config.erase(word, std::string("\"审中\": \"pending\", ").size()));
  auto unmapped = Check({"--source", "http:office", "--refresh"});
  EXPECT_NE(unmapped.err.find("the state \"审中\" is not in the config's states map"), std::string::npos)
      << unmapped.err;
  auto missing = Check({"--source", "http:other"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no sources.http.other"), std::string::npos) << missing.err;
}

TEST_F(RemoteCliTest, UsptoAnswersUsPatentsAndOpsTheRest) {
  Write(dir_ + "/catalog.csv",
        "id,company,product,box\n"
        "U1,Acme,Oximeter,U.S. Pat. No. 7654321\n"
        "U2,Acme,Pump,US Patent 8123456\n"
        "C1,A公司,片剂,发明专利 专利号：ZL 2014 1 0026192.3\n");
  auto r = Check({"--source", "uspto", "--source", "ops"});
  ASSERT_NE(r.exit_code, 2) << r.err;
  std::vector<std::string> j = Judgements(r.out);
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[0], "U1 warning|expired:warning:US.EXPIRED/warning ");
  EXPECT_NE(j[1].find("lapsed:warning:"), std::string::npos) << j[1];
  EXPECT_NE(j[2].find("lapsed:violation:CN.LAPSED/violation"), std::string::npos) << j[2];
  EXPECT_NE(r.out.find("\"source\":\"uspto\""), std::string::npos);
  EXPECT_NE(r.out.find("\"source\":\"ops\""), std::string::npos);
}

TEST_F(RemoteCliTest, RefusedCredentialsLeaveNoMarkOkAndStrictExitsThree) {
  auto refused = Check({"--source", "ops", "--strict"}, "wrong-secret");
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_NE(refused.err.find("source failed: ops: the consumer key and secret were refused (HTTP 401)"),
            std::string::npos) << refused.err;
  EXPECT_EQ(refused.out.find("\"verdict\":\"ok\""), std::string::npos) << "unknown is never ok";
  EXPECT_EQ(refused.err.find("wrong-secret"), std::string::npos);
  auto lenient = Check({"--source", "ops"}, "wrong-secret");
  EXPECT_NE(lenient.exit_code, 3) << "without --strict a failed source is reported, not fatal";
}

TEST_F(RemoteCliTest, MissingCredentialsAndOfflineAreUsageErrors) {
  auto missing = t::RunPatmark({"check", dir_ + "/catalog.csv", "--config", dir_ + "/config.json", "--source", "ops"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("PATMARK_TEST_OPS_KEY"), std::string::npos) << missing.err;
  auto offline = Check({"--source", "ops", "--offline"});
  EXPECT_EQ(offline.exit_code, 2);
  EXPECT_NE(offline.err.find("--offline forbids --source ops"), std::string::npos) << offline.err;
}

}  // namespace
}  // namespace patmark
