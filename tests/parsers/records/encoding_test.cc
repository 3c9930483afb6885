#include "parsers/records/encoding.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <random>

#include "tests/parsers/records/read_all.h"

namespace patmark {
namespace {

// "专利号" in GB18030.
const std::string kGbPatentNo = "\xD7\xA8\xC0\xFB\xBA\xC5";

// The reference: utf8proc's own reading, one character at a time.
size_t ReferencePrefix(std::string_view bytes) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  size_t i = 0;
  while (i < bytes.size()) {
    if (p[i] == 0) return i;
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return bytes.size();
}

TEST(ValidUtf8Prefix, AgreesWithUtf8procOnEverySequenceOfUpToThreeBytes) {
  // Each sequence sits after eight ASCII bytes (the word-at-a-time path) and
  // before one, so both the fast and the per-byte paths meet it.
  size_t disagreements = 0;
  std::string text = "box text";
  for (uint32_t v = 0; v < (1u << 24); ++v) {
    const int length = v < (1u << 8) ? 1 : v < (1u << 16) ? 2 : 3;
    text.resize(8);
    for (int k = length - 1; k >= 0; --k) text.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
    text.push_back('z');
    if (ValidUtf8Prefix(text) != ReferencePrefix(text) && ++disagreements < 5) {
      ADD_FAILURE() << "bytes 0x" << std::hex << v;
    }
  }
  EXPECT_EQ(disagreements, 0u);
}

TEST(ValidUtf8Prefix, AgreesWithUtf8procOnRandomText) {
  std::mt19937 random(20261125);
  // Mostly well-formed characters of every length, with stray bytes among them.
  const std::vector<std::string> pieces = {"a",  "ZL2015", "专利", "é", "\xF0\x9F\x98\x80", "\xED\xA0\x80",
                                           "\xF4\x90\x80\x80", "\xC0\xAF", "\xE0\x80\xAF", "\x80", "\xFF",
                                           std::string(1, '\0'), "\xF0\x9F", "12345678"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = random() % 12; k >= 0; --k) text += pieces[random() % pieces.size()];
    ASSERT_EQ(ValidUtf8Prefix(text), ReferencePrefix(text)) << ::testing::PrintToString(text);
  }
}

TEST(ValidUtf8Prefix, StopsAtNulAndAllowsACutTailOnlyWhenAsked) {
  EXPECT_EQ(ValidUtf8Prefix(std::string("abcdefghij\0k", 12)), 10u);
  EXPECT_EQ(ValidUtf8Prefix("abcdefgh\xE4\xB8"), 8u);
  EXPECT_EQ(ValidUtf8Prefix("abcdefgh\xE4\xB8", /*allow_truncated_tail=*/true), 10u);
  EXPECT_EQ(ValidUtf8Prefix("abcdefgh\xE4\xB8\x93x", /*allow_truncated_tail=*/true), 12u);
}

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
