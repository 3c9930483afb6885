// AuditOutputs writes the files of `patmark audit --out DIR`: findings.jsonl
// (the `check` line of every record, in input order), findings.csv (a row
// per mark) and summary.json (the counts). It is the CheckSink at the end of
// the audit pipeline: reader → scanner → Checker → AuditOutputs.
//
//   StatusOr<std::unique_ptr<AuditOutputs>> out = AuditOutputs::Create(options);
//   Checker checker(&chain, checker_options, out->get());
//   ... scan every input into checker; checker.Flush() ...
//   Status s = (*out)->Finish(SummaryContext{as_of, chain.names(), chain.lookups()});
//
// The files are written under temporary names and renamed into place by
// Finish, so a DIR never holds a half-written output under a final name.
#ifndef PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_
#define PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_

#include <fstream>
#include <memory>
#include <string>

#include "checker/report/check_writer.h"
#include "checker/report/findings_csv.h"
#include "checker/report/summary.h"

namespace patmark {

struct AuditOptions {
  std::string out_dir;                    // created when missing
  std::string company_field = "company";  // the responsible company
  std::string product_field = "product";
};

class AuditOutputs : public CheckSink {
 public:
  // Creates the directory and opens the outputs. Errors name the path and
  // say what is wrong (not a directory, read-only, no space).
  static StatusOr<std::unique_ptr<AuditOutputs>> Create(const AuditOptions& options);

  Status Accept(const CheckedRecord& checked) override;
  // Writes summary.json and puts every file in place.
  Status Finish(const SummaryContext& context);

  const AuditSummary& summary() const { return summary_; }

 private:
  explicit AuditOutputs(const AuditOptions& options);
  std::string PathOf(const char* name) const;

  AuditOptions options_;
  std::ofstream jsonl_file_, csv_file_;
  CheckJsonlWriter jsonl_;
  FindingsCsvWriter csv_;
  AuditSummary summary_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_
