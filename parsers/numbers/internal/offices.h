// Per-office checkers behind CheckNumber. Each takes the number already
// upper-cased with spaces removed and its office prefix stripped.
#ifndef PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_
#define PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_

#include <string>
#include <string_view>

#include "parsers/numbers/patent_number.h"

namespace patmark::numbers_internal {

// `prefix` is "ZL", "CN" or "" as printed.
CheckedNumber CheckCn(std::string_view prefix, std::string_view body, const CheckOptions& options);

// The CN check character of `digits` (8 or 12 digits): '0'..'9' or 'X'.
char CnCheckCharacter(std::string_view digits);

void AddProblem(CheckedNumber* n, std::string code, std::string message);

}  // namespace patmark::numbers_internal

#endif  // PATMARK_PARSERS_NUMBERS_INTERNAL_OFFICES_H_
