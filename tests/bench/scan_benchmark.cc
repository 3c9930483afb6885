// Throughput of the scan pipeline pieces. Run: build/bin/patmark_benchmarks
// (tools/bench prints whole-process figures for large catalogs).
#include <benchmark/benchmark.h>

#include <sstream>

#include "parsers/normalize/normalizer.h"
#include "parsers/records/record_reader.h"
#include "parsers/scan/record_scanner.h"

namespace patmark {
namespace {

const char* kBoxTexts[] = {
    "复方丹参片 0.32g×60片 批号20240315 有效期至2026-03 国药准字Z44020211 请按说明书使用",
    "医用外科口罩 无菌型 10只/袋 粤械注准20192140123 生产日期见包装 执行标准YY 0469-2011",
    "本产品已获国家发明专利，专利号：ZL 2014 1 0026192.3 仿冒必究",
    "一次性使用输液器 带针 实用新型专利号：ZL201620161392.4 外观设计专利号：ZL 2019 3 0267772.5",
    "电子血压计 型号 BP-100 外包装 全宽：专利号：ＺＬ　２０１４　１　００２６１９２．３",
};

std::string Catalog(int rows) {
  std::string csv = "id,company,box\n";
  for (int i = 0; i < rows; ++i) {
    csv += std::to_string(i + 1) + ",某某医药有限公司,\"" + kBoxTexts[i % 5] + "\"\n";
  }
  return csv;
}

void BM_ReadCsv(benchmark::State& state) {
  std::string csv = Catalog(5000);
  for (auto _ : state) {
    std::istringstream in(csv);
    ReaderOptions o;
    auto reader = NewRecordReader(in, "bench", o);
    Record r;
    size_t n = 0;
    while (*(*reader)->Next(&r)) ++n;
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_ReadCsv);

void BM_Normalize(benchmark::State& state) {
  NormalizedText n;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const char* t : kBoxTexts) {
      Normalize(t, &n);
      bytes += std::string_view(t).size();
    }
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Normalize);

void BM_ScanCatalog(benchmark::State& state) {
  std::string csv = Catalog(5000);
  auto extractor = MarkExtractor::Create();
  ScanOptions options;
  options.as_of = Date(2026, 11, 25);
  RecordScanner scanner(**extractor, options);
  struct Count : ScanSink {
    size_t marks = 0;
    Status Accept(ScannedRecord&& s) override { marks += s.marks.size(); return OkStatus(); }
  } sink;
  for (auto _ : state) {
    std::istringstream in(csv);
    auto reader = NewRecordReader(in, "bench", ReaderOptions());
    (void)scanner.Run(**reader, sink);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_ScanCatalog);

// Extraction alone over normalized text: arg 1 = every text marked, 0 = none.
void BM_ExtractNormalized(benchmark::State& state) {
  auto extractor = MarkExtractor::Create();
  std::vector<NormalizedText> texts;
  size_t bytes = 0;
  for (int i = 0; i < 5; ++i) {
    bool marked = i >= 2;
    if (marked != (state.range(0) == 1)) continue;
    texts.emplace_back();
    Normalize(kBoxTexts[i], &texts.back());
    bytes += texts.back().text.size();
  }
  std::vector<ExtractedMark> marks;
  size_t total = 0;
  for (auto _ : state) {
    for (const NormalizedText& t : texts) {
      marks.clear();
      (*extractor)->Extract(t.text, &marks);
      total += bytes / texts.size();
    }
    benchmark::DoNotOptimize(marks.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(total));
}
BENCHMARK(BM_ExtractNormalized)->Arg(0)->Arg(1);

// The inspector's spot check: one box text, normalized, extracted, checked.
void BM_SpotCheckOneText(benchmark::State& state) {
  auto extractor = MarkExtractor::Create();
  ScanOptions options;
  options.as_of = Date(2026, 11, 25);
  RecordScanner scanner(**extractor, options);
  for (auto _ : state) {
    Record r;
    r.fields.push_back(Field{"text", kBoxTexts[3]});
    ScannedRecord s;
    scanner.Scan(std::move(r), &s);
    benchmark::DoNotOptimize(s.marks.size());
  }
}
BENCHMARK(BM_SpotCheckOneText);

}  // namespace
}  // namespace patmark

BENCHMARK_MAIN();
