// Checker: the whole judgement of scanned records, the step between the
// scanner and the printers of `patmark check` and `patmark audit`: it looks
// up the legal status of every number through a SourceChain, applies the
// rules as of the inspection date, and hands each record with its findings
// and verdict on, in input order.
//
//   Checker checker(&chain, CheckerOptions{.as_of = as_of}, &writer);
//   scanner.Run(*reader, checker);   // Checker is a ScanSink
//   Status s = checker.Flush();      // the last batch
//
// Records are held in batches (CheckerOptions::batch_records) so that the
// numbers of a batch are looked up together; a record with no marks met
// while no batch is open goes straight through. Memory is one batch plus
// the chain's distinct numbers, whatever the catalog's size.
#ifndef PATMARK_CHECKER_CHECK_CHECKER_H_
#define PATMARK_CHECKER_CHECK_CHECKER_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/rules/rules.h"
#include "checker/status/status_source.h"
#include "parsers/scan/scanned_record.h"

namespace patmark {

struct CheckedMark {
  LegalStatus status;  // as of the inspection date; kUnknown for marks without a number
  std::vector<Finding> findings;
  Verdict verdict = Verdict::kUnknown;
};

struct CheckedRecord {
  ScannedRecord scanned;
  std::vector<CheckedMark> marks;  // marks[i] judges scanned.marks[i]
  Verdict verdict = Verdict::kNoMarks;
};

// Receives checked records in input order (the printers implement it).
class CheckSink {
 public:
  virtual ~CheckSink() = default;
  // A non-OK status stops the run (for example, the output is closed).
  virtual Status Accept(const CheckedRecord& checked) = 0;
};

struct CheckerOptions {
  Date as_of;                                   // REQUIRES: set; the inspection date
  Language language = Language::kZh;            // of findings
  std::string production_date_field = "production_date";
  size_t batch_records = 4096;
};

class Checker : public ScanSink {
 public:
  // `sources` and `out` must outlive the checker.
  Checker(SourceChain* sources, CheckerOptions options, CheckSink* out);

  Status Accept(ScannedRecord&& scanned) override;
  // Judges and passes on the records still held. Call once at the end.
  Status Flush();

  // Records passed on so far, by verdict (indexed by Verdict).
  const std::array<uint64_t, 6>& verdicts() const { return verdicts_; }
  // Numbers in the open batch, waiting for their look-up at the next Flush.
  size_t pending_lookups() const { return pending_lookups_; }

 private:
  Status Emit(const CheckedRecord& checked);

  SourceChain* sources_;
  CheckerOptions options_;
  CheckSink* out_;
  std::vector<CheckedRecord> batch_;
  CheckedRecord pass_through_;  // a record without marks, reused to spare allocations
  std::array<uint64_t, 6> verdicts_{};
  size_t pending_lookups_ = 0;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_CHECK_CHECKER_H_
