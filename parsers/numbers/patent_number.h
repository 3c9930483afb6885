// Patent numbers as offices write them: parsing, format validation and the
// canonical and provider forms.
//
//   StatusOr<CheckedNumber> n = CheckNumber("ZL 2009 1 0012345.6", as_of);
//   n->canonical            // "CN200910012345.6"
//   n->problems[0].code     // "check_digit"
//   n->problems[0].message  // "check character should be 8, the number has 6"
//
// CheckNumber returns an error Status only when the text is not a patent
// number of any office at all; a number that is recognisably CN (or US, ...)
// but malformed comes back with problems, so a mark is never dropped for
// being wrong. Every check that depends on time takes the as-of (inspection)
// date; nothing reads the clock.
//
// Offices: CN (ZL, application, publication numbers), US (utility, D, PP,
// RE, H, T, X, AI, application publications and serials), EP (publication
// and application numbers with check digit), WO (and PCT application
// numbers), DE (file numbers with check digit, publication numbers), JP
// (registrations, applications with imperial years, publications), KR
// (right-type codes 10/20/30) and TW (I/M/D certificates, Republican-year
// applications). README.md "Accepted forms" lists each form.
//
// Problem codes (README.md "Problem codes" explains each):
//   length, check_digit, check_digit_missing, type_digit, year_out_of_range,
//   form_year_mismatch, unknown_kind_code, kind_type_mismatch, kind_code_era,
//   number_out_of_range.
// Notes (not problems: the number stays valid): check_digit_unverifiable.
//
// Pure functions; safe to call from many threads.
#ifndef PATMARK_PARSERS_NUMBERS_PATENT_NUMBER_H_
#define PATMARK_PARSERS_NUMBERS_PATENT_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/base/date.h"
#include "parsers/base/statusor.h"

namespace patmark {

// What a number (or a mark) is: a granted right, an application, or a
// published document with a kind code.
enum class NumberKind { kPatent, kApplication, kPublication };
std::string_view NumberKindName(NumberKind kind);

// True for the kind codes of application publications (A, A1, A2, ...):
// the application was published, not granted.
bool IsApplicationKindCode(std::string_view kind_code);

// The kind of right. kUnknown is written as JSON null.
enum class PatentType { kUnknown, kInvention, kUtilityModel, kDesign, kPlant };
std::string_view PatentTypeName(PatentType type);  // "invention", ..., "" for unknown
std::optional<PatentType> ParsePatentTypeName(std::string_view name);

struct Problem {
  std::string code;     // stable, e.g. "check_digit"
  std::string message;  // says what is wrong and what was expected
  friend bool operator==(const Problem&, const Problem&) = default;
};

struct CheckedNumber {
  std::string jurisdiction;  // WIPO ST.3 office code: "CN", "US", "EP", ...
  std::string canonical;     // office code + number, no spaces: "CN201410026192.3"
  NumberKind kind = NumberKind::kPatent;  // what the number itself is
  PatentType type = PatentType::kUnknown; // what the number itself says
  std::string kind_code;     // publication kind code ("B"), else empty
  int year = 0;              // year encoded in the number, 0 if none
  // The number as a source queries it, without check character or kind:
  // "201410026192" for CN applications, "116455754" for CN publications.
  std::string core;
  char check = 0;            // the check character as printed (upper case), 0 if none
  bool check_lowercase = false;  // printed as 'x'
  bool check_dot_missing = false;  // "ZL2013106997442"
  std::vector<Problem> problems;
  // What could not be checked and why; does not make the number invalid.
  std::vector<Problem> notes;

  bool valid() const { return problems.empty(); }
};

struct CheckOptions {
  Date as_of;  // REQUIRES: set; the inspection date.
  // Office to assume for a number printed without prefix ("201410026192.3").
  // Default: "CN".
  std::string default_jurisdiction = "CN";
  // Read a bare number as a publication number (after 公开号/公告号).
  bool publication_context = false;
  // Read a bare number as an application number (特願, 출원, "Appl. No.").
  bool application_context = false;
  // Which registration series a bare number belongs to where the number
  // does not say (JP: 実用新案 utility model, 意匠 design registrations).
  PatentType type_context = PatentType::kUnknown;
  // Highest plausible 9-digit CN publication number per type digit (1
  // invention, 2 utility model, 3 design); beyond it: number_out_of_range.
  // Default: the 2026 estimates of numbers.md §2.4 with a margin.
  // Raise them as numbering moves on; 0 turns the check off for that type.
  long cn_publication_ceiling[4] = {0, 130000000, 235000000, 325000000};
};

// Parses and checks `text`, a number as printed after normalization
// ("ZL 2014 1 0026192.3", "CN 116455754 B", "201410026192.3").
StatusOr<CheckedNumber> CheckNumber(std::string_view text, const CheckOptions& options);

// The date by which the US patent `number` had surely been issued, from the
// dated milestones of the US series (numbers.md §4.2): the date of the first
// milestone that reaches it (later than the real grant, never earlier).
// nullopt for anything but a US patent of a series with a table (utility, D,
// PP, RE).
std::optional<Date> UsIssuedBy(const CheckedNumber& number);

// Forms that legal-status services take (legal-status.md §1.3). Applications
// are asked by application reference, publications by publication reference.
struct ProviderForms {
  std::string reference_type;  // "application" or "publication"
  std::string docdb;           // "CN.201410026192.A", "CN.116455754.B", "US.7654321.B2"
  std::string epodoc;          // "CN201410026192", "CN116455754", "US7654321"
  std::string google;          // "CN-116455754-B", "US-7654321-B2"; empty for applications
  std::string uspto;           // US only: "07654321", "D0789012", "20170374792"
  std::string full;            // canonical + kind code: "US7654321B2", "EP0666666B1"
};
ProviderForms ProviderFormsOf(const CheckedNumber& number);

}  // namespace patmark

#endif  // PATMARK_PARSERS_NUMBERS_PATENT_NUMBER_H_
