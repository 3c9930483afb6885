// LegalStatus: what is known about one patent right on the inspection date,
// and where that knowledge came from (design.md §4).
//
//   LegalStatus s = EstimateFromNumber(number, as_of);   // when no source answered
//   s.state        // LegalState::kExpired
//   s.confidence   // Confidence::kEstimated: "probably expired, confirm"
//
// A status no source could determine is kUnknown; nothing downstream may
// treat kUnknown as compliant.
#ifndef PATMARK_CHECKER_STATUS_LEGAL_STATUS_H_
#define PATMARK_CHECKER_STATUS_LEGAL_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/base/date.h"
#include "parsers/numbers/patent_number.h"

namespace patmark {

enum class LegalState {
  kUnknown,
  kInForce,
  kPending,
  kExpired,
  kLapsed,       // annual or maintenance fees unpaid
  kInvalidated,
  kWithdrawn,
  kRejected,
  kAbandoned,
  kNotFound,     // a source that is complete for the office does not know it
};
std::string_view LegalStateName(LegalState state);  // "in_force", ...
std::optional<LegalState> ParseLegalState(std::string_view name);

// kAuthoritative: a source said so. kNoCessationSeen: a source of events
// (INPADOC) shows the grant and no event ending the right since; it lags the
// gazettes, so that is all it proves (the note says as of when). kEstimated:
// computed from the number alone (term arithmetic). kNone: nothing is known
// (state kUnknown).
enum class Confidence { kNone, kAuthoritative, kNoCessationSeen, kEstimated };
// "", "authoritative", "no_cessation_seen", "estimated"
std::string_view ConfidenceName(Confidence confidence);
std::optional<Confidence> ParseConfidence(std::string_view name);
// True when a source answered (authoritative or no cessation seen): a status
// the rules may call verified and StatusOn may rewind.
bool IsSourced(Confidence confidence);

struct LegalEvent {
  Date date;
  std::string code;         // "CF01", "GR01", ...
  std::string description;  // "专利权的终止", ...
  friend bool operator==(const LegalEvent&, const LegalEvent&) = default;
};

struct LegalStatus {
  LegalState state = LegalState::kUnknown;
  std::string source;  // "register", "estimate", ... ; empty when unknown
  Confidence confidence = Confidence::kNone;
  PatentType type = PatentType::kUnknown;
  std::optional<Date> filing_date, grant_date, expiry_date, termination_date;
  std::optional<Date> checked_on;  // when the source last confirmed it
  std::string holder, title;
  std::vector<LegalEvent> events;
  std::string note;  // why the state is what it is, when not obvious

  // The date the right ended, if it has: termination, else expiry.
  std::optional<Date> EndDate() const { return termination_date ? termination_date : expiry_date; }
};

// True for the states in which the right no longer exists (or never did).
bool IsDead(LegalState state);

// What `known` (a source's latest answer) says about the inspection date
// `as_of`, which may lie before that answer: a patent that lapsed in 2019 was
// in force on a 2018 inspection, and one granted in 2016 was pending in 2015.
// A right whose source says in force but whose expiry date has passed by
// `as_of` is expired. Only authoritative statuses with dates are rewound;
// anything else is returned as it is. Pure function.
LegalStatus StatusOn(const LegalStatus& known, const Date& as_of);

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_LEGAL_STATUS_H_
