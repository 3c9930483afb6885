#include <gtest/gtest.h>

#include "tests/parsers/records/read_all.h"

namespace patmark {
namespace {

using testing::FieldText;
using testing::ReadAll;
using testing::WithFormat;

// Small chunks force records to straddle buffer refills.
class CsvReaderTest : public ::testing::TestWithParam<size_t> {
 protected:
  std::vector<Record> Read(const std::string& csv) { return ReadAll(csv, WithFormat(Format::kCsv, GetParam())); }
};

TEST_P(CsvReaderTest, QuotedFieldsWithCommasQuotesAndNewlines) {
  auto records = Read("id,box\r\n17,\"专利号：ZL 2014 1 0026192.3, \"\"正品\"\"\nline two\"\r\n18,plain\r\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].id, "17");
  EXPECT_EQ(FieldText(records[0], "box"), "专利号：ZL 2014 1 0026192.3, \"正品\"\nline two");
  EXPECT_TRUE(records[0].errors.empty());
  EXPECT_EQ(records[1].id, "18");
  EXPECT_EQ(records[1].line, 4u);  // the quoted newline moved it down a line
}

TEST_P(CsvReaderTest, IdFallsBackToRowNumber) {
  auto records = Read("product,box\nA,x\n\nB,y\n");
  ASSERT_EQ(records.size(), 2u);  // the blank line is no record
  EXPECT_EQ(records[0].id, "1");
  EXPECT_EQ(records[1].id, "2");
  EXPECT_EQ(records[1].line, 4u);
}

TEST_P(CsvReaderTest, SkipsUtf8BomAndHandlesCrOnlyLines) {
  auto records = Read("\xEF\xBB\xBFid,box\r1,a\r2,b");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_NE(records[0].Find("id"), nullptr);
  EXPECT_EQ(FieldText(records[1], "box"), "b");
}

TEST_P(CsvReaderTest, RaggedRowsKeepTheirFieldsAndSayWhy) {
  auto records = Read("id,a,b\n1,x\n2,x,y,z\n");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_EQ(records[0].errors.size(), 1u);
  EXPECT_EQ(records[0].errors[0].code, "ragged_row");
  EXPECT_EQ(records[0].errors[0].message, "the row has 2 fields but the header has 3");
  EXPECT_EQ(FieldText(records[1], "column_4"), "z");
}

TEST_P(CsvReaderTest, UnclosedQuoteAtEndOfFileKeepsEveryLine) {
  auto records = Read("id,box\n1,ok\n2,\"never closed\n3,after\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].id, "2");
  ASSERT_FALSE(records[1].errors.empty());
  EXPECT_EQ(records[1].errors[0].code, "unclosed_quote");
  EXPECT_EQ(FieldText(records[1], "box"), "\"never closed");
  EXPECT_EQ(records[2].id, "3");  // recovered: the next line is its own record
}

TEST_P(CsvReaderTest, DuplicateAndEmptyHeaderNamesAreMadeUnique) {
  auto records = Read("box,box,\n1,2,3\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(FieldText(records[0], "box"), "1");
  EXPECT_EQ(FieldText(records[0], "box_2"), "2");
  EXPECT_EQ(FieldText(records[0], "column_3"), "3");
}

TEST_P(CsvReaderTest, EmptyFileAndHeaderOnlyGiveNoRecords) {
  EXPECT_TRUE(Read("").empty());
  EXPECT_TRUE(Read("id,box\n").empty());
}

TEST_P(CsvReaderTest, NulBytesAreReportedWithFieldAndOffset) {
  auto records = Read(std::string("id,box\n7,ab\0cd\n", 15));
  ASSERT_EQ(records.size(), 1u);
  ASSERT_EQ(records[0].errors.size(), 1u);
  EXPECT_EQ(records[0].errors[0].field, "box");
  EXPECT_NE(records[0].errors[0].message.find("NUL byte at byte offset 2"), std::string::npos);
  EXPECT_EQ(DescribeError(records[0], records[0].errors[0]).substr(0, 36), "test: record 7 (line 2), field \"box\"");
}

INSTANTIATE_TEST_SUITE_P(Chunks, CsvReaderTest, ::testing::Values(size_t{1} << 20, 7, 1));

TEST(CsvReader, TenMegabyteFieldIsReadWhole) {
  std::string big(10 << 20, 'x');
  auto records = ReadAll("id,box\n1,\"" + big + "\"\n2,y\n", WithFormat(Format::kCsv, 1 << 16));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(FieldText(records[0], "box").size(), big.size());
}

TEST(CsvReader, OverlongRecordIsCutAndReadingGoesOn) {
  ReaderOptions options = WithFormat(Format::kCsv, 64);
  options.max_record_bytes = 256;
  std::string input = "id,box\n1,\"open\n" + std::string(1000, 'y') + "\n2,fine\n";
  auto records = ReadAll(input, options);
  ASSERT_GE(records.size(), 2u);
  EXPECT_EQ(records[0].errors[0].code, "unclosed_quote");
  EXPECT_EQ(records.back().id, "2");
}

TEST(CsvReader, BinaryGarbageNeverCrashesAndEveryRowSaysWhy) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  auto records = ReadAll("id,box\n" + garbage, WithFormat(Format::kCsv, 100));
  ASSERT_FALSE(records.empty());
  size_t with_errors = 0;
  for (const Record& r : records) with_errors += !r.errors.empty();
  EXPECT_GT(with_errors, 0u);
}

}  // namespace
}  // namespace patmark
