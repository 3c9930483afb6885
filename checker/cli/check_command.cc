// patmark check [INPUT...] | --text "...": the whole pipeline for each
// record (scan, legal status, rules), one JSONL line per record.
#include <iostream>

#include "checker/check/checker.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/record_errors.h"
#include "checker/report/check_writer.h"

namespace patmark::cli {
namespace {

// The one record of a spot check.
Record TextRecord(const std::string& text) {
  Record r;
  r.source = "--text";
  r.row = 1;
  r.line = 1;
  r.id = "1";
  r.fields.push_back(Field{"text", text});
  return r;
}

void PrintVerdictCounts(const Checker& checker) {
  std::cerr << "patmark: " << checker.records() << (checker.records() == 1 ? " record:" : " records:");
  const char* separator = " ";
  for (Verdict v : {Verdict::kViolation, Verdict::kWarning, Verdict::kUnknown, Verdict::kError, Verdict::kOk,
                    Verdict::kNoMarks}) {
    uint64_t n = checker.verdicts()[static_cast<size_t>(v)];
    if (n == 0) continue;
    std::cerr << separator << n << " " << VerdictName(v);
    separator = ", ";
  }
  std::cerr << "\n";
}

}  // namespace

int RunCheck(const CheckArgs& args) {
  StatusOr<ScanSetup> setup = PrepareScan(args.read);
  if (!setup.ok()) {
    std::cerr << "patmark: " << setup.status().message() << "\n";
    return kExitUsage;
  }
  StatusOr<SourceChain> chain = BuildSources(args.sources);
  if (!chain.ok()) {
    std::cerr << "patmark: " << chain.status().message() << "\n";
    return kExitUsage;
  }
  CheckerOptions options;
  options.as_of = setup->as_of;
  options.language = ParseLanguage(args.language).value_or(Language::kZh);
  RecordScanner scanner(*setup->extractor, setup->scan_options);
  CheckJsonlWriter writer(std::cout);
  Checker checker(&*chain, options, &writer);
  RecordErrorReporter reporter(&checker, std::cerr);

  int exit_code = kExitOk;
  if (!args.text.empty()) {
    ScannedRecord scanned;
    scanner.Scan(TextRecord(args.text), &scanned);
    (void)reporter.Accept(scanned);  // a write failure shows in Flush
  } else {
    exit_code = ScanInputs(args.read, *setup, scanner, reporter);
  }
  Status flushed = checker.Flush();
  std::cout.flush();
  reporter.PrintSummary();
  for (const std::string& f : chain->failures()) std::cerr << "patmark: source failed: " << f << "\n";
  if (!flushed.ok() || reporter.output_closed()) return exit_code;
  PrintVerdictCounts(checker);
  if (exit_code != kExitOk) return exit_code;
  if (args.strict && !chain->failures().empty()) return kExitSourceFailed;
  return checker.verdicts()[static_cast<size_t>(Verdict::kViolation)] > 0 ? kExitViolation : kExitOk;
}

}  // namespace patmark::cli
