#include "checker/rules/finding.h"

#include <algorithm>

namespace patmark {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kViolation: return "violation";
  }
  return "info";
}

Severity WorstSeverity(const std::vector<Finding>& findings) {
  Severity worst = Severity::kInfo;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  return worst;
}

std::optional<Language> ParseLanguage(std::string_view name) {
  if (name == "zh") return Language::kZh;
  if (name == "en") return Language::kEn;
  return std::nullopt;
}

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kNoMarks: return "no_marks";
    case Verdict::kOk: return "ok";
    case Verdict::kUnknown: return "unknown";
    case Verdict::kError: return "error";
    case Verdict::kWarning: return "warning";
    case Verdict::kViolation: return "violation";
  }
  return "unknown";
}

}  // namespace patmark
