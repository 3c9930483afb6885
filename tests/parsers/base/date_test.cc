#include "parsers/base/date.h"

#include <gtest/gtest.h>

namespace patmark {
namespace {

TEST(Date, ParsesAndPrintsIsoDates) {
  StatusOr<Date> d = Date::Parse("2017-04-29");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->year(), 2017);
  EXPECT_EQ(d->month(), 4u);
  EXPECT_EQ(d->day(), 29u);
  EXPECT_EQ(d->ToString(), "2017-04-29");
}

TEST(Date, RejectsMalformedAndImpossibleDates) {
  for (const char* bad : {"2017-4-29", "20170429", "2017-02-30", "2017-13-01", "", "abcd-ef-gh"}) {
    StatusOr<Date> d = Date::Parse(bad);
    EXPECT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_NE(Date::Parse("2017-02-30").status().message().find("not a calendar date"), std::string::npos);
}

TEST(Date, TermArithmetic) {
  Date filing(2014, 1, 21);
  EXPECT_EQ(filing.AddYears(20).ToString(), "2034-01-21");
  EXPECT_EQ(filing.AddYears(20).AddDays(-1).ToString(), "2034-01-20");
  EXPECT_EQ(Date(2016, 2, 29).AddYears(10).ToString(), "2026-02-28");  // anniversary rule
  EXPECT_EQ(Date(2020, 8, 31).AddMonths(6).ToString(), "2021-02-28");
  EXPECT_EQ(Date(2017, 4, 29).DaysSince(Date(2017, 1, 1)), 118);
  EXPECT_LT(Date(2017, 4, 29), Date(2017, 4, 30));
}

}  // namespace
}  // namespace patmark
