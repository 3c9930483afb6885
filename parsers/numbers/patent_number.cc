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
}  // namespace numbers_internal

StatusOr<CheckedNumber> CheckNumber(std::string_view text, const CheckOptions& options) {
  // Only the office prefix is case-folded here; the office checker reads a
  // lower-case check 'x' (a style problem it reports) and kind codes itself.
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact.push_back(c);
  }
  std::string_view s = compact;
  auto starts = [&](std::string_view p) {
    return s.size() >= p.size() && std::toupper(static_cast<unsigned char>(s[0])) == p[0] &&
           std::toupper(static_cast<unsigned char>(s[1])) == p[1];
  };
  if (starts("ZL")) return numbers_internal::CheckCn("ZL", s.substr(2), options);
  if (starts("CN")) return numbers_internal::CheckCn("CN", s.substr(2), options);
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0])) &&
      options.default_jurisdiction == "CN") {
    return numbers_internal::CheckCn("", s, options);
  }
  return InvalidArgumentError("\"" + std::string(text) +
                              "\" is not a patent number patmark knows (expected forms like "
                              "ZL201410026192.3, CN116455754B)");
}

ProviderForms ProviderFormsOf(const CheckedNumber& n) {
  ProviderForms f;
  if (n.kind == NumberKind::kPublication) {
    f.reference_type = "publication";
    f.docdb = n.jurisdiction + "." + n.core + "." + n.kind_code;
    f.epodoc = n.jurisdiction + n.core;
  } else {
    f.reference_type = "application";
    // OPS drops the CN check character and uses kind A for applications.
    f.docdb = n.jurisdiction + "." + n.core + ".A";
    f.epodoc = n.jurisdiction + n.core;
  }
  return f;
}

}  // namespace patmark
