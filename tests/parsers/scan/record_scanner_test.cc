// The scan of whole records: spans are byte offsets into the original field,
// whatever the encoding or width of the input.
#include "parsers/scan/record_scanner.h"

#include <gtest/gtest.h>

#include <sstream>

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

}  // namespace
}  // namespace patmark
