#include "checker/rules/rules.h"

#include <algorithm>

#include "checker/rules/internal/articles.h"
#include "checker/rules/internal/law.h"
#include "checker/rules/internal/observations.h"

namespace patmark {

using rules_internal::Observation;
using rules_internal::Ruling;

std::vector<Finding> JudgeMark(const ScannedMark& mark, const LegalStatus& status, const RuleContext& context) {
  const std::string& jurisdiction = rules_internal::JurisdictionOf(mark);
  std::vector<Finding> findings;
  for (const Observation& o : rules_internal::Observe(mark, status, context)) {
    Ruling ruling = rules_internal::RuleOn(jurisdiction, o.issue, context.as_of);
    findings.push_back(Finding{jurisdiction + "." + rules_internal::IssueCode(o.issue, status), ruling.severity,
                               rules_internal::Describe(o, mark, status, context).In(context.language),
                               ruling.basis.In(context.language), ruling.correction.In(context.language)});
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
  return findings;
}

Verdict MarkVerdict(const ScannedMark& mark, const LegalStatus& status, const std::vector<Finding>& findings) {
  Severity worst = WorstSeverity(findings);
  if (worst == Severity::kViolation) return Verdict::kViolation;
  if (worst == Severity::kWarning) return Verdict::kWarning;
  bool verified = mark.extracted.form == MarkForm::kNumber && IsSourced(status.confidence) &&
                  status.state != LegalState::kUnknown;
  return verified ? Verdict::kOk : Verdict::kUnknown;
}

Verdict RecordVerdict(std::span<const Verdict> mark_verdicts, bool record_has_errors) {
  Verdict worst = Verdict::kNoMarks;
  for (Verdict v : mark_verdicts) worst = std::max(worst, v);
  if (record_has_errors && worst < Verdict::kWarning) return Verdict::kError;
  return worst;
}

NoticeLaw NoticeLawOn(const Date& as_of, Language language) {
  auto cite = [&](rules_internal::Provision provision) {
    std::optional<rules_internal::Text> text = rules_internal::Cite(provision, as_of);
    return text ? text->In(language) : std::string();
  };
  NoticeLaw law;
  law.correction_order = cite(rules_internal::Provision::kCnCorrectionOrder);
  law.penalty = cite(rules_internal::Provision::kCnPenalty);
  law.order_with_penalty = cite(rules_internal::Provision::kCnOrderWithPenalty);
  law.reconsideration = cite(rules_internal::Provision::kCnReconsideration);
  law.litigation = cite(rules_internal::Provision::kCnLitigation);
  law.litigation_months = as_of < Date(2015, 5, 1) ? 3 : 6;
  return law;
}

}  // namespace patmark
