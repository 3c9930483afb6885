// Finding: one thing the rules have to say about a patent mark, with the law
// it rests on and what must be done about it; Verdict: the one-word outcome
// for a mark and for a record (design.md §4).
//
//   std::vector<Finding> findings = JudgeMark(mark, status, context);
//   Verdict v = MarkVerdict(mark, status, findings);
//
// Severity orders the findings: a violation (an order to correct, or
// counterfeiting) outranks a warning (confirm, or an advisory letter), which
// outranks information.
#ifndef PATMARK_CHECKER_RULES_FINDING_H_
#define PATMARK_CHECKER_RULES_FINDING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patmark {

enum class Severity { kInfo, kWarning, kViolation };
std::string_view SeverityName(Severity severity);  // "info", "warning", "violation"

// The language of messages, bases and corrections (--lang).
enum class Language { kZh, kEn };
std::optional<Language> ParseLanguage(std::string_view name);  // "zh", "en"

struct Finding {
  std::string code;        // stable: "CN.EXPIRED", "US.VIRTUAL_MARKING", ...
  Severity severity = Severity::kInfo;
  std::string message;     // what was found, with the facts (number, dates)
  std::string basis;       // the articles in force on the as-of date; "" if none applies
  std::string correction;  // what the responsible company must do
};

// The highest severity among `findings`; kInfo when there are none.
Severity WorstSeverity(const std::vector<Finding>& findings);

// Ordered: a record's verdict is the highest of its marks', except that a
// record that could not be read cleanly is kError unless a violation or a
// warning was found in what could be read (see RecordVerdict).
enum class Verdict { kNoMarks, kOk, kUnknown, kError, kWarning, kViolation };
std::string_view VerdictName(Verdict verdict);  // "no_marks", "ok", ...

}  // namespace patmark

#endif  // PATMARK_CHECKER_RULES_FINDING_H_
