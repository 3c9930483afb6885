// Per-office checkers behind CheckNumber, and the small helpers they share.
// Each checker takes the number with spaces removed and its office prefix
// stripped; the CN checker reads lower-case check characters itself, the
// others receive the body upper-cased.
#ifndef PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_
#define PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/numbers/patent_number.h"

namespace patmark::numbers_internal {

// `prefix` is "ZL", "CN" or "" as printed.
CheckedNumber CheckCn(std::string_view prefix, std::string_view body, const CheckOptions& options);
CheckedNumber CheckUs(std::string_view body, const CheckOptions& options);
CheckedNumber CheckEp(std::string_view body, const CheckOptions& options);
CheckedNumber CheckWo(std::string_view body, const CheckOptions& options);
CheckedNumber CheckDe(std::string_view body, const CheckOptions& options);
CheckedNumber CheckJp(std::string_view body, const CheckOptions& options);
CheckedNumber CheckKr(std::string_view body, const CheckOptions& options);
CheckedNumber CheckTw(std::string_view body, const CheckOptions& options);

// The USPTO document number: 8 characters for grants ("07654321",
// "D0789012", "PP012345"), year + 7 digits for application publications.
std::string UsptoForm(const CheckedNumber& n);

// The CN check character of `digits` (8 or 12 digits): '0'..'9' or 'X'.
char CnCheckCharacter(std::string_view digits);
// The EP application check digit of 8 digits (numbers.md §3.1).
char EpCheckDigit(std::string_view digits);
// The DE file-number check digit (numbers.md §3.2): the 1981+ rule, or the
// rule up to 1980 when `before_1981`. nullopt when the 1981+ remainder is 1,
// a case no primary source settles.
std::optional<char> DeCheckDigit(std::string_view digits, bool before_1981);

void AddProblem(CheckedNumber* n, std::string code, std::string message);
void AddNote(CheckedNumber* n, std::string code, std::string message);

// A printed number taken apart: its digit groups, the separators between
// them and a trailing kind code. "7,654,321 B2" -> {7, 654, 321} ",," "B2";
// "10-2015-0124192" -> {10, 2015, 0124192} "--" "".
struct NumberParts {
  std::vector<std::string> groups;
  std::string separators;  // separators[i] stands between groups[i] and groups[i + 1]
  std::string kind;        // a letter and at most one digit, upper case
  bool ok = false;         // false when anything else was left over
  std::string digits() const;  // all groups joined
  bool has_separator(char c) const { return separators.find(c) != std::string::npos; }
};
NumberParts SplitParts(std::string_view s);

// Shared pieces of the office checkers.
int ToInt(std::string_view digits);
long long ToLong(std::string_view digits);
std::string WithoutLeadingZeros(std::string_view digits);
std::string LeftPad(std::string_view digits, size_t width);
// A two-digit year as offices print it: `pivot` and above are 19xx.
int CenturyYear(int two_digits, int pivot);
// Adds year_out_of_range when `year` lies after the as-of date or before
// `first_year` (the office's first year of this form).
void CheckYear(CheckedNumber* n, int year, int first_year, std::string_view what,
               const CheckOptions& options);
// Adds unknown_kind_code unless `kind` (non-empty) is one of `allowed`.
bool CheckKind(CheckedNumber* n, std::string_view office, std::initializer_list<std::string_view> allowed);
// "7654321" -> "7,654,321", for messages.
std::string Grouped(long long value);

}  // namespace patmark::numbers_internal

#endif  // PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_
