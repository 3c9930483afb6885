// The inspector's spot check end to end inside the process, against a
// register of 100,000 rows in SQLite: scan one box text, look its number up,
// apply the rules, print the JSON line. Each iteration asks a number of the
// register that a fresh source chain has not seen, so no answer is reused.
// Run: build/bin/patmark_benchmarks --benchmark_filter=Check
#include <benchmark/benchmark.h>

#include <cstdio>
#include <sstream>

#include "checker/check/checker.h"
#include "checker/report/check_writer.h"
#include "checker/sources/register.h"
#include "parsers/scan/record_scanner.h"

namespace patmark {
namespace {

constexpr int kRegisterRows = 100000;

// "2015 1 0000001" → "201510000001.C": the serials the register holds.
std::string CnNumber(int serial) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "20151%07d", serial);
  int sum = 0;
  for (int i = 0; digits[i] != '\0'; ++i) sum += (digits[i] - '0') * (2 + i % 8);
  int r = sum % 11;
  return std::string(digits) + "." + (r == 10 ? 'X' : static_cast<char>('0' + r));
}

// A register file of kRegisterRows rows, built once per process.
const std::string& RegisterPath() {
  static const std::string path = [] {
    std::string p = "/tmp/patmark-bench-register-" + std::to_string(kRegisterRows) + ".db";
    std::remove(p.c_str());
    std::ostringstream csv;
    csv << "number,state,patent_type,filing_date,grant_date,expiry_date,termination_date\n";
    for (int i = 1; i <= kRegisterRows; ++i) {
      bool lapsed = i % 10 == 0;
      csv << "ZL" << CnNumber(i) << (lapsed ? ",lapsed" : ",in_force")
          << ",invention,2015-03-02,2018-06-05,2035-03-01," << (lapsed ? "2021-03-02" : "") << "\n";
    }
    std::istringstream in(csv.str());
    ReaderOptions options;
    options.format = Format::kCsv;
    auto reader = NewRecordReader(in, "bench-register.csv", options);
    auto reg = Register::Open(p, Register::kCreate);
    auto report = (*reg)->Import(**reader, ImportOptions{Date(2026, 11, 25)});
    if (!report.ok() || report->imported != kRegisterRows) std::abort();
    return p;
  }();
  return path;
}

// Lends a source to a fresh chain for each iteration.
class BorrowedSource : public StatusSource {
 public:
  explicit BorrowedSource(StatusSource* source) : source_(source) {}
  std::string_view name() const override { return source_->name(); }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override {
    return source_->Lookup(numbers, out);
  }

 private:
  StatusSource* source_;
};

void BM_CheckSpotWithRegister(benchmark::State& state) {
  auto extractor = MarkExtractor::Create();
  ScanOptions scan_options;
  scan_options.as_of = Date(2026, 11, 25);
  RecordScanner scanner(**extractor, scan_options);
  auto reg = Register::Open(RegisterPath(), Register::kReadOnly);
  if (!reg.ok()) std::abort();
  std::unique_ptr<StatusSource> source = NewRegisterSource(std::move(*reg), {"CN"});
  std::ostringstream out;
  CheckJsonlWriter writer(out);
  CheckerOptions options;
  options.as_of = scan_options.as_of;
  int serial = 0;
  for (auto _ : state) {
    serial = serial % kRegisterRows + 1;
    SourceChain chain;
    chain.Add(std::make_unique<BorrowedSource>(source.get()));
    Checker checker(&chain, options, &writer);
    Record r;
    r.fields.push_back(Field{"text", "一次性使用输液器 中国发明专利 专利号：ZL" + CnNumber(serial) + " 仿冒必究"});
    ScannedRecord scanned;
    scanner.Scan(std::move(r), &scanned);
    (void)checker.Accept(std::move(scanned));
    (void)checker.Flush();
    out.str("");
  }
  state.counters["register_rows"] = kRegisterRows;
}
BENCHMARK(BM_CheckSpotWithRegister)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace patmark
