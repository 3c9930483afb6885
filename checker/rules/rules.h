// The compliance rules: pure functions from what a mark says, the legal
// status of its number and the inspection date to findings, each citing the
// article in force on that date (design.md §5; research/marking-law.md §8).
//
//   RuleContext context{.as_of = *Date::Parse("2017-04-29")};
//   std::vector<Finding> findings = JudgeMark(mark, status, context);
//   Verdict verdict = MarkVerdict(mark, status, findings);
//
// China: a breach of the marking Measures (type words, the pre-grant
// wording) is ordered corrected; marking a patent that has ended, never
// existed or is only applied for is counterfeiting (假冒专利), unless the mark
// was made before the patent terminated. Other offices: warnings for an
// advisory letter, never orders. A status nobody could determine yields the
// verdict unknown, never ok.
#ifndef PATMARK_CHECKER_RULES_RULES_H_
#define PATMARK_CHECKER_RULES_RULES_H_

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "checker/rules/finding.h"
#include "checker/status/legal_status.h"
#include "parsers/base/date.h"
#include "parsers/scan/scanned_record.h"

namespace patmark {

struct RuleContext {
  Date as_of;                          // the inspection date
  std::optional<Date> production_date; // of the product, when the record says
  Language language = Language::kZh;   // of messages, bases and corrections
};

// Every finding about one mark, most severe first. `status` is the legal
// status of its number as of context.as_of (ignored for marks without one).
std::vector<Finding> JudgeMark(const ScannedMark& mark, const LegalStatus& status, const RuleContext& context);

// kViolation or kWarning after the findings; else kUnknown when nothing
// verified the mark (no number, or no authoritative status), else kOk.
Verdict MarkVerdict(const ScannedMark& mark, const LegalStatus& status, const std::vector<Finding>& findings);

// The record's verdict from its marks': the highest; kError instead of
// anything below kWarning when the record had read errors; kNoMarks when it
// has no marks and no errors.
Verdict RecordVerdict(std::span<const Verdict> mark_verdicts, bool record_has_errors);

// What a Chinese rectification notice cites beyond its findings' own bases,
// as in force on `as_of`, in `language` ("" where no text was in force).
struct NoticeLaw {
  std::string correction_order;   // the order to correct a non-standard mark
  std::string penalty;            // the Patent Law's article on 假冒专利
  std::string order_with_penalty; // the Administrative Penalty Law's order to correct
  std::string reconsideration;    // the law giving 60 days for reconsideration
  std::string litigation;         // the law giving the time for a lawsuit
  int litigation_months = 6;      // 3 before 2015-05-01
};
NoticeLaw NoticeLawOn(const Date& as_of, Language language);

}  // namespace patmark

#endif  // PATMARK_CHECKER_RULES_RULES_H_
