// The configurable HTTP/JSON source's pure parts: URL templates and reading
// an answer through JSON Pointers and a word map.
#include "checker/remote/http_json_source.h"

#include <gtest/gtest.h>

#include "tests/parsers/numbers/check_helpers.h"

namespace patmark {
namespace {

HttpJsonOptions Options() {
  HttpJsonOptions o;
  o.name = "http:office";
  o.paths = {{"state", "/data/status"}, {"filing_date", "/data/dates/filed"}, {"termination_date", "/data/dates/ended"}};
  o.states = {{"专利权终止", "lapsed"}, {"有效", "in_force"}, {"typo", "lapsd"}};
  return o;
}

TEST(HttpJsonTest, UrlTemplatesTakeTheNumberInThreeForms) {
  CheckedNumber n = testing::Check("ZL 2021 1 0377287.X");
  EXPECT_EQ(ExpandUrl("https://s.example/{office}/{number}?c={canonical}", n),
            "https://s.example/CN/202110377287?c=CN202110377287.X");
  EXPECT_EQ(ExpandUrl("https://s.example/p/{canonical}", testing::Check("US D789,012", "2026-11-25", "US")),
            "https://s.example/p/USD789012");
}

TEST(HttpJsonTest, AnAnswerIsReadThroughPointersAndTheWordMap) {
  StatusOr<LegalStatus> s = StatusFromHttpJson(
      R"({"data":{"status":"专利权终止","dates":{"filed":"2014-01-21","ended":"2019-01-21T00:00:00"}}})", Options());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->state, LegalState::kLapsed);
  EXPECT_EQ(s->source, "http:office");
  EXPECT_EQ(s->filing_date, Date(2014, 1, 21));
  EXPECT_EQ(s->termination_date, Date(2019, 1, 21)) << "a timestamp's date part";

  struct Bad {
    const char* json;
    const char* message;
  } bad[] = {
      {"not json", "not JSON"},
      {R"({"data":{}})", "no state (a string) at paths.state"},
      {R"({"data":{"status":"审中"}})", "the state \"审中\" is not in the config's states map"},
      {R"({"data":{"status":"typo"}})", "\"lapsd\", which is no patmark state"},
      {R"({"data":{"status":"有效","dates":{"filed":"21.01.2014"}}})", "paths.filing_date is not a YYYY-MM-DD date"},
  };
  for (const Bad& b : bad) {
    StatusOr<LegalStatus> r = StatusFromHttpJson(b.json, Options());
    ASSERT_FALSE(r.ok()) << b.json;
    EXPECT_NE(r.status().message().find(b.message), std::string::npos) << r.status().ToString();
  }
}

}  // namespace
}  // namespace patmark
