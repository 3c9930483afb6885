// What is wrong with a mark, or worth saying about it, in terms that do not
// depend on any office's law: "the patent ended before the inspection", "the
// mark calls an application a patent". The law of each office then decides
// how grave each observation is and what it rests on (law.h).
#ifndef PATMARK_CHECKER_RULES_INTERNAL_OBSERVATIONS_H_
#define PATMARK_CHECKER_RULES_INTERNAL_OBSERVATIONS_H_

#include <string>
#include <vector>

#include "checker/rules/internal/articles.h"
#include "checker/rules/rules.h"

namespace patmark::rules_internal {

enum class Issue {
  kMalformed,               // the number fails its format checks
  kTypeWordsMissing,        // CN: no patent type in Chinese
  kTypeMismatch,            // the words name another type than the number's
  kPendingWordingMissing,   // CN: an application mark without 专利申请，尚未授权
  kApplicationAsPatent,     // an application (or its publication) presented as a patent
  kPendingWithGrantNumber,  // "pending" with a granted patent's number
  kNumberStyle,             // the number is written off-standard (no check dot, lower-case x)
  kEnded,                   // a patent marked as such has expired, lapsed or been surrendered
  kInvalidated,             // ... has been declared invalid
  kNeverGranted,            // an application withdrawn, rejected or abandoned, marked as a patent
  kApplicationEnded,        // an application mark whose application or patent has ended
  kMarkedBeforeTermination, // kEnded, but the product was made before the end
  kNotFound,                // a complete register does not know the number
  kProbablyExpired,         // no source answered; the term computed from the number has run out
  kStatusUnknown,           // nothing could determine the status
  kPendingNowGranted,       // an application mark whose patent has been granted since
  kVirtualMarking,          // "Patents: www.example.com/patents"
  kPendingNotice,           // "Patent pending" without a number
};

struct Observation {
  Issue issue;
  std::string problem_code;  // kNumberStyle: the scanner's problem code
};

// The observations about `mark` given its status as of context.as_of.
std::vector<Observation> Observe(const ScannedMark& mark, const LegalStatus& status, const RuleContext& context);

// The office the mark belongs to: its number's, else the extractor's.
const std::string& JurisdictionOf(const ScannedMark& mark);

// The finding code without the office: "EXPIRED", "TYPE_WORDS_MISSING", ...
std::string IssueCode(Issue issue, const LegalStatus& status);

// What was found, with the facts, in both languages.
Text Describe(const Observation& observation, const ScannedMark& mark, const LegalStatus& status,
              const RuleContext& context);

}  // namespace patmark::rules_internal

#endif  // PATMARK_CHECKER_RULES_INTERNAL_OBSERVATIONS_H_
