// German file numbers (Aktenzeichen) and publication numbers (numbers.md §3.2).
//
//   since 2004:  KZ YYYY NNNNNN[.C]   "DE 10 2006 011 652 B4", "10 2007 004 488.9"
//   1995-2003:   T YY NNNNN[.C]       "DE 197 12 345 A1" (T 1 patent, 2 utility model)
//   up to 1994:  NNNNNNN[.C]          "DE 31 00 442 C1"
#include <string>

#include "parsers/numbers/internal/offices.h"

namespace patmark::numbers_internal {
namespace {

struct DeForm {
  PatentType type = PatentType::kUnknown;
  int year = 0;  // 0 when the number does not say
  int first_year = 0;
};

// The right-type code (Kennziffer) of a 12-digit number.
DeForm NewForm(const std::string& digits, CheckedNumber* n) {
  DeForm f;
  int kz = ToInt(digits.substr(0, 2));
  f.year = ToInt(digits.substr(2, 4));
  f.first_year = 2004;
  if (kz == 10 || kz == 11 || kz == 12 || kz == 50 || kz == 60) {
    f.type = PatentType::kInvention;
  } else if (kz == 20 || kz == 21) {
    f.type = PatentType::kUtilityModel;
  } else {
    AddProblem(n, "type_digit",
               "right-type code " + digits.substr(0, 2) +
                   " is not a patent or utility model file (10, 11, 12 patents; 20, 21 utility models; "
                   "50, 60 European patents)");
  }
  return f;
}

DeForm OldForm(const std::string& digits, CheckedNumber* n) {
  DeForm f;
  if (digits.size() == 8) {
    char t = digits[0];
    f.year = CenturyYear(ToInt(digits.substr(1, 2)), 50);
    f.first_year = 1995;
    if (t == '1' || t == '5' || t == '6') {
      f.type = PatentType::kInvention;  // 5, 6: European and PCT patents in German
    } else if (t == '2') {
      f.type = PatentType::kUtilityModel;
    } else {
      AddProblem(n, "type_digit", std::string("the first digit of an 8-digit German number is 1 (patent), 2 "
                                              "(utility model), 5 or 6 (European patent), not ") + t);
    }
    if (f.year > 2003) {
      AddProblem(n, "form_year_mismatch", "the 8-digit form was used until 2003; later numbers have 12 digits");
    }
  } else {
    f.type = PatentType::kInvention;
    int lead = ToInt(digits.substr(0, 2));
    if (lead >= 30 && lead <= 49) f.year = 1950 + lead;  // "31 00 442": filed 1981
  }
  return f;
}

void CheckDeKind(const DeForm& form, size_t digits, CheckedNumber* n) {
  if (n->kind_code.empty()) return;
  bool utility_kind = n->kind_code[0] == 'U';
  if (digits == 12) {
    if (!CheckKind(n, "the DPMA since 2004",
                   {"A1", "A8", "A9", "B3", "B4", "B8", "B9", "C5", "T1", "T5", "T8", "T9", "U1", "U8", "U9"})) {
      return;
    }
  } else if (!CheckKind(n, "the DPMA before 2004",
                        {"A", "A1", "A8", "A9", "B", "B1", "B2", "B3", "B4", "C", "C1", "C2", "C3", "C5",
                         "D1", "T", "T1", "T2", "T3", "T4", "T5", "T8", "T9", "U", "U1", "U8", "U9"})) {
    return;
  }
  if (form.type != PatentType::kUnknown && utility_kind != (form.type == PatentType::kUtilityModel)) {
    AddProblem(n, "kind_type_mismatch",
               "kind code " + n->kind_code + (utility_kind ? " marks a utility model, but the number is a patent file"
                                                           : " marks a patent, but the number is a utility model file"));
  }
}

}  // namespace

std::optional<char> DeCheckDigit(std::string_view digits, bool before_1981) {
  int sum = 0;
  int weight = before_1981 ? 1 : 2;
  for (size_t i = digits.size(); i-- > 0; ++weight) sum += (digits[i] - '0') * weight;
  if (before_1981) return static_cast<char>('0' + sum % 10);
  int r = sum % 11;
  if (r == 0) return '0';  // as PatZilla does; 11 - 0 cannot be written
  if (r == 1) return std::nullopt;
  return static_cast<char>('0' + 11 - r);
}

CheckedNumber CheckDe(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "DE";
  if (body.substr(0, 3) == "-GM") body.remove_prefix(3);  // "DE-GM 20 2010 …" (Gebrauchsmuster)
  if (body.substr(0, 2) == "GM") body.remove_prefix(2);
  if (!body.empty() && (body[0] == '-' || body[0] == ':')) body.remove_prefix(1);
  NumberParts parts = SplitParts(body);
  std::string digits = parts.digits();
  char check = 0;
  if (parts.ok && parts.groups.size() >= 2 && parts.separators.back() == '.' && parts.groups.back().size() == 1) {
    check = digits.back();
    digits.pop_back();
  }
  if (!parts.ok || (digits.size() != 12 && digits.size() != 8 && digits.size() != 7)) {
    n.canonical = "DE" + std::string(body);
    AddProblem(&n, "length",
               "German numbers have 12 digits (DE 10 2006 011 652, since 2004), 8 (1995-2003) or 7 (before)");
    return n;
  }
  n.core = digits;
  n.check = check;
  n.kind_code = check != 0 ? "" : parts.kind;
  n.canonical = "DE" + digits + (check != 0 ? std::string(".") + check : "");
  if (check != 0) {
    n.kind = NumberKind::kApplication;
  } else {
    n.kind = IsApplicationKindCode(n.kind_code) ? NumberKind::kPublication : NumberKind::kPatent;
  }
  DeForm form = digits.size() == 12 ? NewForm(digits, &n) : OldForm(digits, &n);
  n.type = form.type;
  if (form.year != 0) CheckYear(&n, form.year, form.first_year, "it was filed in", options);
  if (ToLong(digits.substr(digits.size() - 5)) == 0) AddProblem(&n, "number_out_of_range", "the serial is zero");
  CheckDeKind(form, digits.size(), &n);
  if (check == 0) return n;
  // 7-digit numbers without a year in them (1xxxxxx, 2xxxxxx) are older still.
  bool before_1981 = form.year != 0 ? form.year <= 1980 : digits.size() == 7;
  std::optional<char> expected = DeCheckDigit(digits, before_1981);
  if (!expected) {
    AddNote(&n, "check_digit_unverifiable",
            "the check digit of this number falls in the case (remainder 1) that the DPMA rule does not settle; "
            "not verified");
  } else if (*expected != check) {
    AddProblem(&n, "check_digit", std::string("check digit should be ") + *expected + ", the number has " + check);
  }
  return n;
}

}  // namespace patmark::numbers_internal
