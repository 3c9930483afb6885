// CheckRun: the pipeline shared by `patmark check` and `patmark audit`:
// inputs (or one --text) → scanner → record-problem reporter → stop on
// Ctrl-C → [progress line] → Checker → the command's CheckSink, and the exit code of
// design.md §3 from what it found.
//
//   StatusOr<std::unique_ptr<CheckRun>> run = CheckRun::Prepare(read, sources, "zh");
//   int read_exit = (*run)->Run(read, /*text=*/"", /*progress=*/false, &writer);
//   return (*run)->ExitCode(read_exit, strict);
#ifndef PATMARK_CHECKER_CLI_CHECK_RUN_H_
#define PATMARK_CHECKER_CLI_CHECK_RUN_H_

#include <memory>
#include <string>

#include "checker/check/checker.h"
#include "checker/cli/commands.h"
#include "checker/cli/record_errors.h"

namespace patmark::cli {

class CheckRun {
 public:
  // Errors name the bad option (date, encoding, register path).
  static StatusOr<std::unique_ptr<CheckRun>> Prepare(const ReadArgs& read, const SourceArgs& sources,
                                                     const std::string& language);

  // Checks every input of `read`, or `text` when not empty, into `out`.
  // Prints record problems, source failures and the verdict counts on
  // stderr; with `progress`, a progress line too. Returns kExitUsage when an
  // input could not be read, else kExitOk.
  int Run(const ReadArgs& read, const std::string& text, bool progress, CheckSink* out);

  // The exit code after Run: `read_exit` when not OK, then 3 with `strict`
  // when a source failed, then 1 when a record has a violation, else 0.
  int ExitCode(int read_exit, bool strict) const;

  // Records to read but not check: those an interrupted audit already wrote.
  void set_skip_records(uint64_t n) { setup_.skip_records = n; }
  // True when Ctrl-C or SIGTERM stopped Run (see interrupt.h).
  bool interrupted() const { return interrupted_; }

  const Date& as_of() const { return setup_.as_of; }
  const SourceChain& chain() const { return chain_; }
  // True when the output failed (a closed pipe, a full disk) and Run stopped.
  bool output_failed() const { return output_failed_; }

 private:
  CheckRun() = default;

  ScanSetup setup_;
  SourceChain chain_;
  CheckerOptions options_;
  std::array<uint64_t, 6> verdicts_{};
  bool output_failed_ = false;
  bool interrupted_ = false;
};

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_CHECK_RUN_H_
