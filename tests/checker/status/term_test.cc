// Term arithmetic from the number alone: dated scenarios, the same number
// before and after its latest possible expiry.
#include <gtest/gtest.h>

#include "checker/status/term.h"

namespace patmark {
namespace {

CheckedNumber Cn(const char* text) {
  CheckOptions o;
  o.as_of = Date(2026, 11, 25);
  return *CheckNumber(text, o);
}

TEST(Term, LatestExpiryByTypeAndFilingYear) {
  struct Row {
    const char* number;
    const char* latest;
  };
  const Row rows[] = {
      {"ZL 2014 1 0026192.3", "2034-12-30"},  // invention, 20 years
      {"ZL 2016 2 0161392.4", "2026-12-30"},  // utility model, 10 years
      {"ZL 2019 3 0267772.5", "2029-12-30"},  // design filed before 2021-06-01: 10 years
      {"00112313.0", "2020-12-30"},           // 2000 invention, 8-digit form
  };
  for (const Row& r : rows) {
    std::optional<Date> latest = LatestPossibleExpiry(Cn(r.number));
    ASSERT_TRUE(latest.has_value()) << r.number;
    EXPECT_EQ(latest->ToString(), r.latest) << r.number;
  }
  EXPECT_FALSE(LatestPossibleExpiry(Cn("CN 116455754 B")).has_value()) << "a publication number has no filing year";
}

TEST(Term, DesignsFrom2021GetFifteenYears) {
  CheckedNumber design = Cn("ZL 2022 3 0123456.2");
  ASSERT_TRUE(design.valid());
  EXPECT_EQ(LatestPossibleExpiry(design)->ToString(), "2037-12-30");
}

TEST(Term, EstimateIsExpiredOnlyAfterTheLatestExpiry) {
  CheckedNumber um = Cn("ZL 2016 2 0161392.4");
  LegalStatus before = EstimateFromNumber(um, Date(2026, 11, 25));
  EXPECT_EQ(before.state, LegalState::kUnknown);
  EXPECT_EQ(before.confidence, Confidence::kEstimated);
  LegalStatus after = EstimateFromNumber(um, Date(2027, 1, 1));
  EXPECT_EQ(after.state, LegalState::kExpired);
  EXPECT_EQ(after.confidence, Confidence::kEstimated);
  EXPECT_NE(after.note.find("confirm"), std::string::npos);
}

TEST(Term, NoEstimateWithoutYearAndType) {
  LegalStatus s = EstimateFromNumber(Cn("CN 116455754 B"), Date(2026, 11, 25));
  EXPECT_EQ(s.state, LegalState::kUnknown);
  EXPECT_EQ(s.confidence, Confidence::kNone);
}

CheckedNumber Us(const char* text) {
  CheckOptions o;
  o.as_of = Date(2026, 11, 25);
  o.default_jurisdiction = "US";
  return *CheckNumber(text, o);
}

// A US patent's grant is bounded by its number (the first dated milestone of
// its series that reaches it, never earlier than the real grant); its term
// ends 20 years from filing, so by the grant + 25 years even with 5 years of
// adjustment or extension; a design's 15 years from grant.
TEST(Term, UsNumbersBoundTheGrantAndSoTheTerm) {
  struct Row {
    const char* number;
    const char* issued_by;
    const char* latest;
  } rows[] = {
      {"US 4,000,000", "1976-12-28", "2001-12-28"},
      {"US 4,123,456", "1991-03-19", "2016-03-19"},  // between the 4M and 5M milestones: the later date
      {"US 7,654,321", "2011-08-16", "2036-08-16"},
      {"US D500,000", "2012-12-31", "2027-12-31"},   // the design table starts in 2012
  };
  for (const Row& r : rows) {
    CheckedNumber n = Us(r.number);
    ASSERT_TRUE(UsIssuedBy(n).has_value()) << r.number;
    EXPECT_EQ(UsIssuedBy(n)->ToString(), r.issued_by) << r.number;
    EXPECT_EQ(LatestPossibleExpiry(n)->ToString(), r.latest) << r.number;
  }
  EXPECT_FALSE(LatestPossibleExpiry(Us("US RE45,678")).has_value()) << "a reissue ends with its original";
  LegalStatus old = EstimateFromNumber(Us("US 4,123,456"), Date(2026, 11, 25));
  EXPECT_EQ(old.state, LegalState::kExpired);
  EXPECT_EQ(old.confidence, Confidence::kEstimated);
  EXPECT_NE(old.note.find("issued by 1991-03-19 at the latest"), std::string::npos) << old.note;
  EXPECT_EQ(EstimateFromNumber(Us("US 7,654,321"), Date(2026, 11, 25)).state, LegalState::kUnknown);
}

}  // namespace
}  // namespace patmark
