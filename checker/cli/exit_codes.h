// The exit codes of design.md §3, in one place.
#ifndef PATMARK_CHECKER_CLI_EXIT_CODES_H_
#define PATMARK_CHECKER_CLI_EXIT_CODES_H_

namespace patmark::cli {

enum ExitCode : int {
  kExitOk = 0,           // no violation found
  kExitViolation = 1,    // at least one violation found
  kExitUsage = 2,        // bad usage or unreadable input
  kExitSourceFailed = 3, // a remote source failed so that some statuses are unknown (--strict)
  kExitInterrupted = 130, // stopped by Ctrl-C or SIGTERM; an audit can go on with --resume
};

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_EXIT_CODES_H_
