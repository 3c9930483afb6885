// FindingsCsvWriter prints `findings.csv` of an audit: one row per mark, in
// UTF-8 with a byte-order mark so that Excel opens Chinese text correctly.
// The columns are kColumns, documented in the README ("Audit outputs").
//
//   FindingsCsvWriter csv(out, "company", "product");
//   csv.WriteHeader();
//   Checker checker(&chain, options, &csv);   // or behind a TeeSink
//
// Fields are quoted per RFC 4180 when they hold a comma, quote or line
// break. Not thread-safe.
#ifndef PATMARK_CHECKER_REPORT_FINDINGS_CSV_H_
#define PATMARK_CHECKER_REPORT_FINDINGS_CSV_H_

#include <ostream>
#include <string>

#include "checker/check/checker.h"

namespace patmark {

class FindingsCsvWriter : public CheckSink {
 public:
  static const char* const kColumns[];

  FindingsCsvWriter(std::ostream& out, std::string company_field, std::string product_field);
  // The byte-order mark and the header row: once, at the start of the file
  // (not when a resumed audit appends to it).
  void WriteHeader();
  Status Accept(const CheckedRecord& checked) override;

 private:
  std::ostream& out_;
  std::string company_field_, product_field_;
};

// The text of `record`'s field `name`, or "" when it has none.
const std::string& FieldText(const Record& record, const std::string& name);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_FINDINGS_CSV_H_
