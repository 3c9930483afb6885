// OPS legal answers read into patmark's terms: how numbers are asked, the
// BadgerFish quirks of the JSON, and the state a sequence of INPADOC events
// adds up to (research/legal-status.md §1.3–1.8).
#include "checker/remote/ops_legal.h"

#include <gtest/gtest.h>

#include "tests/parsers/numbers/check_helpers.h"

#include <sstream>
#include <string>
#include <vector>

#include "tests/testing/fixture_path.h"

namespace patmark {
namespace {

TEST(OpsReferenceTest, NumbersAreAskedTheWayOpsIndexesThem) {
  struct Case {
    const char* number;
    const char* path;
  } cases[] = {
      {"ZL 2014 1 0026192.3", "application/docdb/CN.201410026192.A"},  // check character dropped
      {"00112313.0", "application/docdb/CN.00112313.A"},               // pre-2003 eight digits
      {"CN 116455754 B", "publication/docdb/CN.116455754.B"},
      {"US 7,654,321 B2", "publication/epodoc/US7654321"},
      {"EP 1 234 567 B1", "publication/epodoc/EP1234567"},
      {"US D789,012", "publication/epodoc/USD789012"},
  };
  for (const Case& c : cases) {
    std::optional<OpsReference> ref = OpsReferenceOf(testing::Check(c.number));
    ASSERT_TRUE(ref.has_value()) << c.number;
    EXPECT_EQ(ref->type + "/" + ref->format + "/" + ref->number, c.path) << c.number;
  }
}

// An OPS legal answer in BadgerFish JSON with the given ops:legal value.
std::string Answer(const std::string& legal) {
  return R"({"ops:world-patent-data":{"ops:patent-family":{"@legal":"true","ops:family-member":{)"
         R"("application-reference":{"document-id":{"@document-id-type":"docdb","country":{"$":"CN"},)"
         R"("doc-number":{"$":"201410026192"},"kind":{"$":"A"},"date":{"$":"20140121"}}},)"
         R"("ops:legal":)" + legal + "}}}}";
}

// The one family of an answer, as ParseOpsLegalFamilies reads it.
StatusOr<OpsLegal> ParseOne(const std::string& json) {
  StatusOr<std::vector<std::pair<std::string, OpsLegal>>> families = ParseOpsLegalFamilies(json);
  if (!families.ok()) return families.status();
  if (families->size() != 1) return InvalidArgumentError(std::to_string(families->size()) + " families");
  return families->front().second;
}

std::string Event(const std::string& code, const std::string& date) {
  return R"({"@code":")" + code + R"(","@desc":"event )" + code + R"(","@infl":"-","ops:L001EP":{"$":"CN"},)"
         R"("ops:L007EP":{"$":")" + date + R"("}})";
}

TEST(ParseOpsLegalTest, OneEventIsAnObjectSeveralAreAnArray) {
  StatusOr<OpsLegal> one = ParseOne(Answer(Event("C14 ", "2016-08-10")));
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  ASSERT_EQ(one->events.size(), 1u);
  EXPECT_EQ(one->events[0].code, "C14") << "the space padding is trimmed";
  EXPECT_EQ(one->events[0].authority, "CN");
  EXPECT_EQ(one->filing_date, Date(2014, 1, 21));

  StatusOr<OpsLegal> two = ParseOne(Answer("[" + Event("GR01", "2016-08-24") + "," + Event("CF01", "2019-01-21") + "]"));
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->events.size(), 2u);
  EXPECT_EQ(two->events[1].date, Date(2019, 1, 21));

  EXPECT_FALSE(ParseOpsLegalFamilies("<fault><message>invalid_access_token</message></fault>").ok())
      << "an XML error body";
  EXPECT_FALSE(ParseOpsLegalFamilies(R"({"other":1})").ok());
}

TEST(StatusFromOpsEventsTest, TheLatestDecidingEventSetsTheState) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> events;  // code, date
    LegalState state;
    const char* termination;  // "" for none
    const char* note;
  } cases[] = {
      {{{"PB01", "2014-05-07"}, {"GR01", "2016-08-24"}, {"CF01", "2019-01-21"}}, LegalState::kLapsed, "2019-01-21", ""},
      {{{"GR01", "2016-08-24"}, {"CF01", "2019-01-21"}, {"RR01", "2019-06-03"}}, LegalState::kInForce, "",
       "no cessation event seen in INPADOC as of 2019-06-03"},
      {{{"GR01", "2016-08-24"}, {"TR01", "2020-02-01"}}, LegalState::kInForce, "",
       "no cessation event seen in INPADOC as of 2020-02-01"},
      {{{"GR01", "2016-08-24"}, {"IW01", "2018-03-30"}}, LegalState::kInvalidated, "2018-03-30", ""},
      {{{"PB01", "2014-05-07"}, {"WD01", "2016-01-13"}}, LegalState::kWithdrawn, "2016-01-13", ""},
      {{{"PB01", "2014-05-07"}, {"RJ01", "2017-09-01"}}, LegalState::kRejected, "2017-09-01", ""},
      {{{"GR01", "2016-08-24"}, {"AV01", "2018-02-02"}}, LegalState::kAbandoned, "2018-02-02", ""},
      {{{"PB01", "2014-05-07"}, {"SE01", "2014-06-04"}}, LegalState::kPending, "", ""},
  };
  CheckedNumber number = testing::Check("ZL 2014 1 0026192.3");
  for (const Case& c : cases) {
    std::string list;
    for (const auto& [code, date] : c.events) list += (list.empty() ? "" : ",") + Event(code, date);
    StatusOr<OpsLegal> legal = ParseOne(Answer("[" + list + "]"));
    ASSERT_TRUE(legal.ok());
    LegalStatus s = StatusFromOpsEvents(*legal, number);
    std::string what = c.events.back().first;
    EXPECT_EQ(s.state, c.state) << what;
    EXPECT_EQ(s.source, "ops");
    EXPECT_EQ(s.confidence, std::string(c.note).empty() ? Confidence::kAuthoritative : Confidence::kNoCessationSeen);
    EXPECT_EQ(s.termination_date ? s.termination_date->ToString() : "", c.termination) << what;
    EXPECT_EQ(s.note, c.note) << what;
    EXPECT_EQ(s.expiry_date, Date(2034, 1, 20)) << "20 years from filing: " << what;
    EXPECT_EQ(s.events.size(), c.events.size());
  }
}

TEST(StatusFromOpsEventsTest, ExpiryAndTermArithmetic) {
  StatusOr<OpsLegal> expired = ParseOne(Answer("[" + Event("C14", "2004-03-17") + "," + Event("CX01", "2020-06-08") + "]"));
  LegalStatus s = StatusFromOpsEvents(*expired, testing::Check("00112313.0"));
  EXPECT_EQ(s.state, LegalState::kExpired);
  EXPECT_EQ(s.expiry_date, Date(2020, 6, 8));
  EXPECT_EQ(s.grant_date, Date(2004, 3, 17));

  // A utility model granted in 2016 with no event since: in force per
  // INPADOC, but its ten years end on 2026-02-28, and StatusOn says expired.
  StatusOr<OpsLegal> granted = ParseOne(
      R"({"ops:world-patent-data":{"ops:patent-family":{"ops:family-member":{"application-reference":)"
      R"({"document-id":{"date":{"$":"20160301"}}},"ops:legal":)" + Event("C14", "2016-08-10") + "}}}}");
  ASSERT_TRUE(granted.ok());
  LegalStatus um = StatusFromOpsEvents(*granted, testing::Check("ZL 2016 2 0161392.4"));
  EXPECT_EQ(um.state, LegalState::kInForce);
  EXPECT_EQ(um.expiry_date, Date(2026, 2, 28));
  EXPECT_EQ(StatusOn(um, Date(2026, 11, 25)).state, LegalState::kExpired);
  EXPECT_EQ(StatusOn(um, Date(2020, 1, 1)).state, LegalState::kInForce);

  LegalStatus nothing = StatusFromOpsEvents(OpsLegal{}, testing::Check("ZL 2014 1 0026192.3"));
  EXPECT_EQ(nothing.state, LegalState::kUnknown) << "no events: nothing is known";
}

TEST(ParseThrottlingTest, TheBucketsColourAndAllowance) {
  const std::string header = "busy (images=green:100, inpadoc=yellow:45, other=green:1000, retrieval=green:100, search=green:15)";
  std::optional<OpsThrottle> inpadoc = ParseThrottling(header, "inpadoc");
  ASSERT_TRUE(inpadoc.has_value());
  EXPECT_EQ(inpadoc->system, "busy");
  EXPECT_EQ(inpadoc->colour, "yellow");
  EXPECT_EQ(inpadoc->per_minute, 45);
  EXPECT_EQ(ParseThrottling(header, "search")->per_minute, 15);
  EXPECT_EQ(ParseThrottling("overloaded (inpadoc=black:0)", "inpadoc")->colour, "black");
  EXPECT_FALSE(ParseThrottling(header, "legal").has_value());
  EXPECT_FALSE(ParseThrottling("", "inpadoc").has_value());
}

TEST(MatchKeyTest, ReferencesMatchWhateverTheirForm) {
  EXPECT_EQ(MatchKey("CN.201410026192.A"), "CN201410026192");
  EXPECT_EQ(MatchKey("CN201410026192"), "CN201410026192");
  EXPECT_EQ(MatchKey("US.7654321.B2"), "US7654321");
  EXPECT_EQ(MatchKey("US7654321"), "US7654321");
}

TEST(OpsEventStateTest, EveryRowOfTheBundledTableIsRead) {
  std::istringstream table(testing::ReadFile(std::string(PATMARK_SOURCE_DIR) +
                                             "/checker/remote/data/inpadoc-event-classes.csv"));
  int rows = 0;
  for (std::string line; std::getline(table, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("authority,")) continue;
    std::string authority = line.substr(0, line.find(','));
    std::string code = line.substr(authority.size() + 1, line.find(',', authority.size() + 1) - authority.size() - 1);
    EXPECT_TRUE(OpsEventState(authority, code).has_value()) << line;
    ++rows;
  }
  EXPECT_GT(rows, 40);
  EXPECT_EQ(OpsEventState("CN", "CF01"), LegalState::kLapsed);
  EXPECT_EQ(OpsEventState("CN", "TR01"), std::nullopt) << "a transfer changes nothing";
}

}  // namespace
}  // namespace patmark
