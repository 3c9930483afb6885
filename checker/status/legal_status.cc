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
    case Confidence::kEstimated: return "estimated";
    case Confidence::kNone: return "";
  }
  return "";
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

}  // namespace patmark
