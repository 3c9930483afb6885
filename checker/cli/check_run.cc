#include "checker/cli/check_run.h"

#include <filesystem>
#include <iostream>
#include <optional>

#include "checker/cli/exit_codes.h"
#include "checker/cli/interrupt.h"
#include "checker/cli/progress.h"
#include "parsers/base/status_macros.h"

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

uint64_t TotalBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& path : inputs) {
    if (path == "-") return 0;  // unknown: no ETA
    std::error_code ec;
    uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) return 0;
    total += size;
  }
  return total;
}

void PrintVerdictCounts(const std::array<uint64_t, 6>& verdicts) {
  uint64_t records = 0;
  for (uint64_t n : verdicts) records += n;
  std::cerr << "patmark: " << records << (records == 1 ? " record:" : " records:");
  const char* separator = " ";
  for (Verdict v : {Verdict::kViolation, Verdict::kWarning, Verdict::kUnknown, Verdict::kError, Verdict::kOk,
                    Verdict::kNoMarks}) {
    uint64_t n = verdicts[static_cast<size_t>(v)];
    if (n == 0) continue;
    std::cerr << separator << n << " " << VerdictName(v);
    separator = ", ";
  }
  std::cerr << "\n";
}

}  // namespace

StatusOr<std::unique_ptr<CheckRun>> CheckRun::Prepare(const ReadArgs& read, const SourceArgs& sources,
                                                      const std::string& language) {
  std::unique_ptr<CheckRun> run(new CheckRun());
  PATMARK_ASSIGN_OR_RETURN(run->setup_, PrepareScan(read));
  PATMARK_ASSIGN_OR_RETURN(run->chain_, BuildSources(sources));
  std::optional<Language> lang = ParseLanguage(language);
  if (!lang) return InvalidArgumentError("--lang " + language + ": expected zh or en");
  run->options_.as_of = run->setup_.as_of;
  run->options_.language = *lang;
  return run;
}

int CheckRun::Run(const ReadArgs& read, const std::string& text, bool progress, CheckSink* out) {
  RecordScanner scanner(*setup_.extractor, setup_.scan_options);
  Checker checker(&chain_, options_, out);
  StopWhenInterrupted stop(&checker);
  RecordErrorReporter reporter(&stop, std::cerr);
  std::optional<ProgressLine> line;
  if (progress) {
    line.emplace(&checker, &reporter, &chain_, TotalBytes(read.inputs), std::cerr);
    stop = StopWhenInterrupted(&*line);
  }
  int exit_code = kExitOk;
  if (!text.empty()) {
    ScannedRecord scanned;
    scanner.Scan(TextRecord(text), &scanned);
    (void)reporter.Accept(std::move(scanned));  // a write failure shows in Flush
  } else {
    exit_code = ScanInputs(read, setup_, scanner, reporter);
  }
  Status flushed = checker.Flush();
  if (line) line->Finish();
  reporter.PrintSummary();
  for (const std::string& f : chain_.failures()) std::cerr << "patmark: source failed: " << f << "\n";
  interrupted_ = Interrupted();
  output_failed_ = !flushed.ok() || (reporter.output_closed() && !interrupted_);
  verdicts_ = checker.verdicts();
  if (!output_failed_) PrintVerdictCounts(verdicts_);
  return exit_code;
}

int CheckRun::ExitCode(int read_exit, bool strict) const {
  if (read_exit != kExitOk) return read_exit;
  if (strict && !chain_.failures().empty()) return kExitSourceFailed;
  return verdicts_[static_cast<size_t>(Verdict::kViolation)] > 0 ? kExitViolation : kExitOk;
}

}  // namespace patmark::cli
