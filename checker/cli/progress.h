// ProgressLine: the audit's progress on a terminal, one line on stderr
// redrawn at most four times a second: records, MB read, rate, ETA, marks,
// distinct numbers looked up, and look-ups pending (numbers in the batch
// that waits for its look-ups). A ScanSink decorator in front of the Checker; prints nothing unless
// enabled (stderr is a terminal and --quiet is not given).
#ifndef PATMARK_CHECKER_CLI_PROGRESS_H_
#define PATMARK_CHECKER_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <ostream>

#include "checker/check/checker.h"
#include "checker/cli/record_errors.h"
#include "checker/status/status_source.h"

namespace patmark::cli {

class ProgressLine : public ScanSink {
 public:
  // `inputs` tells the bytes read of the current input; `total_bytes` is the
  // size of all inputs (0 when unknown, as for standard input: no ETA).
  ProgressLine(Checker* next, const RecordErrorReporter* inputs, const SourceChain* chain, uint64_t total_bytes,
               std::ostream& err);
  Status Accept(ScannedRecord&& scanned) override;
  // Erases the line.
  void Finish();

 private:
  void Draw();

  Checker* next_;
  const RecordErrorReporter* inputs_;
  const SourceChain* chain_;
  uint64_t total_bytes_;
  std::ostream& err_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  uint64_t records_ = 0, marks_ = 0;
  bool drawn_ = false;
};

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_PROGRESS_H_
