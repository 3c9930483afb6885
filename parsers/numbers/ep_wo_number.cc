// European (numbers.md §3.1) and international (WO/PCT, §1.1) numbers.
#include <string>

#include "parsers/numbers/internal/offices.h"
#include <cctype>

namespace patmark::numbers_internal {
namespace {

void CheckEpApplication(const std::string& digits, char check, const CheckOptions& options, CheckedNumber* n) {
  n->kind = NumberKind::kApplication;
  n->type = PatentType::kInvention;
  n->core = digits;
  n->check = check;
  n->canonical = "EP" + digits + (check != 0 ? std::string(".") + check : "");
  CheckYear(n, CenturyYear(ToInt(digits.substr(0, 2)), 78), 1978, "it was filed in", options);
  if (check == 0) return;  // EP application numbers are often cited without it
  char expected = EpCheckDigit(digits);
  if (expected == check) return;
  std::string message = std::string("check digit should be ") + expected + ", the number has " + check;
  if (n->year >= 2002) {
    AddProblem(n, "check_digit", message);
  } else {
    // The EPO states the rule from 2002-01-01 on; older numbers may differ.
    AddNote(n, "check_digit_unverifiable", message + " by the rule in use since 2002; older numbers may follow another");
  }
}

void CheckEpPublication(const std::string& digits, const std::string& kind, CheckedNumber* n) {
  n->kind_code = kind;
  n->kind = IsApplicationKindCode(kind) ? NumberKind::kPublication : NumberKind::kPatent;
  n->type = PatentType::kInvention;
  n->core = LeftPad(WithoutLeadingZeros(digits), 7);
  n->canonical = "EP" + n->core;
  if (ToLong(digits) == 0) AddProblem(n, "number_out_of_range", "the number is zero");
  CheckKind(n, "the EPO", {"A1", "A2", "A3", "A4", "A8", "A9", "B1", "B2", "B3", "B8", "B9"});
}

// "PCT/US99/009417" -> "PCT/US1999/009417".
CheckedNumber CheckPct(std::string_view rest, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "WO";
  n.kind = NumberKind::kApplication;
  NumberParts parts = SplitParts(rest.size() > 2 ? rest.substr(2) : "");
  bool shaped = rest.size() > 2 && std::isalpha(static_cast<unsigned char>(rest[0])) &&
                std::isalpha(static_cast<unsigned char>(rest[1])) && parts.ok && parts.groups.size() == 2 &&
                parts.kind.empty() && (parts.groups[0].size() == 2 || parts.groups[0].size() == 4) &&
                parts.groups[1].size() >= 5 && parts.groups[1].size() <= 6;
  if (!shaped) {
    n.canonical = "PCT/" + std::string(rest);
    AddProblem(&n, "length", "a PCT application number is PCT/, the receiving office, the year and the serial (PCT/US2015/012345)");
    return n;
  }
  std::string office(rest.substr(0, 2));
  int year = parts.groups[0].size() == 2 ? CenturyYear(ToInt(parts.groups[0]), 78) : ToInt(parts.groups[0]);
  std::string serial = LeftPad(parts.groups[1], 6);
  n.canonical = "PCT/" + office + std::to_string(year) + "/" + serial;
  n.core = office + std::to_string(year) + serial;
  CheckYear(&n, year, 1978, "it was filed in", options);
  return n;
}

}  // namespace

char EpCheckDigit(std::string_view digits) {
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    int product = (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
    sum += product / 10 + product % 10;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

CheckedNumber CheckEp(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "EP";
  NumberParts parts = SplitParts(body);
  std::string digits = parts.digits();
  if (parts.ok && parts.kind.empty() && digits.size() == 9) {
    // 8 digits and the check digit, after a dot ("13748138.8") or not.
    CheckEpApplication(digits.substr(0, 8), digits[8], options, &n);
    n.check_dot_missing = parts.separators.empty() || parts.separators.back() != '.' || parts.groups.back().size() != 1;
  } else if (parts.ok && parts.kind.empty() && digits.size() == 8) {
    CheckEpApplication(digits, 0, options, &n);
  } else if (parts.ok && digits.size() <= 7) {
    CheckEpPublication(digits, parts.kind, &n);
  } else {
    n.canonical = "EP" + std::string(body);
    AddProblem(&n, "length",
               "European publication numbers have 7 digits (EP 1 234 567 B1), application numbers 8 and a "
               "check digit (EP 13748138.8)");
  }
  return n;
}

CheckedNumber CheckWo(std::string_view body, const CheckOptions& options) {
  if (body.substr(0, 4) == "PCT/") return CheckPct(body.substr(4), options);
  CheckedNumber n;
  n.jurisdiction = "WO";
  n.kind = NumberKind::kPublication;
  NumberParts parts = SplitParts(body);
  std::string year, serial;
  std::string digits = parts.digits();
  if (parts.ok && parts.groups.size() == 2 && parts.separators == "/") {
    year = parts.groups[0];
    serial = parts.groups[1];
  } else if (parts.ok && (digits.size() == 7 || digits.size() == 8)) {  // 2 + 5 or 2 + 6
    year = digits.substr(0, 2);
    serial = digits.substr(2);
  } else if (parts.ok && (digits.size() == 9 || digits.size() == 10)) {  // 4 + 5 or 4 + 6
    year = digits.substr(0, 4);
    serial = digits.substr(4);
  }
  if (year.size() != 2 && year.size() != 4) {
    n.canonical = "WO" + std::string(body);
    AddProblem(&n, "length", "a WO publication number is a year and a serial (WO 2015/123456, WO 99/13800)");
    return n;
  }
  int full_year = year.size() == 2 ? CenturyYear(ToInt(year), 78) : ToInt(year);
  n.kind_code = parts.kind;
  n.core = std::to_string(full_year) + LeftPad(serial, 6);
  n.canonical = "WO" + n.core;
  CheckYear(&n, full_year, 1978, "it was published in", options);
  if (serial.size() > 6) AddProblem(&n, "length", "the serial of a WO number has at most 6 digits");
  if (ToLong(serial) == 0) AddProblem(&n, "number_out_of_range", "the serial is zero");
  CheckKind(&n, "WIPO", {"A1", "A2", "A3", "A4", "A8", "A9"});
  return n;
}

}  // namespace patmark::numbers_internal
