// AuditOutputs writes the files of `patmark audit --out DIR`: findings.jsonl
// (the `check` line of every record, in input order), findings.csv (a row
// per mark), summary.json (the counts) and report.html (the page for people,
// see checker/report/html_report.h). It is the CheckSink at the end of
// the audit pipeline: reader → scanner → Checker → AuditOutputs.
//
//   StatusOr<std::unique_ptr<AuditOutputs>> out = AuditOutputs::Create(options);
//   ... skip (*out)->records_done() records, when resuming ...
//   Checker checker(&chain, checker_options, out->get());
//   ... scan every input into checker; checker.Flush() ...
//   Status s = (*out)->Finish(SummaryContext{as_of, chain.names()});
//
// The files are written under temporary names (".partial") and renamed into
// place by Finish, so a DIR never holds a half-written output under a final
// name. Every kCheckpointRecords records, and on Checkpoint(), the state of
// the run goes to DIR/checkpoint.json: how many records are done, how long
// each partial file is, and the summary's counts. Create with `resume` cuts
// the partial files back to those lengths and goes on from there, so that a
// run killed at any moment and resumed writes the same bytes as one that
// was never interrupted.
#ifndef PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_
#define PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_

#include <array>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>

#include "checker/report/check_writer.h"
#include "checker/report/findings_csv.h"
#include "checker/report/html_report.h"
#include "checker/report/summary.h"

namespace patmark {

struct AuditOptions {
  std::string out_dir;                    // created when missing
  std::string company_field = "company";  // the responsible company
  std::string product_field = "product";
  Language language = Language::kZh;      // of the report's headings
  // Says what the run reads and how (inputs with their sizes and times,
  // options); a checkpoint made under another fingerprint is not resumed.
  std::string fingerprint;
  bool resume = false;  // go on from DIR/checkpoint.json when there is one
  uint64_t checkpoint_records = 65536;
};

class AuditOutputs : public CheckSink {
 public:
  // Creates the directory and opens the outputs, or, resuming, reopens them
  // where the checkpoint left them. Errors name the path and say what is
  // wrong (not a directory, read-only, no space, a checkpoint of another run).
  static StatusOr<std::unique_ptr<AuditOutputs>> Create(const AuditOptions& options);

  Status Accept(const CheckedRecord& checked) override;
  // Saves the state of the run now (on an interruption, for example).
  Status Checkpoint();
  // Writes summary.json, puts every file in place and drops the checkpoint.
  Status Finish(const SummaryContext& context);

  // Records already in the outputs when a resumed run starts: the ones to skip.
  uint64_t records_done() const { return summary_.records(); }
  bool resumed() const { return resumed_; }
  const AuditSummary& summary() const { return summary_; }

 private:
  explicit AuditOutputs(const AuditOptions& options);
  struct StreamedFile {
    const char* name;  // final name in DIR
    std::ofstream* file;
  };
  // The files written record by record, whose lengths a checkpoint keeps.
  std::array<StreamedFile, 3> Streamed();
  std::string PathOf(const std::string& name) const;
  Status Resume();
  Status Open(bool append);
  Status WriteReport(const std::string& summary_json);

  AuditOptions options_;
  std::ofstream jsonl_file_, csv_file_, problems_file_;
  CheckJsonlWriter jsonl_;
  FindingsCsvWriter csv_;
  ProblemRowsWriter problems_;
  AuditSummary summary_;
  bool resumed_ = false;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_AUDIT_AUDIT_OUTPUTS_H_
