// The articles the rules cite, keyed by the date they were in force
// (research/marking-law.md §8). A finding cites the text in force on the
// inspection date: the 2010 Implementing Regulations' Art 84 until
// 2024-01-19, their 2023 renumbering as Art 101 from 2024-01-20.
#ifndef PATMARK_CHECKER_RULES_INTERNAL_ARTICLES_H_
#define PATMARK_CHECKER_RULES_INTERNAL_ARTICLES_H_

#include <optional>
#include <string>
#include <string_view>

#include "checker/rules/finding.h"
#include "parsers/base/date.h"

namespace patmark::rules_internal {

// A text in both languages of the output.
struct Text {
  std::string zh, en;
  const std::string& In(Language language) const { return language == Language::kZh ? zh : en; }
};

// Joins the non-empty parts with "；" (zh) or "; " (en).
Text Join(std::initializer_list<std::optional<Text>> parts);

enum class Provision {
  kCnMarkContent,        // type in Chinese + number (Measures Art 5)
  kCnPendingMark,        // type + application no. + 专利申请，尚未授权 (Art 7)
  kCnCorrectionOrder,    // non-standard marks are ordered corrected
  kCnCounterfeiting,     // marking without a (live) patent: 假冒专利 item 1
  kCnApplicationAsPatent,// calling an application a patent: items 1 and 3
  kCnExemption,          // marked before termination, sold after: not 假冒专利
  kCnPenalty,            // the Patent Law's penalty for 假冒专利
  kCnOrderWithPenalty,   // Administrative Penalty Law: every penalty comes with an order to correct
  kCnReconsideration,    // administrative reconsideration: 60 days
  kCnLitigation,         // administrative lawsuit: 3 months, 6 from 2015-05-01
  kUsMarking,            // 35 USC 287(a)
  kUsVirtualMarking,     // 287(a) as amended by the AIA
  kUsFalseMarking,       // 35 USC 292, before and after the AIA
  kEpMarking,
  kWoMarking,
  kDeMarking,
  kJpMarking,
  kKrMarking,
  kTwMarking,
};

// The citation of `provision` in force on `as_of`; nullopt when none was
// (the Measures' Art 7 before 2012-05-01, anything before 2001-07-01).
std::optional<Text> Cite(Provision provision, const Date& as_of);

// The provision on false marking of an office other than CN and US.
std::optional<Provision> MarkingProvisionOf(std::string_view jurisdiction);

}  // namespace patmark::rules_internal

#endif  // PATMARK_CHECKER_RULES_INTERNAL_ARTICLES_H_
