#include "parsers/base/date.h"

#include <cstdio>

namespace patmark {
namespace {

using std::chrono::year_month_day;

bool ParseDigits(std::string_view text, int* out) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return !text.empty();
}

}  // namespace

Date::Date(int y, unsigned m, unsigned d)
    : days_(std::chrono::sys_days(year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)))) {}

StatusOr<Date> Date::FromYmd(int y, unsigned m, unsigned d) {
  year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok() || y < 1 || y > 9999) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u is not a calendar date", y, m, d);
    return InvalidArgumentError(buf);
  }
  return Date(std::chrono::sys_days(ymd));
}

StatusOr<Date> Date::Parse(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !ParseDigits(text.substr(0, 4), &y) || !ParseDigits(text.substr(5, 2), &m) ||
      !ParseDigits(text.substr(8, 2), &d)) {
    return InvalidArgumentError("\"" + std::string(text) +
                                "\" is not a date in the form YYYY-MM-DD");
  }
  return FromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const { return static_cast<int>(year_month_day(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(year_month_day(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(year_month_day(days_).day()); }

Date Date::AddMonths(int months) const {
  year_month_day ymd(days_);
  year_month_day shifted = ymd + std::chrono::months(months);
  if (!shifted.ok()) {
    shifted = year_month_day(std::chrono::year_month_day_last(
        shifted.year(), std::chrono::month_day_last(shifted.month())));
  }
  return Date(std::chrono::sys_days(shifted));
}

Date Date::AddYears(int years) const { return AddMonths(12 * years); }

Date Date::AddDays(int days) const { return Date(days_ + std::chrono::days(days)); }

int Date::DaysSince(const Date& other) const {
  return static_cast<int>((days_ - other.days_).count());
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

}  // namespace patmark
