// US patent numbers (numbers.md §4): the series and their prefixes,
// application publications and serials, kind codes per era, and the highest
// number issued by the inspection date.
#include <cctype>
#include <string>

#include "parsers/numbers/internal/offices.h"
#include "parsers/numbers/internal/us_ranges.h"

namespace patmark::numbers_internal {
namespace {

struct Series {
  std::string_view printed;    // as it may be printed, upper case, longest first
  std::string_view canonical;  // "D", "PP", "RE", ...
};

// Longest spellings first so "DES" wins over "D" and "PLANT" over "PP".
constexpr Series kSeries[] = {
    {"PLANT", "PP"}, {"DES", "D"}, {"RE", "RE"}, {"RD", "RE"}, {"PP", "PP"}, {"AI", "AI"},
    {"D", "D"},      {"H", "H"},   {"T", "T"},   {"X", "X"},
};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

PatentType TypeOfSeries(std::string_view series, std::string_view printed) {
  if (series == "D" || printed == "RD") return PatentType::kDesign;
  if (series == "PP") return PatentType::kPlant;
  return PatentType::kInvention;
}

std::string_view SeriesName(std::string_view series) {
  if (series == "D") return "design";
  if (series == "PP") return "plant";
  if (series == "RE") return "reissue";
  if (series == "H") return "statutory invention registration";
  if (series == "T") return "defensive publication";
  if (series == "X") return "X-patent";
  if (series == "AI") return "additional improvement";
  return "utility";
}

void CheckGrantKind(CheckedNumber* n, std::string_view series, long long value) {
  if (n->kind_code.empty()) return;
  // Kind codes (WIPO ST.16) replaced the bare "A" on 2001-01-02; utility
  // numbers crossed about 6,167,000 then.
  constexpr long long kFirst2001Utility = 6167000;
  if (series.empty()) {
    if (n->kind_code == "A1" || n->kind_code == "A2" || n->kind_code == "A9") {
      AddProblem(n, "kind_type_mismatch",
                 "kind code " + n->kind_code + " marks an application publication, not a granted patent");
      return;
    }
    if (!CheckKind(n, "the USPTO", {"A", "B1", "B2", "C1", "C2", "C3", "E", "E1"})) return;
    if (n->kind_code == "A" && value > kFirst2001Utility + 10000) {
      AddProblem(n, "kind_code_era", "kind code A marked utility grants before 2001; later grants are B1 or B2");
    } else if (n->kind_code[0] == 'B' && value < kFirst2001Utility - 10000) {
      AddProblem(n, "kind_code_era", "kind codes B1/B2 exist from 2001; this number was issued earlier (kind A)");
    }
    return;
  }
  if (series == "D") CheckKind(n, "the USPTO", {"S", "S1", "C1"});
  if (series == "PP") CheckKind(n, "the USPTO", {"P", "P2", "P3"});
  if (series == "RE") CheckKind(n, "the USPTO", {"E", "E1", "F"});
  if (series == "H") CheckKind(n, "the USPTO", {"H", "H1"});
  if (series == "T" || series == "X" || series == "AI") CheckKind(n, "the USPTO", {"I4", "I5"});
}

void CheckGrant(std::string_view series, std::string_view printed, const std::string& digits,
                const CheckOptions& options, CheckedNumber* n) {
  n->kind = NumberKind::kPatent;
  std::string number = WithoutLeadingZeros(digits);
  n->core = std::string(series) + number;
  n->canonical = "US" + n->core;
  n->type = TypeOfSeries(series, printed);
  long long value = ToLong(number);
  if (value == 0 || number.size() > 8) {
    AddProblem(n, value == 0 ? "number_out_of_range" : "length",
               value == 0 ? "the number is zero"
                          : "US " + std::string(SeriesName(series)) + " numbers have at most 8 digits, this one has " +
                                std::to_string(number.size()));
    return;
  }
  CheckGrantKind(n, series, value);
  std::optional<UsCeiling> ceiling = UsHighestIssued(series, options.as_of);
  if (ceiling && value > ceiling->number) {
    AddProblem(n, "number_out_of_range",
               "US " + std::string(SeriesName(series)) + " " + std::string(series) + Grouped(value) +
                   " is beyond the highest number issued by " + options.as_of.ToString() + " (about " +
                   std::string(series) + Grouped(ceiling->number) + (ceiling->estimated ? ", estimated)" : ")"));
  }
}

// "2017/0374792", "20170374792", "2002066904" (OPS: year + 6 digits).
void CheckApplicationPublication(const std::string& digits, const CheckOptions& options, CheckedNumber* n) {
  n->kind = NumberKind::kPublication;
  n->type = PatentType::kInvention;
  std::string year = digits.substr(0, 4);
  std::string serial = LeftPad(WithoutLeadingZeros(digits.substr(4)), 7);
  n->canonical = "US" + year + serial;
  // OPS takes year + 6 digits (PatZilla's normalization).
  n->core = year + (serial[0] == '0' ? serial.substr(1) : serial);
  CheckYear(n, ToInt(year), 2001, "it was published in", options);
  if (n->kind_code.empty()) return;
  if (n->kind_code[0] == 'B') {
    AddProblem(n, "kind_type_mismatch", "kind code " + n->kind_code + " marks a grant, not an application publication");
    return;
  }
  CheckKind(n, "the USPTO", {"A1", "A2", "A9"});
}

}  // namespace

std::string UsptoForm(const CheckedNumber& n) {
  if (n.kind == NumberKind::kPublication) return n.canonical.substr(2);
  if (n.kind == NumberKind::kApplication) return n.core;
  size_t letters = 0;
  while (letters < n.core.size() && !IsDigit(n.core[letters])) ++letters;
  std::string series = n.core.substr(0, letters);
  return series + LeftPad(n.core.substr(letters), 8 - series.size());
}

CheckedNumber CheckUs(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "US";
  std::string_view s = body;
  if (!s.empty() && (s[0] == ':' || s[0] == '-')) s.remove_prefix(1);
  // Application serial: series code + 6 digits, "13/001,888", "29/010,907".
  if (s.size() > 3 && IsDigit(s[0]) && IsDigit(s[1]) && s[2] == '/') {
    n.kind = NumberKind::kApplication;
    NumberParts parts = SplitParts(s.substr(3));
    std::string digits = parts.digits();
    if (!parts.ok || digits.size() != 6 || !parts.kind.empty()) {
      n.canonical = "US" + std::string(s);
      AddProblem(&n, "length", "a US application serial is a 2-digit series code, a slash and 6 digits (13/001,888)");
      return n;
    }
    n.core = std::string(s.substr(0, 2)) + digits;
    n.canonical = "US" + n.core;
    n.type = s.substr(0, 2) == "29" ? PatentType::kDesign : PatentType::kInvention;
    return n;
  }
  // "0PP12009P2" (PatZilla): zeros may stand before the series letters.
  while (s.size() > 1 && s[0] == '0' && !IsDigit(s[1])) s.remove_prefix(1);
  std::string_view series, printed;
  for (const Series& candidate : kSeries) {
    if (s.substr(0, candidate.printed.size()) == candidate.printed &&
        s.size() > candidate.printed.size()) {
      std::string_view rest = s.substr(candidate.printed.size());
      if (rest[0] == '.') rest.remove_prefix(1);
      if (!rest.empty() && IsDigit(rest[0])) {
        series = candidate.canonical;
        printed = candidate.printed;
        s = rest;
        break;
      }
    }
  }
  NumberParts parts = SplitParts(s);
  if (!parts.ok) {
    n.canonical = "US" + std::string(series) + std::string(s);
    AddProblem(&n, "length", "\"" + std::string(body) + "\" is not a US patent number (digits, optionally a kind code)");
    return n;
  }
  std::string digits = parts.digits();
  // "2017/0374792": the slash belongs to an application publication.
  bool slash = parts.has_separator('/');
  n.kind_code = parts.kind;
  bool publication_shape = series.empty() && (digits.size() == 10 || digits.size() == 11) &&
                           digits[0] == '2' && digits[1] == '0';
  if (publication_shape || (slash && series.empty())) {
    if (!publication_shape) {
      n.canonical = "US" + std::string(s);
      n.kind = NumberKind::kPublication;
      AddProblem(&n, "length", "a US application publication is a 4-digit year and 7 digits (2017/0374792)");
      return n;
    }
    CheckApplicationPublication(digits, options, &n);
    return n;
  }
  CheckGrant(series, printed, digits, options, &n);
  return n;
}

}  // namespace patmark::numbers_internal
