// What EPO OPS's legal service says, read into patmark's terms: the OPS
// reference for a number, the INPADOC events of a legal answer (BadgerFish
// JSON: a single child is an object, several are an array), and the legal
// status those events add up to (research/legal-status.md §1.3–1.8).
//
//   std::optional<OpsReference> ref = OpsReferenceOf(number);   // application, docdb, CN.201410026192.A
//   StatusOr<std::vector<std::pair<std::string, OpsLegal>>> families = ParseOpsLegalFamilies(body);
//   LegalStatus status = StatusFromOpsEvents(families->front().second, number);
//
// The state is that of the latest event of class B, C, F, H or K in a dated
// code table (data/inpadoc-event-classes.csv). A grant with no cessation
// after it is in force with confidence no_cessation_seen and a note "no
// cessation event seen in INPADOC as of <date of the latest event>": INPADOC
// lags and has gaps, so absence proves nothing more; the term, counted from
// the filing date, still ends it. Pure functions.
#ifndef PATMARK_CHECKER_REMOTE_OPS_LEGAL_H_
#define PATMARK_CHECKER_REMOTE_OPS_LEGAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/status/legal_status.h"
#include "parsers/base/statusor.h"

namespace patmark {

struct OpsReference {
  std::string type;    // "application" or "publication"
  std::string format;  // "docdb" or "epodoc"
  std::string number;  // "CN.201410026192.A", "US7654321"
};

// How patmark asks OPS about `number`: CN patent and application numbers as
// the docdb application (check character dropped, kind A), CN publications
// as docdb publications, other offices as epodoc publications. nullopt for
// numbers OPS cannot be asked about (no canonical form).
std::optional<OpsReference> OpsReferenceOf(const CheckedNumber& number);

struct OpsEvent {
  std::string authority;  // ops:L001EP, "CN"
  std::string code;       // @code, trimmed: "CF01"
  std::string influence;  // @infl: "+", "-" or ""
  std::string description;
  Date date;              // ops:L007EP, the gazette date
};

struct OpsLegal {
  std::vector<OpsEvent> events;       // in the answer's order
  std::optional<Date> filing_date;    // of the application, when the answer gives it
};

// Reads a legal answer (of a bulk request: one ops:patent-family per number
// OPS knows), each family under the key of the reference it answers
// (MatchKey). InvalidArgument when it is not OPS legal JSON.
StatusOr<std::vector<std::pair<std::string, OpsLegal>>> ParseOpsLegalFamilies(std::string_view json);

// The key a reference is matched by, whatever its form: "CN.201410026192.A"
// and "CN201410026192" give "CN201410026192"; "US.7654321.B2" gives "US7654321".
std::string MatchKey(std::string_view reference);

// The state an INPADOC event leads to (kInForce for grants and revivals),
// or nullopt for events that change nothing (publication, transfer, …).
std::optional<LegalState> OpsEventState(const std::string& authority, const std::string& code);

// What X-Throttling-Control says of one service bucket:
// "busy (images=green:100, inpadoc=yellow:45, …)" gives, for "inpadoc",
// {system "busy", colour "yellow", 45 requests a minute}. nullopt when the
// header does not name the bucket.
struct OpsThrottle {
  std::string system;  // idle, busy, overloaded
  std::string colour;  // green, yellow, red, black
  int per_minute = 0;
};
std::optional<OpsThrottle> ParseThrottling(std::string_view header, std::string_view bucket);

// The status the events add up to, with source "ops", the events, and the
// dates they give (grant, termination; expiry from the term when the filing
// date is known).
LegalStatus StatusFromOpsEvents(const OpsLegal& legal, const CheckedNumber& number);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REMOTE_OPS_LEGAL_H_
