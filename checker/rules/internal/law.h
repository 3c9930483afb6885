// How grave each observation is under the law of the mark's office on the
// inspection date, what it rests on, and what must be done (design.md §5).
// China: breaches of the marking Measures are violations to be corrected,
// counterfeiting is a violation with a penalty; the US and other offices give
// warnings for advisory letters.
#ifndef PATMARK_CHECKER_RULES_INTERNAL_LAW_H_
#define PATMARK_CHECKER_RULES_INTERNAL_LAW_H_

#include <string_view>

#include "checker/rules/internal/observations.h"

namespace patmark::rules_internal {

struct Ruling {
  Severity severity = Severity::kInfo;
  Text basis;       // empty when no article applies
  Text correction;
};

Ruling RuleOn(std::string_view jurisdiction, Issue issue, const Date& as_of);

}  // namespace patmark::rules_internal

#endif  // PATMARK_CHECKER_RULES_INTERNAL_LAW_H_
