// CheckJsonlWriter prints one line of `patmark check` per checked record
// (design.md §4): the extract line plus "verdict" per record and, per mark,
// "status", "findings" and "verdict".
//
//   CheckJsonlWriter writer(std::cout);
//   Checker checker(&chain, options, &writer);
//
// Accept fails (Unavailable) once the stream fails. Not thread-safe.
#ifndef PATMARK_CHECKER_REPORT_CHECK_WRITER_H_
#define PATMARK_CHECKER_REPORT_CHECK_WRITER_H_

#include <ostream>

#include "checker/check/checker.h"

namespace patmark {

class CheckJsonlWriter : public CheckSink {
 public:
  explicit CheckJsonlWriter(std::ostream& out) : out_(out) {}
  Status Accept(const CheckedRecord& checked) override;

 private:
  std::ostream& out_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_CHECK_WRITER_H_
