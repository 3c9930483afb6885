#include "checker/status/term.h"

namespace patmark {
namespace {

// CN terms by type and filing year; the design term changed for filings from
// 2021-06-01, so a 2021 design may have either: take the longer.
int CnTermYears(PatentType type, int filing_year) {
  switch (type) {
    case PatentType::kInvention: return 20;
    case PatentType::kUtilityModel: return 10;
    case PatentType::kDesign: return filing_year >= 2021 ? 15 : 10;
    default: return 0;
  }
}

}  // namespace

// US: the term runs from filing (on or before the grant) 20 years for
// utility and plant patents, with up to 5 years of adjustment or extension
// allowed for; 15 years from grant for designs. The grant is bounded by the
// number (UsIssuedBy).
std::optional<Date> LatestPossibleUsExpiry(const CheckedNumber& number) {
  std::optional<Date> issued = UsIssuedBy(number);
  if (!issued) return std::nullopt;
  if (number.canonical.starts_with("USRE")) return std::nullopt;  // a reissue ends with its original
  if (number.type == PatentType::kDesign || number.canonical.starts_with("USD")) return issued->AddYears(15);
  return issued->AddYears(25);
}

std::optional<Date> LatestPossibleExpiry(const CheckedNumber& number) {
  if (number.jurisdiction == "US") return LatestPossibleUsExpiry(number);
  if (number.jurisdiction != "CN" || number.kind == NumberKind::kPublication || number.year == 0) return std::nullopt;
  int years = CnTermYears(number.type, number.year);
  if (years == 0) return std::nullopt;
  // Filed on 31 December at the latest; the term ends the day before the
  // anniversary.
  return Date(number.year, 12, 31).AddYears(years).AddDays(-1);
}

LegalStatus EstimateFromNumber(const CheckedNumber& number, const Date& as_of) {
  LegalStatus s;
  s.type = number.type;
  std::optional<Date> latest = LatestPossibleExpiry(number);
  if (!latest) {
    s.note = "no source answered and the number does not give a filing year and type";
    return s;
  }
  s.source = "estimate";
  s.confidence = Confidence::kEstimated;
  s.expiry_date = latest;
  if (as_of > *latest) {
    s.state = LegalState::kExpired;
    s.note = number.jurisdiction == "US"
                 ? "issued by " + UsIssuedBy(number)->ToString() + " at the latest (from its number), so the term "
                   "ended by " + latest->ToString() + " even with 5 years of adjustment; confirm with a legal-status search"
                 : "filed in " + std::to_string(number.year) + ", so the term ended by " + latest->ToString() +
                       " at the latest (term compensation aside); confirm with a legal-status search";
  } else {
    s.note = "no source answered; the term can last until " + latest->ToString() + " at the latest";
  }
  return s;
}

}  // namespace patmark
