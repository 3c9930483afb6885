// Japanese (numbers.md §5.2), Korean (§5.3) and Taiwanese (§5.4) numbers.
#include <string>

#include "parsers/numbers/internal/offices.h"
#include <cctype>

namespace patmark::numbers_internal {
namespace {

struct Era {
  std::string_view kanji;  // UTF-8
  char letter;
  int base;       // Western year = base + era year
  int last_year;  // the era's last year used in application numbers
};

// Applications were numbered by imperial year until 1999 (Heisei 11).
constexpr Era kEras[] = {{"平", 'H', 1988, 11}, {"昭", 'S', 1925, 64}, {"令", 'R', 2018, 99}};

const Era* EraByLetter(char letter) {
  for (const Era& e : kEras) {
    if (e.letter == letter) return &e;
  }
  return nullptr;
}

// "特願平8-179521" reaches here as "平8-179521" or "H8-179521".
const Era* TakeEra(std::string_view* s) {
  for (const Era& e : kEras) {
    if (s->substr(0, e.kanji.size()) == e.kanji) {
      s->remove_prefix(e.kanji.size());
      return &e;
    }
    if (s->size() > 1 && (*s)[0] == e.letter && std::isdigit(static_cast<unsigned char>((*s)[1]))) {
      s->remove_prefix(1);
      return &e;
    }
  }
  return nullptr;
}

// Application (or, with a kind A or a publication label, unexamined
// publication) numbers: "2020-123456", "H08-179521".
void CheckJpFiled(const std::string& era_or_year, int year, const std::string& serial, const std::string& kind,
                  const CheckOptions& options, CheckedNumber* n) {
  bool publication = options.publication_context || IsApplicationKindCode(kind);
  n->kind = publication ? NumberKind::kPublication : NumberKind::kApplication;
  n->kind_code = kind;
  n->type = options.type_context == PatentType::kUnknown ? PatentType::kInvention : options.type_context;
  n->core = era_or_year + LeftPad(serial, 6);
  n->canonical = "JP" + n->core + (publication ? "A" : "");
  CheckYear(n, year, era_or_year.size() == 4 ? 2000 : 1926, publication ? "it was published in" : "it was filed in",
            options);
  if (serial.size() > 6) AddProblem(n, "length", "the serial of a Japanese application has 6 digits");
  if (publication) CheckKind(n, "the JPO", {"A", "A1", "U", "T"});
}

void CheckJpRegistration(const std::string& digits, const std::string& kind, const CheckOptions& options,
                         CheckedNumber* n) {
  n->kind = NumberKind::kPatent;
  n->kind_code = kind;
  n->type = options.type_context;
  if (n->type == PatentType::kUnknown) {  // "JP 3123456 U": the kind code tells the series
    char k = kind.empty() ? 'B' : kind[0];
    n->type = k == 'U' || k == 'Y' ? PatentType::kUtilityModel : k == 'S' ? PatentType::kDesign : PatentType::kInvention;
  }
  n->core = WithoutLeadingZeros(digits);
  // Patent, utility-model and design registrations are separate series with
  // overlapping numbers: the series letter keeps them apart.
  std::string series = n->type == PatentType::kUtilityModel ? "U" : n->type == PatentType::kDesign ? "S" : "";
  n->canonical = "JP" + n->core + series;
  if (n->core.size() > 7) AddProblem(n, "length", "Japanese registration numbers have at most 7 digits");
  if (ToLong(digits) == 0) AddProblem(n, "number_out_of_range", "the number is zero");
  if (n->type == PatentType::kUtilityModel) {
    CheckKind(n, "the JPO for utility models", {"U", "Y1", "Y2"});
  } else if (n->type == PatentType::kDesign) {
    CheckKind(n, "the JPO for designs", {"S"});
  } else {
    CheckKind(n, "the JPO for patents", {"B", "B1", "B2", "C"});
  }
}

PatentType KrType(std::string_view code, CheckedNumber* n) {
  if (code == "10") return PatentType::kInvention;
  if (code == "20") return PatentType::kUtilityModel;
  if (code == "30") return PatentType::kDesign;
  AddProblem(n, "type_digit",
             "right-type code " + std::string(code) + " is not 10 (patent), 20 (utility model) or 30 (design)");
  return PatentType::kUnknown;
}

}  // namespace

CheckedNumber CheckJp(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "JP";
  std::string_view s = body;
  const Era* era = TakeEra(&s);
  NumberParts parts = SplitParts(s);
  std::string digits = parts.digits();
  bool split_year = parts.ok && parts.groups.size() == 2 && parts.separators == "-";
  if (parts.ok && (era != nullptr || (split_year && parts.groups[0].size() <= 2))) {
    // "H8-179521", "H08179521", or PatZilla's "8-179521" (era inferred).
    std::string yy = split_year ? parts.groups[0] : digits.substr(0, digits.size() > 6 ? digits.size() - 6 : 0);
    std::string serial = split_year ? parts.groups[1] : digits.substr(yy.size());
    int y = ToInt(yy);
    if (era == nullptr) era = EraByLetter(y <= 11 ? 'H' : 'S');
    if (yy.empty() || y == 0 || y > era->last_year) {
      n.kind = NumberKind::kApplication;
      n.canonical = "JP" + std::string(1, era->letter) + digits;
      AddProblem(&n, "year_out_of_range",
                 "era year " + yy + " does not exist for era " + std::string(1, era->letter) +
                     " in Japanese application numbers");
      return n;
    }
    CheckJpFiled(std::string(1, era->letter) + LeftPad(yy, 2), era->base + y, serial, parts.kind, options, &n);
  } else if (parts.ok && ((split_year && parts.groups[0].size() == 4) ||
                          (digits.size() == 10 && (digits[0] == '1' || digits[0] == '2')))) {
    CheckJpFiled(digits.substr(0, 4), ToInt(digits.substr(0, 4)), digits.substr(4), parts.kind, options, &n);
  } else if (parts.ok && digits.size() <= 8 && !options.application_context) {
    CheckJpRegistration(digits, parts.kind, options, &n);
  } else {
    n.canonical = "JP" + std::string(body);
    AddProblem(&n, "length",
               "Japanese numbers are registrations of up to 7 digits (特許第7571093号) or a year and 6 digits "
               "(特願2020-123456, 特願平8-179521)");
  }
  return n;
}

CheckedNumber CheckKr(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "KR";
  NumberParts parts = SplitParts(body);
  std::string digits = parts.digits();
  n.kind_code = parts.kind;
  bool registration = parts.ok && digits.size() == 9 && !options.application_context;
  bool application = parts.ok && digits.size() == 13;
  bool year_form = parts.ok && digits.size() == 11 && (digits[0] == '1' || digits[0] == '2');
  if (registration) {
    n.kind = NumberKind::kPatent;
    n.type = KrType(digits.substr(0, 2), &n);
    n.core = digits;
    n.canonical = "KR" + digits;
    CheckKind(&n, "KIPO for registrations", {"B1", "B2", "Y1", "Y2", "S"});
  } else if (application) {
    // 10-2015-0124192: right type, filing year, serial. With kind A it is the
    // unexamined publication of that application (same number).
    n.kind = !n.kind_code.empty() ? NumberKind::kPublication : NumberKind::kApplication;
    n.type = KrType(digits.substr(0, 2), &n);
    n.core = digits;
    n.canonical = "KR" + digits + n.kind_code;
    CheckYear(&n, ToInt(digits.substr(2, 4)), 1948, "it was filed in", options);
    CheckKind(&n, "KIPO for publications", {"A", "U"});
  } else if (year_form) {
    // Publication numbers in the year form, "KR2001-0024348" (PatZilla).
    n.kind = NumberKind::kPublication;
    n.core = digits;
    n.canonical = "KR" + digits + n.kind_code;
    CheckYear(&n, ToInt(digits.substr(0, 4)), 1948, "it was published in", options);
    CheckKind(&n, "KIPO for publications", {"A", "U"});
  } else {
    n.canonical = "KR" + std::string(body);
    AddProblem(&n, "length",
               "Korean numbers are a right-type code and 7 digits (10-1234567) or a right-type code, a year and "
               "7 digits (10-2015-0124192)");
    return n;
  }
  if (ToLong(digits.substr(digits.size() - 7)) == 0) AddProblem(&n, "number_out_of_range", "the serial is zero");
  return n;
}

CheckedNumber CheckTw(std::string_view body, const CheckOptions& options) {
  CheckedNumber n;
  n.jurisdiction = "TW";
  char letter = body.empty() ? 0 : body[0];
  if (letter == 'I' || letter == 'M' || letter == 'D') {
    // Certificate numbers since 2004: I invention, M utility model (新型), D design (設計).
    NumberParts parts = SplitParts(body.substr(1));
    std::string digits = parts.digits();
    n.kind = NumberKind::kPatent;
    n.type = letter == 'I' ? PatentType::kInvention : letter == 'M' ? PatentType::kUtilityModel : PatentType::kDesign;
    n.core = std::string(1, letter) + digits;
    n.canonical = "TW" + n.core;
    n.kind_code = parts.kind;
    if (!parts.ok || digits.size() != 6) {
      AddProblem(&n, "length", "a Taiwanese certificate number is I, M or D and 6 digits (I123456)");
      return n;
    }
    if (ToLong(digits) == 0) AddProblem(&n, "number_out_of_range", "the number is zero");
    if (letter == 'I') CheckKind(&n, "TIPO for inventions", {"B"});
    if (letter == 'M') CheckKind(&n, "TIPO for utility models", {"U"});
    if (letter == 'D') CheckKind(&n, "TIPO for designs", {"S"});
    return n;
  }
  NumberParts parts = SplitParts(body);
  std::string digits = parts.digits();
  n.kind_code = parts.kind;
  n.core = digits;
  n.canonical = "TW" + digits;
  bool publication = options.publication_context || IsApplicationKindCode(n.kind_code);
  if (parts.ok && digits.size() == 9 && publication) {
    // Unexamined publications: Western year and 5 digits, kind A.
    n.kind = NumberKind::kPublication;
    n.type = PatentType::kInvention;
    n.canonical += n.kind_code;
    CheckYear(&n, ToInt(digits.substr(0, 4)), 2003, "it was published in", options);
    CheckKind(&n, "TIPO for publications", {"A"});
  } else if (parts.ok && parts.kind.empty() && (digits.size() == 8 || digits.size() == 9)) {
    // Applications: Republican year (2 digits, 3 from 100 = 2011), type digit, serial.
    size_t year_digits = digits.size() - 6;
    int roc = ToInt(digits.substr(0, year_digits));
    char t = digits[year_digits];
    n.kind = NumberKind::kApplication;
    n.type = t == '1' ? PatentType::kInvention : t == '2' ? PatentType::kUtilityModel
             : t == '3' ? PatentType::kDesign : PatentType::kUnknown;
    if (n.type == PatentType::kUnknown) {
      AddProblem(&n, "type_digit", std::string("type digit ") + t + " is not 1 (invention), 2 (utility model) or 3 (design)");
    }
    if (year_digits == 3 && roc < 100) {
      AddProblem(&n, "form_year_mismatch", "3-digit Republican years start at 100 (2011)");
    }
    CheckYear(&n, 1911 + roc, 1950, "it was filed in", options);
  } else if (parts.ok && digits.size() == 6) {
    // Before 2004: 6-digit certificate or examined publication numbers.
    n.kind = NumberKind::kPatent;
    CheckKind(&n, "TIPO", {"B", "U", "S"});
  } else {
    AddProblem(&n, "length",
               "Taiwanese numbers are certificates (I123456, M123456, D123456) or applications of a Republican "
               "year, a type digit and 5 digits (112123456)");
  }
  return n;
}

}  // namespace patmark::numbers_internal
