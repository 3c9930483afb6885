#include "checker/status/legal_status.h"

namespace patmark {
namespace {

constexpr LegalState kStates[] = {
    LegalState::kUnknown,  LegalState::kInForce,   LegalState::kPending,
    LegalState::kExpired,  LegalState::kLapsed,    LegalState::kInvalidated,
    LegalState::kWithdrawn, LegalState::kRejected, LegalState::kAbandoned,
    LegalState::kNotFound,
};

}  // namespace

std::string_view LegalStateName(LegalState state) {
  switch (state) {
    case LegalState::kUnknown: return "unknown";
    case LegalState::kInForce: return "in_force";
    case LegalState::kPending: return "pending";
    case LegalState::kExpired: return "expired";
    case LegalState::kLapsed: return "lapsed";
    case LegalState::kInvalidated: return "invalidated";
    case LegalState::kWithdrawn: return "withdrawn";
    case LegalState::kRejected: return "rejected";
    case LegalState::kAbandoned: return "abandoned";
    case LegalState::kNotFound: return "not_found";
  }
  return "unknown";
}

std::optional<LegalState> ParseLegalState(std::string_view name) {
  for (LegalState s : kStates) {
    if (LegalStateName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view ConfidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::kAuthoritative: return "authoritative";
    case Confidence::kNoCessationSeen: return "no_cessation_seen";
    case Confidence::kEstimated: return "estimated";
    case Confidence::kNone: return "";
  }
  return "";
}

std::optional<Confidence> ParseConfidence(std::string_view name) {
  for (Confidence c : {Confidence::kNone, Confidence::kAuthoritative, Confidence::kNoCessationSeen,
                       Confidence::kEstimated}) {
    if (ConfidenceName(c) == name) return c;
  }
  return std::nullopt;
}

bool IsSourced(Confidence confidence) {
  return confidence == Confidence::kAuthoritative || confidence == Confidence::kNoCessationSeen;
}

bool IsDead(LegalState state) {
  switch (state) {
    case LegalState::kExpired:
    case LegalState::kLapsed:
    case LegalState::kInvalidated:
    case LegalState::kWithdrawn:
    case LegalState::kRejected:
    case LegalState::kAbandoned:
    case LegalState::kNotFound:
      return true;
    default:
      return false;
  }
}

LegalStatus StatusOn(const LegalStatus& known, const Date& as_of) {
  if (!IsSourced(known.confidence)) return known;
  LegalStatus s = known;
  auto rewind = [&](LegalState state, const std::string& why) {
    s.state = state;
    s.note = why + (known.note.empty() ? "" : "; " + known.note);
  };
  const std::string latest = "the source's latest state is " + std::string(LegalStateName(known.state));
  if (known.filing_date && as_of < *known.filing_date) {
    rewind(LegalState::kNotFound, "not filed until " + known.filing_date->ToString() + "; " + latest);
  } else if (known.grant_date && as_of < *known.grant_date && known.state != LegalState::kPending) {
    rewind(LegalState::kPending, "granted only on " + known.grant_date->ToString() + "; " + latest);
  } else if (IsDead(known.state) && known.EndDate() && as_of < *known.EndDate()) {
    bool granted = known.grant_date.has_value() && *known.grant_date <= as_of;
    rewind(granted ? LegalState::kInForce : LegalState::kPending,
           "ended only on " + known.EndDate()->ToString() + "; " + latest);
  } else if (known.state == LegalState::kInForce && known.expiry_date && as_of > *known.expiry_date) {
    rewind(LegalState::kExpired, "the term ran out on " + known.expiry_date->ToString() +
                                     " (the source still says in_force)");
  }
  return s;
}

}  // namespace patmark
