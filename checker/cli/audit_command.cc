// patmark audit INPUT... --out DIR: the bulk audit, its outputs in DIR.
#include <unistd.h>

#include <iostream>

#include "checker/audit/audit_outputs.h"
#include "checker/cli/check_run.h"
#include "checker/cli/exit_codes.h"

namespace patmark::cli {

int RunAudit(const AuditArgs& args) {
  StatusOr<std::unique_ptr<CheckRun>> run = CheckRun::Prepare(args.read, args.sources, args.language);
  if (!run.ok()) {
    std::cerr << "patmark: " << run.status().message() << "\n";
    return kExitUsage;
  }
  AuditOptions options;
  options.out_dir = args.out_dir;
  options.company_field = args.company_field;
  StatusOr<std::unique_ptr<AuditOutputs>> outputs = AuditOutputs::Create(options);
  if (!outputs.ok()) {
    std::cerr << "patmark: " << outputs.status().message() << "\n";
    return kExitUsage;
  }
  bool progress = !args.quiet && isatty(STDERR_FILENO);
  int read_exit = (*run)->Run(args.read, /*text=*/"", progress, outputs->get());
  const SourceChain& chain = (*run)->chain();
  Status finished = (*outputs)->Finish(SummaryContext{(*run)->as_of(), chain.names(), chain.lookups()});
  if (!finished.ok() || (*run)->output_failed()) {
    std::cerr << "patmark: " << (finished.ok() ? args.out_dir + ": cannot write the outputs" : finished.message())
              << "\n";
    return kExitUsage;
  }
  if (!args.quiet) std::cerr << "patmark: wrote findings.jsonl, findings.csv, summary.json in " << args.out_dir << "\n";
  return (*run)->ExitCode(read_exit, args.strict);
}

}  // namespace patmark::cli
