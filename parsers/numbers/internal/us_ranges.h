// The highest US patent number of each series issued by a date: a table of
// dated milestones (numbers.md §4.2) interpolated between its points and
// extrapolated past the last at the recent weekly issue rate. Update the
// table in us_ranges.cc each year.
#ifndef PATMARK_PARSERS_NUMBERS_INTERNAL_US_RANGES_H_
#define PATMARK_PARSERS_NUMBERS_INTERNAL_US_RANGES_H_

#include <optional>
#include <string_view>

#include "parsers/base/date.h"

namespace patmark::numbers_internal {

struct UsCeiling {
  long long number = 0;
  // True when `date` lies past the last milestone or the series has no
  // milestones near it, so the figure is an extrapolation with a margin.
  bool estimated = true;
};

// `series` is "" (utility), "D", "PP", "RE", "H", "T", "X" or "AI".
// nullopt for a series without a table (T).
std::optional<UsCeiling> UsHighestIssued(std::string_view series, Date date);

// The latest date by which `number` of `series` had been issued: the date of
// the first milestone that reaches it, or past the last one an estimate at
// the recent rate plus a margin (never too early). nullopt for a series
// without a table or a number past the end of a closed series.
std::optional<Date> UsLatestIssueDate(std::string_view series, long long number);

}  // namespace patmark::numbers_internal

#endif  // PATMARK_PARSERS_NUMBERS_INTERNAL_US_RANGES_H_
