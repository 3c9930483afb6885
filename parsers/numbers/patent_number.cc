#include "parsers/numbers/patent_number.h"

#include <cctype>

#include "parsers/numbers/internal/offices.h"

namespace patmark {

std::string_view NumberKindName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kPatent: return "patent";
    case NumberKind::kApplication: return "application";
    case NumberKind::kPublication: return "publication";
  }
  return "patent";
}

bool IsApplicationKindCode(std::string_view kind_code) { return !kind_code.empty() && kind_code[0] == 'A'; }

std::string_view PatentTypeName(PatentType type) {
  switch (type) {
    case PatentType::kInvention: return "invention";
    case PatentType::kUtilityModel: return "utility_model";
    case PatentType::kDesign: return "design";
    case PatentType::kPlant: return "plant";
    case PatentType::kUnknown: return "";
  }
  return "";
}

std::optional<PatentType> ParsePatentTypeName(std::string_view name) {
  for (PatentType t : {PatentType::kInvention, PatentType::kUtilityModel, PatentType::kDesign,
                       PatentType::kPlant}) {
    if (PatentTypeName(t) == name) return t;
  }
  return std::nullopt;
}

namespace numbers_internal {

void AddProblem(CheckedNumber* n, std::string code, std::string message) {
  n->problems.push_back(Problem{std::move(code), std::move(message)});
}

void AddNote(CheckedNumber* n, std::string code, std::string message) {
  n->notes.push_back(Problem{std::move(code), std::move(message)});
}

int ToInt(std::string_view digits) { return static_cast<int>(ToLong(digits)); }

long long ToLong(std::string_view digits) {
  long long v = 0;
  for (char c : digits) {
    if (v > 100000000000000LL) break;  // longer than any office's number
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string WithoutLeadingZeros(std::string_view digits) {
  size_t i = 0;
  while (i + 1 < digits.size() && digits[i] == '0') ++i;
  return std::string(digits.substr(i));
}

std::string LeftPad(std::string_view digits, size_t width) {
  std::string out(digits);
  if (out.size() < width) out.insert(0, width - out.size(), '0');
  return out;
}

int CenturyYear(int two_digits, int pivot) {
  return two_digits >= pivot ? 1900 + two_digits : 2000 + two_digits;
}

void CheckYear(CheckedNumber* n, int year, int first_year, std::string_view what,
               const CheckOptions& options) {
  n->year = year;
  if (year > options.as_of.year()) {
    AddProblem(n, "year_out_of_range",
               "the number says " + std::string(what) + " " + std::to_string(year) +
                   ", after the inspection date " + options.as_of.ToString());
  } else if (year < first_year) {
    AddProblem(n, "year_out_of_range",
               "the number says " + std::string(what) + " " + std::to_string(year) +
                   ", before this form was used (from " + std::to_string(first_year) + ")");
  }
}

bool CheckKind(CheckedNumber* n, std::string_view office,
               std::initializer_list<std::string_view> allowed) {
  if (n->kind_code.empty()) return true;
  for (std::string_view k : allowed) {
    if (k == n->kind_code) return true;
  }
  std::string list;
  for (std::string_view k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
  AddProblem(n, "unknown_kind_code",
             "kind code " + n->kind_code + " is not used by " + std::string(office) +
                 " for this kind of number (expected " + list + ")");
  return false;
}

std::string NumberParts::digits() const {
  std::string out;
  for (const std::string& g : groups) out += g;
  return out;
}

NumberParts SplitParts(std::string_view s) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  auto separator = [](char c) { return c == ',' || c == '.' || c == '-' || c == '/' || c == ':'; };
  NumberParts p;
  size_t i = 0;
  while (i < s.size() && digit(s[i])) {
    size_t start = i;
    while (i < s.size() && digit(s[i])) ++i;
    p.groups.emplace_back(s.substr(start, i - start));
    if (i + 1 < s.size() && separator(s[i]) && digit(s[i + 1])) {
      p.separators.push_back(s[i]);
      ++i;
    } else {
      break;
    }
  }
  if (p.groups.empty()) return p;
  if (i < s.size() && (s[i] == '.' || s[i] == '-')) ++i;  // "7,654,321.B2", "7654321-B2"
  std::string_view rest = s.substr(i);
  bool kind_shape = rest.size() <= 2 && (rest.empty() || (std::isalpha(static_cast<unsigned char>(rest[0])) &&
                                                          (rest.size() == 1 || digit(rest[1]))));
  if (!kind_shape) return p;
  for (char c : rest) p.kind.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  p.ok = true;
  return p;
}

std::string Grouped(long long value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace numbers_internal

namespace {

using Checker = CheckedNumber (*)(std::string_view, const CheckOptions&);

struct Office {
  std::string_view code;
  Checker check;
  // Letters that may follow the office code directly ("USD789012",
  // "TWI123456"); digits and separators always may.
  std::string_view letters;
};

CheckedNumber CheckCnUnprefixed(std::string_view body, const CheckOptions& options) {
  return numbers_internal::CheckCn("", body, options);
}

constexpr Office kOffices[] = {
    {"US", numbers_internal::CheckUs, "DPRHTXA"},
    {"EP", numbers_internal::CheckEp, ""},
    {"WO", numbers_internal::CheckWo, "PW"},
    {"DE", numbers_internal::CheckDe, "G"},
    {"JP", numbers_internal::CheckJp, "HSR"},
    {"KR", numbers_internal::CheckKr, ""},
    {"TW", numbers_internal::CheckTw, "IMD"},
    {"CN", CheckCnUnprefixed, ""},
};

const Office* OfficeByCode(std::string_view code) {
  for (const Office& o : kOffices) {
    if (o.code == code) return &o;
  }
  return nullptr;
}

char Upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }

// The office whose code starts `s` ("US7,654,321", "U.S.7654321"), with the
// length of the prefix; nullptr when `s` does not start with one.
const Office* OfficePrefix(std::string_view s, size_t* length) {
  if (s.size() > 4 && Upper(s[0]) == 'P' && Upper(s[1]) == 'C' && Upper(s[2]) == 'T' && s[3] == '/') {
    *length = 0;  // the WO checker reads "PCT/US1999/009417" whole
    return OfficeByCode("WO");
  }
  if (s.size() >= 4 && Upper(s[0]) == 'U' && s[1] == '.' && Upper(s[2]) == 'S' && s[3] == '.') {
    *length = 4;
    return OfficeByCode("US");
  }
  if (s.size() < 3) return nullptr;
  std::string code{Upper(s[0]), Upper(s[1])};
  const Office* office = OfficeByCode(code);
  if (office == nullptr || code == "CN") return nullptr;
  unsigned char next = static_cast<unsigned char>(s[2]);
  bool follows = std::isdigit(next) || next == '-' || next == '.' || next == ':' || next == '/' ||
                 next >= 0x80 ||  // "JP平8-179521"
                 office->letters.find(Upper(s[2])) != std::string_view::npos;
  if (!follows) return nullptr;
  *length = 2;
  // Doubled prefixes from copy-and-paste: "USUS...", "WOWO..." (numbers.md §7).
  if (s.size() > 4 && Upper(s[2]) == code[0] && Upper(s[3]) == code[1]) *length = 4;
  return office;
}

}  // namespace

StatusOr<CheckedNumber> CheckNumber(std::string_view text, const CheckOptions& options) {
  // Only the office prefix is case-folded here for CN; the CN checker reads a
  // lower-case check 'x' (a style problem it reports) and kind codes itself.
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact.push_back(c);
  }
  std::string_view s = compact;
  if (s.size() >= 2 && Upper(s[0]) == 'Z' && Upper(s[1]) == 'L') {
    return numbers_internal::CheckCn("ZL", s.substr(2), options);
  }
  if (s.size() >= 3 && Upper(s[0]) == 'C' && Upper(s[1]) == 'N' &&
      !std::isalpha(static_cast<unsigned char>(s[2]))) {
    return numbers_internal::CheckCn("CN", s.substr(2), options);
  }
  size_t prefix = 0;
  const Office* office = OfficePrefix(s, &prefix);
  if (office == nullptr) {
    office = OfficeByCode(options.default_jurisdiction);
    // Unprefixed text must start like one of that office's numbers: a digit,
    // a series letter ("D789,012", "I123456") or a Japanese era ("平8-…").
    unsigned char first = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
    bool starts_like_number = std::isdigit(first) ||
                              (office != nullptr && first != 0 && office->letters.find(Upper(s[0])) != std::string_view::npos) ||
                              (office != nullptr && office->code == "JP" && first >= 0x80);
    if (!starts_like_number) office = nullptr;
  }
  if (office == nullptr) {
    return InvalidArgumentError("\"" + std::string(text) +
                                "\" is not a patent number patmark knows (expected forms like "
                                "ZL201410026192.3, CN116455754B, US7654321, EP1234567B1)");
  }
  if (office->code == "CN") return office->check(s.substr(prefix), options);
  std::string body(s.substr(prefix));
  for (char& c : body) c = Upper(c);
  return office->check(body, options);
}

ProviderForms ProviderFormsOf(const CheckedNumber& n) {
  ProviderForms f;
  // CN publications carry their kind code in the canonical form already.
  bool kind_in_canonical = n.jurisdiction == "CN" && n.kind == NumberKind::kPublication;
  f.full = kind_in_canonical ? n.canonical : n.canonical + n.kind_code;
  if (n.kind == NumberKind::kApplication) {
    f.reference_type = "application";
    // OPS drops check characters and uses kind A for applications.
    f.docdb = n.jurisdiction + "." + n.core + ".A";
    f.epodoc = n.jurisdiction + n.core;
  } else {
    f.reference_type = "publication";
    f.docdb = n.jurisdiction + "." + n.core + (n.kind_code.empty() ? "" : "." + n.kind_code);
    f.epodoc = n.jurisdiction + n.core;
    f.google = n.jurisdiction + "-" + n.core + (n.kind_code.empty() ? "" : "-" + n.kind_code);
  }
  if (n.jurisdiction == "US") f.uspto = numbers_internal::UsptoForm(n);
  return f;
}

}  // namespace patmark
