#include "parsers/records/encoding.h"

#include <gtest/gtest.h>

#include "tests/parsers/records/read_all.h"

namespace patmark {
namespace {

// "专利号" in GB18030.
const std::string kGbPatentNo = "\xD7\xA8\xC0\xFB\xBA\xC5";

TEST(TextDecoder, DetectsGb18030AndConverts) {
  TextDecoder d(Encoding::kAuto);
  d.Detect("id,box\n1," + kGbPatentNo + "ZL201410026192.3\n");
  EXPECT_EQ(d.encoding(), Encoding::kGb18030);
  std::string out;
  EXPECT_FALSE(d.Decode(kGbPatentNo, &out).has_value());
  EXPECT_EQ(out, "专利号");
}

TEST(TextDecoder, AsciiSampleDecidesNothingUntilTextDoes) {
  TextDecoder d(Encoding::kAuto);
  d.Detect("id,box\n1,plain\n");
  EXPECT_EQ(d.encoding(), Encoding::kAuto);
  std::string out;
  EXPECT_FALSE(d.Decode("专利号", &out).has_value());
  EXPECT_EQ(d.encoding(), Encoding::kUtf8);
}

TEST(TextDecoder, InvalidBytesReportedAndReplaced) {
  TextDecoder d(Encoding::kUtf8);
  std::string out;
  auto problem = d.Decode("ab\xFF" "cd", &out);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->offset, 2u);
  EXPECT_EQ(problem->detail, "invalid UTF-8 byte 0xFF");
  EXPECT_EQ(out, "ab\xEF\xBF\xBD" "cd");
}

TEST(TextDecoder, Gb18030NulAndBadBytes) {
  TextDecoder d(Encoding::kGb18030);
  std::string out;
  auto problem = d.Decode(std::string("a\0b", 3), &out);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->detail, "NUL byte");
  EXPECT_EQ(problem->offset, 1u);
  problem = d.Decode("x\xFF", &out);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->offset, 1u);
}

TEST(TextDecoder, EncodingNames) {
  EXPECT_EQ(*ParseEncodingName("GBK"), Encoding::kGb18030);
  EXPECT_EQ(*ParseEncodingName("UTF-8"), Encoding::kUtf8);
  EXPECT_FALSE(ParseEncodingName("latin1").ok());
}

TEST(Encoding, MixedFileKeepsEveryRecord) {
  // Detected as UTF-8 from the first row; the GB18030 row is reported.
  auto records = testing::ReadAll("id,box\n1,专利号\n2," + kGbPatentNo + "\n",
                                  testing::WithFormat(Format::kCsv));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].errors.empty());
  ASSERT_EQ(records[1].errors.size(), 1u);
  EXPECT_EQ(records[1].errors[0].code, "invalid_encoding");
  EXPECT_EQ(records[1].errors[0].field, "box");
}

}  // namespace
}  // namespace patmark
