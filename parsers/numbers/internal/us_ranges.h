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

}  // namespace patmark::numbers_internal

#endif  // PATMARK_PARSERS_NUMBERS_INTERNAL_US_RANGES_H_
