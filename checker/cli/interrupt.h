// Interruption of a long run (Ctrl-C, SIGTERM): the first signal asks the
// run to stop at the next record, so that what is done can be flushed and
// checkpointed; a second one ends the process at once, as usual.
//
//   StopOnInterrupt();                      // once, before the run
//   StopWhenInterrupted stop(&next);        // a ScanSink in the pipeline
//   ... if (Interrupted()) { checkpoint; return kExitInterrupted; }
#ifndef PATMARK_CHECKER_CLI_INTERRUPT_H_
#define PATMARK_CHECKER_CLI_INTERRUPT_H_

#include "parsers/scan/scanned_record.h"

namespace patmark::cli {

// Installs the SIGINT and SIGTERM handlers.
void StopOnInterrupt();
// True once a signal asked the run to stop.
bool Interrupted();

// Passes records on until Interrupted(), then refuses them, which stops the
// scan as a closed output would.
class StopWhenInterrupted : public ScanSink {
 public:
  explicit StopWhenInterrupted(ScanSink* next) : next_(next) {}
  Status Accept(ScannedRecord&& scanned) override;

 private:
  ScanSink* next_;
};

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_INTERRUPT_H_
