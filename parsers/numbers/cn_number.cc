// Chinese application, patent and publication numbers (numbers.md §2).
#include <cctype>
#include <string>

#include "parsers/numbers/internal/offices.h"

namespace patmark::numbers_internal {
namespace {

PatentType TypeOfDigit(char t) {
  switch (t) {
    case '1': case '8': return PatentType::kInvention;
    case '2': case '9': return PatentType::kUtilityModel;
    case '3': return PatentType::kDesign;
    default: return PatentType::kUnknown;
  }
}

std::string TypeWord(PatentType t) {
  switch (t) {
    case PatentType::kInvention: return "invention";
    case PatentType::kUtilityModel: return "utility model";
    case PatentType::kDesign: return "design";
    default: return "unknown";
  }
}

void CheckApplication(std::string digits, char check, const CheckOptions& options, CheckedNumber* n) {
  n->kind = NumberKind::kApplication;
  if (check == 0 && (digits.size() == 13 || digits.size() == 9)) {
    check = digits.back();  // "ZL2013106997442": the last digit is the check
    digits.pop_back();
    n->check_dot_missing = true;
  }
  n->core = digits;
  n->check = check;
  n->canonical = "CN" + digits + (check != 0 ? std::string(".") + check : "");
  int year = 0;
  char type = 0;
  std::string_view serial;
  if (digits.size() == 12) {
    year = ToInt(std::string_view(digits).substr(0, 4));
    type = digits[4];
    serial = std::string_view(digits).substr(5);
    if (year < 2003) {
      AddProblem(n, "form_year_mismatch",
                 "the 12-digit form is used from 2003-10-01, but the number says " +
                     std::to_string(year) + "; earlier numbers have 8 digits");
    }
  } else if (digits.size() == 8) {
    int yy = ToInt(std::string_view(digits).substr(0, 2));
    year = yy >= 85 ? 1900 + yy : 2000 + yy;
    type = digits[2];
    serial = std::string_view(digits).substr(3);
    if (year > 2003) {
      AddProblem(n, "form_year_mismatch",
                 "the 8-digit form was used from 1985 to 2003-09-30, but the number says " +
                     std::to_string(year) + "; later numbers have 12 digits");
    }
  } else {
    AddProblem(n, "length",
               "the number has " + std::to_string(digits.size()) +
                   " digits before the check character; Chinese application and patent "
                   "numbers have 12 (filed from 2003-10-01) or 8 (before)");
    return;
  }
  n->type = TypeOfDigit(type);
  CheckYear(n, year, 0, "it was filed in", options);  // form_year_mismatch covers too early
  if (n->type == PatentType::kUnknown) {
    AddProblem(n, "type_digit",
               std::string("type digit ") + type +
                   " does not exist; it is 1 (invention), 2 (utility model), 3 (design), "
                   "8 or 9 (PCT national phase)");
  } else if ((type == '8' || type == '9') && year < 1994) {
    AddProblem(n, "type_digit",
               std::string("type digit ") + type + " (PCT national phase) exists only from 1994");
  }
  if (ToInt(serial) == 0) {
    AddProblem(n, "number_out_of_range", "the serial number is zero");
  }
  bool no_check_era = digits.size() == 8 && year <= 1988;  // 1985-88: none
  if (check == 0) {
    if (!no_check_era) {
      AddProblem(n, "check_digit_missing",
                 std::string("the check character is missing; it should be ") +
                     CnCheckCharacter(digits));
    }
  } else if (!no_check_era) {
    char expected = CnCheckCharacter(digits);
    if (expected != check) {
      AddProblem(n, "check_digit",
                 std::string("check character should be ") + expected + ", the number has " + check);
    }
  }
}

bool KindAllowed(char type, std::string_view kind, size_t digits, bool* era_problem) {
  *era_problem = false;
  char letter = kind.empty() ? 0 : kind[0];
  bool indexed = kind.size() == 2;
  char index = indexed ? kind[1] : 0;
  bool correction = indexed && (index == '8' || index == '9');
  bool partial = indexed && index >= '1' && index <= '7';
  switch (type) {
    case '1':
      if (letter == 'A') return !indexed || correction;
      if (letter == 'B') return !indexed || correction;
      if (letter == 'C') {
        if (partial) return digits == 9;
        if (indexed) return false;
        return true;
      }
      return false;
    case '2':
      if (letter == 'U') return !indexed || correction;
      if (letter == 'Y') {
        if (partial) return digits == 9;
        if (indexed) return false;
        if (digits == 9) *era_problem = true;  // plain Y: 1993-2004 only
        return true;
      }
      return false;
    case '3':
      if (letter == 'S') return !indexed || correction || (partial && digits == 9);
      if (letter == 'D') {
        if (indexed) return false;
        if (digits == 9) *era_problem = true;  // D: 1993-2004 only
        return true;
      }
      return false;
    default:
      return false;
  }
}

void CheckPublication(const std::string& digits, const std::string& kind, const CheckOptions& options,
                      CheckedNumber* n) {
  n->kind = NumberKind::kPublication;
  n->kind_code = kind;
  n->core = digits;
  n->canonical = "CN" + digits + kind;
  char type;
  if (digits.size() == 9 || digits.size() == 7) {
    type = digits[0];
  } else if (digits.size() == 8) {  // 1985-88: the application number
    type = digits[2];
    n->year = 1900 + ToInt(std::string_view(digits).substr(0, 2));
    if (n->year < 1985 || n->year > 1988) {
      AddProblem(n, "length", "an 8-digit publication number is a 1985-1988 application number");
    }
  } else {
    AddProblem(n, "length",
               "the publication number has " + std::to_string(digits.size()) +
                   " digits; Chinese publication numbers have 9 (from 2007) or 7");
    return;
  }
  n->type = TypeOfDigit(type);
  if (type != '1' && type != '2' && type != '3') {
    n->type = PatentType::kUnknown;
    AddProblem(n, "type_digit",
               std::string("a publication number starts with its type: 1, 2 or 3, not ") + type);
    return;
  }
  if (kind.empty()) {
    AddProblem(n, "unknown_kind_code", "the kind code (A, B, U, S, ...) is missing");
  } else {
    bool era = false;
    bool known_anywhere = false;
    for (char t : {'1', '2', '3'}) {
      bool e;
      if (KindAllowed(t, kind, digits.size(), &e)) known_anywhere = true;
    }
    if (!KindAllowed(type, kind, digits.size(), &era)) {
      AddProblem(n, known_anywhere ? "kind_type_mismatch" : "unknown_kind_code",
                 known_anywhere ? "kind code " + kind + " is not used for " + TypeWord(n->type) +
                                      " publications (first digit " + type + ")"
                                : "kind code " + kind + " is not used by the Chinese office");
    } else if (era) {
      AddProblem(n, "kind_code_era",
                 "kind code " + kind + " was used from 1993 to 2004, before 9-digit numbers");
    } else if (kind == "C" && digits.size() == 9 && ToInt(digits) >= 103000000) {
      AddProblem(n, "kind_code_era",
                 "kind code C marked invention grants until about 2010; later grants are B");
    }
  }
  if (digits.size() == 9) {
    long long value = ToLong(digits);
    int t = type - '0';
    long ceiling = options.cn_publication_ceiling[t];
    if (ceiling > 0 && value > ceiling) {
      AddProblem(n, "number_out_of_range",
                 "publication number " + digits + " is beyond the highest " + TypeWord(n->type) +
                     " numbers issued so far (about " + std::to_string(ceiling) + ", estimated)");
    }
  }
}

}  // namespace

char CnCheckCharacter(std::string_view digits) {
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    sum += (digits[i] - '0') * static_cast<int>(2 + i % 8);
  }
  int r = sum % 11;
  return r == 10 ? 'X' : static_cast<char>('0' + r);
}

CheckedNumber CheckCn(std::string_view prefix, std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "CN";
  size_t i = 0;
  while (i < body.size() && (body[i] == ':' || body[i] == '.')) ++i;  // "ZL:", "ZL."
  size_t d = i;
  while (d < body.size() && std::isdigit(static_cast<unsigned char>(body[d]))) ++d;
  std::string digits(body.substr(i, d - i));
  std::string_view rest = body.substr(d);
  char check = 0;
  std::string kind;
  if (rest.size() >= 2 && rest[0] == '.' && (std::isdigit(static_cast<unsigned char>(rest[1])) ||
                                             rest[1] == 'X' || rest[1] == 'x')) {
    check = rest[1];
  } else if ((rest == "X" || rest == "x") && (digits.size() == 12 || digits.size() == 8)) {
    check = rest[0];
    n.check_dot_missing = true;
  } else if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) {
    kind = std::string(rest.substr(0, rest.size() >= 2 && std::isdigit(static_cast<unsigned char>(rest[1])) ? 2 : 1));
    for (char& c : kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (check == 'x') {
    n.check_lowercase = true;
    check = 'X';
  }
  bool publication = !kind.empty() && prefix != "ZL";
  if (!publication && kind.empty() && check == 0 && prefix != "ZL" &&
      (digits.size() == 7 || (digits.size() == 9 && (options.publication_context || prefix == "CN")))) {
    // A 9-digit number that is not a plausible 8+check application number.
    int yy = ToInt(std::string_view(digits).substr(0, 2));
    bool old_app_year = yy >= 85 || yy <= 3;
    publication = options.publication_context || digits.size() == 7 || !old_app_year;
  }
  if (publication) {
    CheckPublication(digits, kind, options, &n);
  } else {
    CheckApplication(digits, check, options, &n);
  }
  return n;
}

}  // namespace patmark::numbers_internal
