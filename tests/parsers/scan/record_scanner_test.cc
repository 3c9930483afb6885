// The scan of whole records: spans are byte offsets into the original field,
// whatever the encoding or width of the input.
#include "parsers/scan/record_scanner.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <thread>

#include "tests/parsers/records/read_all.h"

namespace patmark {
namespace {

class RecordScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto e = MarkExtractor::Create();
    ASSERT_TRUE(e.ok());
    extractor_ = std::move(*e);
    options_.as_of = Date(2026, 11, 25);
  }

  std::vector<ScannedRecord> ScanCsv(const std::string& csv) {
    std::vector<ScannedRecord> out;
    RecordScanner scanner(*extractor_, options_);
    for (Record& r : testing::ReadAll(csv, testing::WithFormat(Format::kCsv))) {
      ScannedRecord s;
      scanner.Scan(std::move(r), &s);
      out.push_back(std::move(s));
    }
    return out;
  }

  std::unique_ptr<MarkExtractor> extractor_;
  ScanOptions options_;
};

TEST_F(RecordScannerTest, SpansSliceTheOriginalBytes) {
  const std::string box = "盒装 专利号：ＺＬ　２０１４　１　００２６１９２．３ 正品";
  auto scanned = ScanCsv("id,box\n17," + box + "\n");
  ASSERT_EQ(scanned.size(), 1u);
  ASSERT_EQ(scanned[0].marks.size(), 1u);
  const ScannedMark& m = scanned[0].marks[0];
  EXPECT_EQ(m.field, "box");
  EXPECT_EQ(box.substr(m.span.begin, m.span.size()), "专利号：ＺＬ　２０１４　１　００２６１９２．３");
  EXPECT_EQ(m.raw, box.substr(m.span.begin, m.span.size()));
  EXPECT_EQ(m.number.canonical, "CN201410026192.3");
}

TEST_F(RecordScannerTest, Gb18030OffsetsAreIntoTheUtf8Text) {
  // "专利号：ZL 2014 1 0026192.3" in GB18030: 专利号 (6 bytes), full-width colon (2).
  const std::string gb = "\xD7\xA8\xC0\xFB\xBA\xC5\xA3\xBAZL 2014 1 0026192.3";
  auto scanned = ScanCsv("id,box\n1," + gb + "\n");
  ASSERT_EQ(scanned[0].marks.size(), 1u);
  const ScannedMark& m = scanned[0].marks[0];
  EXPECT_EQ(m.span, (Span{0, 31}));  // 9 + 3 UTF-8 bytes of label, 19 of number
  EXPECT_EQ(m.raw, "专利号：ZL 2014 1 0026192.3");
}

TEST_F(RecordScannerTest, MarkWordingProblems) {
  struct Case {
    const char* box;
    const char* codes;
  };
  const Case cases[] = {
      {"发明专利号：ZL 2014 1 0026192.3", ""},
      {"专利号：ZL 2014 1 0026192.3", "type_words_missing"},
      {"实用新型专利号：ZL 2014 1 0026192.3", "type_mismatch"},
      {"发明专利申请号：202410040777.4", "pending_wording_missing"},
      {"发明专利申请号：202410040777.4（专利申请，尚未授权）", ""},
      {"发明专利号：CN116455754A", "application_as_patent"},
      {"发明专利申请号：ZL202410040777.4（专利申请，尚未授权）", "pending_with_grant_number"},
      {"发明专利：ZL2013106997442", "check_dot_missing"},
      {"发明专利：ZL202110377287.x", "lowercase_check_x"},
  };
  for (const Case& c : cases) {
    auto scanned = ScanCsv(std::string("id,box\n1,\"") + c.box + "\"\n");
    ASSERT_EQ(scanned[0].marks.size(), 1u) << c.box;
    std::string codes;
    for (const Problem& p : scanned[0].marks[0].marking_problems) codes += (codes.empty() ? "" : ",") + p.code;
    EXPECT_EQ(codes, c.codes) << c.box;
  }
}

TEST_F(RecordScannerTest, TextFieldsLimitWhatIsScanned) {
  options_.text_fields = {"box"};
  auto scanned = ScanCsv("id,box,notes\n1,无,专利号：ZL 2014 1 0026192.3\n");
  EXPECT_TRUE(scanned[0].marks.empty());
}

// Collects what Run hands over, and can refuse after `limit` records (a
// closed output), to check that the workers wind down cleanly.
class CollectingSink : public ScanSink {
 public:
  explicit CollectingSink(size_t limit = SIZE_MAX) : limit_(limit) {}
  Status Accept(ScannedRecord&& scanned) override {
    if (ids.size() == limit_) return UnavailableError("output closed");
    ids.push_back(scanned.record.id);
    thread_ids.insert(std::this_thread::get_id());
    std::string marks;
    for (const ScannedMark& m : scanned.marks) marks += m.number.canonical + ";";
    canonicals.push_back(marks);
    return OkStatus();
  }
  std::vector<std::string> ids, canonicals;
  std::set<std::thread::id> thread_ids;

 private:
  size_t limit_;
};

// 2,000 records, every seventh marked, every 97th ragged: many chunks.
std::string ManyRecordsCsv() {
  std::string csv = "id,box\n";
  for (int i = 1; i <= 2000; ++i) {
    csv += "r" + std::to_string(i) + ",";
    if (i % 97 == 0) csv += "x,y";
    else if (i % 7 == 0) csv += "专利号：ZL 2014 1 0026192.3 批号" + std::to_string(i);
    else csv += "批号" + std::to_string(i) + " 请按说明书使用";
    csv += "\n";
  }
  return csv;
}

TEST_F(RecordScannerTest, ParallelRunKeepsInputOrderOnTheCallingThread) {
  options_.chunk_bytes = 2048;  // about 70 records a chunk
  RecordScanner scanner(*extractor_, options_);
  std::vector<CollectingSink> sinks(2);
  for (unsigned jobs : {1u, 3u}) {
    std::istringstream in(ManyRecordsCsv());
    auto reader = NewRecordReader(in, "many.csv", testing::WithFormat(Format::kCsv, 4096));
    ASSERT_TRUE(reader.ok());
    CollectingSink& sink = sinks[jobs == 1 ? 0 : 1];
    ASSERT_TRUE(scanner.Run(**reader, sink, jobs).ok());
    ASSERT_EQ(sink.ids.size(), 2000u) << jobs << " jobs";
    EXPECT_EQ(sink.ids.front(), "r1");
    EXPECT_EQ(sink.ids.back(), "r2000");
    EXPECT_EQ(sink.thread_ids, std::set<std::thread::id>{std::this_thread::get_id()});
  }
  EXPECT_EQ(sinks[0].ids, sinks[1].ids);
  EXPECT_EQ(sinks[0].canonicals, sinks[1].canonicals);
  EXPECT_EQ(sinks[1].canonicals[6], "CN201410026192.3;");  // r7
}

TEST_F(RecordScannerTest, ParallelRunStopsWhenTheSinkRefuses) {
  options_.chunk_bytes = 2048;
  RecordScanner scanner(*extractor_, options_);
  std::istringstream in(ManyRecordsCsv());
  auto reader = NewRecordReader(in, "many.csv", testing::WithFormat(Format::kCsv, 4096));
  ASSERT_TRUE(reader.ok());
  CollectingSink sink(/*limit=*/300);
  Status s = scanner.Run(**reader, sink, 2);
  EXPECT_EQ(s.code(), StatusCode::kUnavailable);
  EXPECT_EQ(sink.ids.size(), 300u);
  EXPECT_EQ(sink.ids.back(), "r300");
}

}  // namespace
}  // namespace patmark
