// Foreign marks (numbers.md §5.2-5.5): what is found in Latin, Japanese,
// Korean and Taiwanese packaging text, and the look-alikes on imported drug
// and device packaging that are not marks.
#include <gtest/gtest.h>

#include "parsers/extract/mark_extractor.h"
#include "parsers/normalize/normalizer.h"
#include "tests/parsers/extract/extractor_fixture.h"

namespace patmark {
namespace {

class ForeignGrammarTest : public testing::ExtractorTest {
 protected:
  // "JP:特許第1234567号=1234567" per mark: office, span text, number text.
  std::string Describe(const std::string& text) {
    std::string out;
    for (const ExtractedMark& m : Find(text)) {
      if (!out.empty()) out += " | ";
      out += m.jurisdiction + ":" + Text(m);
      if (m.form == MarkForm::kNumber) out += "=" + m.number_text;
      if (m.form == MarkForm::kPendingNotice) out += " (pending)";
      if (m.form == MarkForm::kVirtual) out += " (virtual " + m.address + ")";
    }
    return out;
  }

  ExtractedMark First(const std::string& text) {
    std::vector<ExtractedMark> marks = Find(text);
    return marks.empty() ? ExtractedMark{} : marks[0];
  }
};

struct Case {
  const char* text;
  const char* expected;
};

TEST_F(ForeignGrammarTest, UsMarks) {
  const Case cases[] = {
      {"U.S. Pat. No. 7,654,321", "US:U.S. Pat. No. 7,654,321=7,654,321"},
      {"US Pat. 7,654,321 B2", "US:US Pat. 7,654,321 B2=7,654,321 B2"},
      {"Patents: 7,654,321; 8,123,456; D789,012",
       "US:Patents: 7,654,321=7,654,321 | US:8,123,456=8,123,456 | US:D789,012=D789,012"},
      {"U.S. Pat. Nos. 7,654,321, 8,123,456, and RE45,678",
       "US:U.S. Pat. Nos. 7,654,321=7,654,321 | US:8,123,456=8,123,456 | US:RE45,678=RE45,678"},
      {"Des. 789,012", "US:Des. 789,012=D789,012"},
      {"Plant Pat. 12,345", "US:Plant Pat. 12,345=PP12,345"},
      {"Pat. Pend.", "US:Pat. Pend. (pending)"},
      {"Patent pending", "US:Patent pending (pending)"},
      {"Patents: www.example.com/patents", "US:Patents: www.example.com/patents (virtual www.example.com/patents)"},
      {"Covered by patents, see https://acme.com/ip/patents.",
       "US:patents, see https://acme.com/ip/patents (virtual https://acme.com/ip/patents)"},
      {"U.S. Patent Application Publication No. US 2017/0374792 A1",
       "US:U.S. Patent Application Publication No. US 2017/0374792 A1=2017/0374792 A1"},
      {"美国专利 US 7,654,321", "US:US 7,654,321=7,654,321"},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(ForeignGrammarTest, EuropeanInternationalAndGermanMarks) {
  const Case cases[] = {
      {"EP 1 234 567 B1", "EP:EP 1 234 567 B1=1 234 567 B1"},
      {"Europ. Pat. 1 234 567", "EP:Europ. Pat. 1 234 567=1 234 567"},
      {"European Patent No. EP1234567", "EP:European Patent No. EP1234567=1234567"},
      {"WO 2015/123456", "WO:WO 2015/123456=2015/123456"},
      {"DE 10 2006 011 652 B4", "DE:DE 10 2006 011 652 B4=10 2006 011 652 B4"},
      {"Gebrauchsmuster 20 2010 012 345", "DE:Gebrauchsmuster 20 2010 012 345=20 2010 012 345"},
      {"Patents: US 7,654,321; EP 1 234 567; 2 345 678",
       "US:Patents: US 7,654,321=7,654,321 | EP:EP 1 234 567=1 234 567 | EP:2 345 678=2 345 678"},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(ForeignGrammarTest, JapaneseKoreanTaiwaneseMarks) {
  const Case cases[] = {
      {"特許第1234567号", "JP:特許第1234567号=1234567"},
      {"特許第1234567号、第2345678号", "JP:特許第1234567号=1234567 | JP:第2345678号=2345678"},
      {"方法特許1231234", "JP:方法特許1231234=1231234"},
      {"登録実用新案第3123456号", "JP:登録実用新案第3123456号=3123456"},
      {"特願平8-179521", "JP:特願平8-179521=平8-179521"},
      {"特許出願中", "JP:特許出願中 (pending)"},
      {"특허 제10-1234567호", "KR:특허 제10-1234567호=10-1234567"},
      {"디자인등록 제30-0123456호", "KR:디자인등록 제30-0123456호=30-0123456"},
      {"특허출원 제10-2015-0124192호(심사중)", "KR:특허출원 제10-2015-0124192호=10-2015-0124192"},
      {"특허출원중", "KR:특허출원중 (pending)"},
      {"專利證書號 I123456", "TW:專利證書號 I123456=I123456"},
      {"中華民國專利 第M123456號", "TW:中華民國專利 第M123456號=M123456"},
      {"台灣專利 TW I123456", "TW:台灣專利 TW I123456=TW I123456"},
      {"新型專利 M123456", "TW:新型專利 M123456=M123456"},
      {"專利申請中", "TW:專利申請中 (pending)"},
      {"KR Patent No. 10-1234567", "KR:KR Patent No. 10-1234567=10-1234567"},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(ForeignGrammarTest, WordsGiveTypeAndPending) {
  EXPECT_EQ(First("意匠登録第1700000号").claimed_type, PatentType::kDesign);
  EXPECT_EQ(First("실용신안 제20-0123456호").claimed_type, PatentType::kUtilityModel);
  EXPECT_EQ(First("設計專利 D123456").claimed_type, PatentType::kDesign);
  EXPECT_EQ(First("Des. Pat. 789,012").claimed_type, PatentType::kDesign);
  EXPECT_EQ(First("Plant Patent 12,345").claimed_type, PatentType::kPlant);
  EXPECT_TRUE(First("특허출원 제10-2015-0124192호").pending);
  EXPECT_TRUE(First("特願2020-123456").pending);
  EXPECT_TRUE(First("特開2000-182770").publication_context);
  EXPECT_TRUE(First("U.S. Patent Application No. 13/001,888").pending);
  EXPECT_FALSE(First("U.S. Pat. No. 7,654,321").pending);
}

// Numbers on imported drug and device packaging that are not patent marks.
// Imported products sold in China often name the office in Chinese.
TEST_F(ForeignGrammarTest, ForeignMarksWordedInChinese) {
  const Case cases[] = {
      {"美国专利号：7,654,321", "US:美国专利号:7,654,321=7,654,321"},
      {"美國設計專利 D789,012", "US:美國設計專利 D789,012=D789,012"},
      {"美国专利：7,654,321、8,123,456", "US:美国专利:7,654,321=7,654,321 | US:8,123,456=8,123,456"},
      {"欧洲专利号：1234567", "EP:欧洲专利号:1234567=1234567"},
      {"日本专利号 6123456", "JP:日本专利号 6123456=6123456"},
      {"韩国专利 10-1234567", "KR:韩国专利 10-1234567=10-1234567"},
      {"德国实用新型 20 2019 001 234", "DE:德国实用新型 20 2019 001 234=20 2019 001 234"},
      {"美国专利申请中", "US:美国专利申请中 (pending)"},
      // With the office code, the Latin grammar reads it (and the label stays out).
      {"美国专利 US 7,654,321 B2", "US:US 7,654,321 B2=7,654,321 B2"},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
  EXPECT_EQ(First("美国外观设计专利 D789,012").claimed_type, PatentType::kDesign);
  EXPECT_EQ(First("德国实用新型 20 2019 001 234").claimed_type, PatentType::kUtilityModel);
  for (const char* text : {"美国FDA认证 510(k) K123456", "美国进口原料 批号2024001", "欧洲CE认证 0123", "日本原装进口"}) {
    EXPECT_EQ(Describe(text), "") << text;
  }
}

TEST_F(ForeignGrammarTest, LookAlikesAreNotMarks) {
  const char* negatives[] = {
      "Model 7654321",
      "PCT/US2019/009417",  // an international application, not US 2019/0009417
      "www.example.com/US2019/009417",
      "Part No. 123-4567-00",
      "P/N 7654321",
      "Lot 2345678 Exp. 2027-03",
      "ISO 13485:2016 certified",
      "EN ISO 14971:2019",
      "FDA 510(k) K123456",
      "CE 0123",
      "NDC 12345-678-90",
      "REF 7654321 QTY 10",
      "Tel. +1 800 765 4321",
      "UDI (01)00812345678901",
      "Patent leather upper, size 10",
      "Patented 2019 design",
      "Made in USA 2024",
      "US FDA registered facility 3012345678",
      "DE 0123 notified body",
      "EPA Reg. No. 12345-67",
      "WO-40 lubricant, 400 ml",
      "Catalog #US-100200",
  };
  for (const char* text : negatives) EXPECT_EQ(Describe(text), "") << text;
}

}  // namespace
}  // namespace patmark
