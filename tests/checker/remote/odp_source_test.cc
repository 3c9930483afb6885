// OdpSource through the real CurlTransport against the fake USPTO ODP:
// status codes and term arithmetic (PTA, designs, maintenance-fee grace), and
// what a bad key or an unknown number does.
#include "checker/remote/odp_source.h"

#include <gtest/gtest.h>

#include "tests/parsers/numbers/check_helpers.h"
#include "tests/testing/fake_server.h"

namespace patmark {
namespace {

class OdpSourceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.ok()); }
  std::unique_ptr<OdpSource> Source(const std::string& key = "test-odp-key") {
    OdpOptions options;
    options.base_url = server_.Url("");
    options.api_key = key;
    return std::make_unique<OdpSource>(options, std::move(*NewCurlTransport(CurlOptions{})));
  }
  std::vector<std::optional<LegalStatus>> Ask(OdpSource& source, const std::vector<std::string>& texts, Status* s) {
    std::vector<CheckedNumber> numbers;
    for (const std::string& t : texts) numbers.push_back(testing::Check(t, "2026-11-25", "US"));
    std::vector<std::optional<LegalStatus>> out(numbers.size());
    *s = source.Lookup(numbers, &out);
    return out;
  }
  testing::FakeServer server_;
};

TEST_F(OdpSourceTest, StatusCodesAndTheTermBecomeStatesAndDates) {
  auto source = Source();
  Status status;
  auto out = Ask(*source, {"US 7,654,321", "US 8,123,456", "US D789,012", "US 9,999,999"}, &status);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_TRUE(out[0].has_value());
  EXPECT_EQ(out[0]->state, LegalState::kInForce);
  EXPECT_EQ(out[0]->source, "uspto");
  EXPECT_EQ(out[0]->expiry_date, Date(2026, 5, 2)) << "20 years from filing, no PTA";
  EXPECT_EQ(StatusOn(*out[0], Date(2026, 11, 25)).state, LegalState::kExpired);

  ASSERT_TRUE(out[1].has_value());
  EXPECT_EQ(out[1]->state, LegalState::kLapsed) << "status 250";
  EXPECT_EQ(out[1]->termination_date, Date(2020, 2, 21)) << "the end of the 7.5-year fee's grace: grant + 8 years";
  EXPECT_EQ(out[1]->expiry_date, Date(2029, 10, 1).AddDays(412)) << "PTA days added";

  ASSERT_TRUE(out[2].has_value());
  EXPECT_EQ(out[2]->type, PatentType::kDesign);
  EXPECT_EQ(out[2]->expiry_date, Date(2032, 6, 13)) << "15 years from grant, filed after 2015-05-13";

  EXPECT_FALSE(out[3].has_value()) << "no record (404): no answer";
}

TEST_F(OdpSourceTest, TheNextMaintenanceFeeIsNoted) {
  // Granted 2024: the first fee falls due 3.5 years on.
  StatusOr<std::optional<LegalStatus>> s = StatusFromOdpAnswer(
      R"({"count":1,"patentFileWrapperDataBag":[{"applicationMetaData":{"applicationStatusCode":150,)"
      R"("filingDate":"2021-03-01","grantDate":"2024-01-16","patentNumber":"11876543","applicationTypeCode":"UTL"},)"
      R"("lastIngestionDateTime":"2026-11-20T03:14:07"}]})",
      testing::Check("US 11,876,543", "2026-11-25", "US"));
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->has_value());
  EXPECT_EQ((*s)->note, "next maintenance fee due 2027-07-16, payable with surcharge until 2028-01-16 (35 USC 41(b))");
  EXPECT_FALSE(StatusFromOdpAnswer(R"({"code":404})", testing::Check("US 11,876,543", "2026-11-25", "US")).ok());
}

TEST_F(OdpSourceTest, OnlyUsPatentsAreAskedAndABadKeyTakesTheSourceDown) {
  auto source = Source("wrong-key");
  Status status;
  auto out = Ask(*source, {"US 7,654,321"}, &status);
  EXPECT_EQ(status.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(status.message().find("refused (HTTP 403)"), std::string::npos);
  EXPECT_EQ(status.message().find("wrong-key"), std::string::npos);
  EXPECT_FALSE(out[0].has_value());

  auto good = Source();
  std::vector<CheckedNumber> cn = {testing::Check("ZL 2014 1 0026192.3")};
  std::vector<std::optional<LegalStatus>> none(1);
  EXPECT_TRUE(good->Lookup(cn, &none).ok());
  EXPECT_FALSE(none[0].has_value()) << "a CN number is not the USPTO's";
}

}  // namespace
}  // namespace patmark
