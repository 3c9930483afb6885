#include "parsers/numbers/internal/us_ranges.h"

#include <span>
#include <string>

#include "parsers/numbers/patent_number.h"

namespace patmark::numbers_internal {
namespace {

struct Milestone {
  const char* date;  // the number was issued on or before this date
  long long number;
};

// Sources: numbers.md §4.2 (patentlibrarian.com year tables; harnessip.com
// milestones; public grants US 12,361,091 on 2025-07-15 and US 12,586,398 in
// March 2026, D1,000,000 on 2023-09-26). Year-end rows are the last number
// issued that year.
constexpr Milestone kUtility[] = {
    {"1976-12-28", 4000000},  {"1991-03-19", 5000000},  {"1999-12-07", 6000000},
    {"2006-02-14", 7000000},  {"2011-08-16", 8000000},  {"2012-12-31", 8341760},
    {"2013-12-31", 8621661},  {"2014-12-31", 8925111},  {"2015-04-07", 9000000},
    {"2016-12-31", 9532495},  {"2017-12-31", 9854720},  {"2018-06-19", 10000000},
    {"2021-05-11", 11000000}, {"2024-06-04", 12000000}, {"2025-07-15", 12361091},
    {"2026-03-31", 12586398},
};
constexpr Milestone kDesign[] = {
    {"2012-12-31", 673345}, {"2013-12-31", 696835}, {"2014-02-25", 700000},
    {"2014-12-31", 720515}, {"2016-12-31", 775449}, {"2017-12-31", 806349},
    {"2023-09-26", 1000000},
};
constexpr Milestone kPlant[] = {
    {"2012-12-31", 23287}, {"2013-12-31", 24134}, {"2014-12-31", 25206},
    {"2016-12-31", 27519}, {"2017-12-31", 28830}, {"2024-06-30", 35860},
};
constexpr Milestone kReissue[] = {
    {"2012-12-31", 43883}, {"2013-12-31", 44688}, {"2014-12-31", 45316},
    {"2016-12-31", 46258}, {"2017-12-31", 46653},
};
// Closed series: their last numbers, issued long ago.
constexpr Milestone kSir[] = {{"2013-03-16", 2300}};        // abolished by the AIA
constexpr Milestone kXPatents[] = {{"1836-07-13", 9960}};
constexpr Milestone kImprovements[] = {{"1861-12-31", 400}};

struct SeriesTable {
  std::string_view series;
  std::span<const Milestone> milestones;
  double per_week;  // issue rate after the last milestone; 0 for a closed series
};

const SeriesTable kTables[] = {
    {"", kUtility, 6200},   {"D", kDesign, 1000},  {"PP", kPlant, 25},
    {"RE", kReissue, 12},   {"H", kSir, 0},        {"X", kXPatents, 0},
    {"AI", kImprovements, 0},
};

// Extrapolations get a margin of this many weeks of issues, because the
// rates are estimates and a real number must never be called impossible.
constexpr double kMarginWeeks = 12;

}  // namespace

std::optional<UsCeiling> UsHighestIssued(std::string_view series, Date date) {
  for (const SeriesTable& table : kTables) {
    if (table.series != series) continue;
    const auto& m = table.milestones;
    if (table.per_week == 0) return UsCeiling{m.back().number, false};
    // Between two milestones the later one is an upper bound: never too low.
    for (const Milestone& milestone : m) {
      if (date <= *Date::Parse(milestone.date)) return UsCeiling{milestone.number, false};
    }
    Date last = *Date::Parse(m.back().date);
    double weeks = static_cast<double>(date.DaysSince(last)) / 7.0 + kMarginWeeks;
    return UsCeiling{m.back().number + static_cast<long long>(weeks * table.per_week), true};
  }
  return std::nullopt;  // T: defensive publications were numbered in runs; no table
}

std::optional<Date> UsLatestIssueDate(std::string_view series, long long number) {
  for (const SeriesTable& table : kTables) {
    if (table.series != series) continue;
    // A milestone's number was issued on or before its date, so every number
    // up to it was too: the first milestone that reaches `number` bounds it.
    for (const Milestone& milestone : table.milestones) {
      if (number <= milestone.number) return *Date::Parse(milestone.date);
    }
    if (table.per_week == 0) return std::nullopt;  // past the end of a closed series
    // Past the last milestone: at the recent rate, plus the margin.
    Date last = *Date::Parse(table.milestones.back().date);
    double weeks = static_cast<double>(number - table.milestones.back().number) / table.per_week + kMarginWeeks;
    return last.AddDays(static_cast<int>(weeks * 7));
  }
  return std::nullopt;
}

}  // namespace patmark::numbers_internal

namespace patmark {

std::optional<Date> UsIssuedBy(const CheckedNumber& number) {
  if (number.jurisdiction != "US" || number.kind != NumberKind::kPatent || number.canonical.size() < 3) {
    return std::nullopt;
  }
  std::string_view rest = std::string_view(number.canonical).substr(2);
  std::string_view series;
  for (std::string_view prefix : {"PP", "RE", "D"}) {
    if (rest.starts_with(prefix)) {
      series = prefix;
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  if (rest.empty() || rest.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  return numbers_internal::UsLatestIssueDate(series, std::stoll(std::string(rest)));
}

}  // namespace patmark
