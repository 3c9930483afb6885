#include <gtest/gtest.h>

#include "tests/parsers/records/read_all.h"

namespace patmark {
namespace {

using testing::FieldText;
using testing::ReadAll;
using testing::WithFormat;

TEST(JsonlReader, NestedStringsBecomePathFields) {
  auto records = ReadAll(
      R"({"id":17,"label":{"text":"专利号 ZL201410026192.3"},"inserts":["a","b"],"price":9.5})"
      "\n\n"
      R"({"id":"x-2","company":"某某医疗"})"
      "\n",
      WithFormat(Format::kJsonl, 5));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].id, "17");
  EXPECT_EQ(FieldText(records[0], "label.text"), "专利号 ZL201410026192.3");
  EXPECT_EQ(FieldText(records[0], "inserts[1]"), "b");
  EXPECT_EQ(records[0].Find("price"), nullptr);  // numbers are not text
  EXPECT_EQ(records[1].id, "x-2");
  EXPECT_EQ(records[1].line, 3u);
}

TEST(JsonlReader, BadLinesAreRecordsWithErrors) {
  auto records = ReadAll("{\"id\":1}\n{not json}\n[1,2]\n{\"id\":4}\n", WithFormat(Format::kJsonl));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[1].id, "2");
  ASSERT_EQ(records[1].errors.size(), 1u);
  EXPECT_EQ(records[1].errors[0].code, "invalid_json");
  EXPECT_EQ(records[2].errors[0].message, "the value is not a JSON object");
  EXPECT_TRUE(records[3].errors.empty());
}

TEST(JsonlReader, InvalidUtf8InAStringNamesTheField) {
  auto records = ReadAll("{\"box\":\"ok\xC3\"}\n", WithFormat(Format::kJsonl));
  ASSERT_EQ(records.size(), 1u);
  ASSERT_EQ(records[0].errors.size(), 1u);
  EXPECT_EQ(records[0].errors[0].field, "box");
  EXPECT_EQ(FieldText(records[0], "box"), "ok\xEF\xBF\xBD");
}

TEST(JsonArrayReader, ReadsElementsOneByOne) {
  auto records = ReadAll(" [ {\"id\":\"a\",\"t\":\"x]}\\\"\"},\n {\"id\":\"b\"} , 3 ]", WithFormat(Format::kJson, 3));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(FieldText(records[0], "t"), "x]}\"");
  EXPECT_EQ(records[1].id, "b");
  EXPECT_EQ(records[2].errors[0].message, "the value is not a JSON object");
}

TEST(JsonArrayReader, SingleObjectAndTruncatedArray) {
  auto single = ReadAll("{\"id\":\"only\"}", WithFormat(Format::kJson));
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].id, "only");
  auto truncated = ReadAll("[{\"id\":\"a\"},{\"id\":\"b\"", WithFormat(Format::kJson));
  ASSERT_EQ(truncated.size(), 2u);
  EXPECT_EQ(truncated[1].errors[0].code, "invalid_json");
}

TEST(TextReader, LinesOrWholeFile) {
  auto lines = ReadAll("专利号 ZL201410026192.3\r\n\n second\n", WithFormat(Format::kTextLines, 4));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].id, "2");
  EXPECT_EQ(lines[1].line, 3u);
  EXPECT_EQ(FieldText(lines[0], "text"), "专利号 ZL201410026192.3");
  auto whole = ReadAll("a\nb\n", WithFormat(Format::kTextFile, 1));
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(FieldText(whole[0], "text"), "a\nb\n");
}

TEST(Formats, FromNamesAndPaths) {
  EXPECT_EQ(*FormatFromPath("a/catalog.CSV"), Format::kCsv);
  EXPECT_EQ(*FormatFromPath("x.ndjson"), Format::kJsonl);
  EXPECT_EQ(*FormatFromPath("x.json"), Format::kJson);
  EXPECT_EQ(*FormatFromPath("x.txt"), Format::kTextLines);
  EXPECT_FALSE(FormatFromPath("catalog.xlsx").ok());
  EXPECT_EQ(*ParseFormatName("text-file"), Format::kTextFile);
  EXPECT_FALSE(ParseFormatName("xml").ok());
}

}  // namespace
}  // namespace patmark
