// Term arithmetic from the number alone, for when no source answers
// (design.md §5; marking-law.md §4; legal-status.md §3.4).
//
// A CN application number carries its filing year and type: the right can
// last at most until the end of the filing year plus the term (invention 20
// years, utility model 10, design 10 when filed before 2021-06-01 and 15 from
// then on; for PCT types 8 and 9 the year is the national-entry year, later
// than the international filing date the term runs from, so the bound still
// holds). When the as-of date lies past that latest possible expiry, the
// patent has probably expired (estimated: term compensation of up to 5 years
// for new drugs exists, so it is never the last word). Pure function.
#ifndef PATMARK_CHECKER_STATUS_TERM_H_
#define PATMARK_CHECKER_STATUS_TERM_H_

#include <optional>

#include "checker/status/legal_status.h"

namespace patmark {

// The latest date the right of `number` can have lasted to, without term
// compensation; nullopt when the number does not tell (no year, no type).
std::optional<Date> LatestPossibleExpiry(const CheckedNumber& number);

// An estimated status: kExpired (estimated) when the as-of date is past the
// latest possible expiry, else kUnknown with that expiry as an estimate.
LegalStatus EstimateFromNumber(const CheckedNumber& number, const Date& as_of);

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_TERM_H_
