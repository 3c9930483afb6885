// BriefWriter: `patmark check --brief`, the answer an inspector reads at the
// shelf: per record its verdict, per mark what was printed, the number, its
// legal state with the date and source, and each finding with its basis and
// the correction, in the language of --lang. For people; scripts read the
// JSONL of plain `check`.
//
//   BriefWriter brief(std::cout, Language::kZh);
//   Checker checker(&chain, options, &brief);
#ifndef PATMARK_CHECKER_REPORT_BRIEF_WRITER_H_
#define PATMARK_CHECKER_REPORT_BRIEF_WRITER_H_

#include <ostream>

#include "checker/check/checker.h"

namespace patmark {

class BriefWriter : public CheckSink {
 public:
  BriefWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  Status Accept(const CheckedRecord& checked) override;

 private:
  std::ostream& out_;
  Language language_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_BRIEF_WRITER_H_
