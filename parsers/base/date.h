// Date: a calendar date (proleptic Gregorian, no time zone), the unit of every
// legal deadline in patmark: filing, grant, expiry, termination and the
// inspection ("as-of") date.
//
//   StatusOr<Date> as_of = Date::Parse("2017-04-29");
//   Date expiry = filing.AddYears(20).AddDays(-1);
//   if (expiry < *as_of) ...
//
// Nothing below the command line reads the clock: callers pass dates in.
// Date is a trivially copyable value type and thread-compatible.
#ifndef PATMARK_PARSERS_BASE_DATE_H_
#define PATMARK_PARSERS_BASE_DATE_H_

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

#include "parsers/base/statusor.h"

namespace patmark {

class Date {
 public:
  // 1970-01-01.
  Date() = default;
  // REQUIRES: a valid calendar date (see FromYmd for a checked version).
  Date(int year, unsigned month, unsigned day);

  // Parses "YYYY-MM-DD" exactly. On failure returns InvalidArgument naming the
  // text and what is wrong ("2017-02-30 is not a calendar date").
  static StatusOr<Date> Parse(std::string_view text);
  // Returns InvalidArgument when year/month/day is not a calendar date.
  static StatusOr<Date> FromYmd(int year, unsigned month, unsigned day);

  int year() const;
  unsigned month() const;
  unsigned day() const;

  // Adds whole years. Feb 29 plus a number of years that lands on a common
  // year gives Feb 28 (the anniversary rule used for patent terms).
  Date AddYears(int years) const;
  // Adds whole months, clamping the day to the end of the target month.
  Date AddMonths(int months) const;
  Date AddDays(int days) const;
  // Days from `other` to this date (positive when this date is later).
  int DaysSince(const Date& other) const;

  // "YYYY-MM-DD".
  std::string ToString() const;

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  std::chrono::sys_days days_{};
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_BASE_DATE_H_
