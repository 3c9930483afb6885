// patmark extract [INPUT...]: marks only, one JSONL line per record.
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/record_errors.h"
#include "checker/report/extract_writer.h"

namespace patmark::cli {

int RunExtract(const ReadArgs& args) {
  StatusOr<ScanSetup> setup = PrepareScan(args);
  if (!setup.ok()) {
    std::cerr << "patmark: " << setup.status().message() << "\n";
    return kExitUsage;
  }
  RecordScanner scanner(*setup->extractor, setup->scan_options);
  ExtractJsonlWriter writer(std::cout);
  RecordErrorReporter reporter(&writer, std::cerr);
  int exit_code = ScanInputs(args, *setup, scanner, reporter);
  std::cout.flush();
  reporter.PrintSummary();
  return exit_code;
}

}  // namespace patmark::cli
