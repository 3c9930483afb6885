// patmark check [INPUT...] | --text "...": the whole pipeline for each
// record (scan, legal status, rules), one JSONL line per record on stdout.
#include <iostream>

#include "checker/cli/check_run.h"
#include "checker/cli/exit_codes.h"
#include "checker/report/brief_writer.h"
#include "checker/report/check_writer.h"

namespace patmark::cli {

int RunCheck(const CheckArgs& args) {
  StatusOr<std::unique_ptr<CheckRun>> run = CheckRun::Prepare(args.read, args.sources, args.language);
  if (!run.ok()) {
    std::cerr << "patmark: " << run.status().message() << "\n";
    return kExitUsage;
  }
  CheckJsonlWriter jsonl(std::cout);
  BriefWriter brief(std::cout, ParseLanguage(args.language).value_or(Language::kZh));
  CheckSink* writer = args.brief ? static_cast<CheckSink*>(&brief) : &jsonl;
  int read_exit = (*run)->Run(args.read, args.text, /*progress=*/false, writer);
  std::cout.flush();
  if ((*run)->output_failed()) return read_exit;  // e.g. `| head`: not an error
  return (*run)->ExitCode(read_exit, args.strict);
}

}  // namespace patmark::cli
