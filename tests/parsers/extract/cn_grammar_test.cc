// Chinese marks: what is found, what the words around it say, and the
// look-alikes printed on Chinese drug and device packaging that are not marks.
#include <gtest/gtest.h>

#include "parsers/extract/mark_extractor.h"
#include "parsers/normalize/normalizer.h"
#include "tests/parsers/extract/extractor_fixture.h"

namespace patmark {
namespace {

class CnGrammarTest : public testing::ExtractorTest {};

struct Positive {
  const char* text;
  const char* mark;       // normalized span of the (first) mark
  const char* number;     // its number as printed
  PatentType claimed;
  bool pending;
  bool statement;
};

TEST_F(CnGrammarTest, FindsMarksAndWhatTheySay) {
  const Positive cases[] = {
      {"专利号：ZL 2014 1 0026192.3", "专利号:ZL 2014 1 0026192.3", "ZL 2014 1 0026192.3",
       PatentType::kUnknown, false, false},
      {"实用新型专利 ZL201620161392.4", "实用新型专利 ZL201620161392.4", "ZL201620161392.4",
       PatentType::kUtilityModel, false, false},
      {"外观设计专利号：ZL 2019 3 0267772.5", "外观设计专利号:ZL 2019 3 0267772.5",
       "ZL 2019 3 0267772.5", PatentType::kDesign, false, false},
      {"发明专利申请号：202410040777.4（专利申请，尚未授权）", "发明专利申请号:202410040777.4",
       "202410040777.4", PatentType::kInvention, true, true},
      {"授权公告号：CN 116455754 B", "授权公告号:CN 116455754 B", "CN 116455754 B",
       PatentType::kUnknown, false, false},
      {"本产品已获国家发明专利，专利号：ZL202110377287.X", "专利号:ZL202110377287.X",
       "ZL202110377287.X", PatentType::kInvention, false, false},
      {"中国实用新型专利号码:200820132792.8", "中国实用新型专利号码:200820132792.8",
       "200820132792.8", PatentType::kUtilityModel, false, false},
      {"已申请专利，申请号：202410040777.4", "申请号:202410040777.4", "202410040777.4",
       PatentType::kUnknown, true, false},
      {"专利申请中 申请号 202410040777.4", "申请号 202410040777.4", "202410040777.4",
       PatentType::kUnknown, true, false},
      {"ＺＬ２０１４１００２６１９２．３（发明专利）", "ZL201410026192.3", "ZL201410026192.3",
       PatentType::kInvention, false, false},
      {"专利号为ZL2013106997442", "专利号为ZL2013106997442", "ZL2013106997442",
       PatentType::kUnknown, false, false},
      {"zl 2016 2 0161392.4 实用新型", "zl 2016 2 0161392.4", "zl 2016 2 0161392.4",
       PatentType::kUtilityModel, false, false},
      {"专利号:ZL20101061327.6", "专利号:ZL20101061327.6", "ZL20101061327.6",
       PatentType::kUnknown, false, false},
      {"CN2172863Y", "CN2172863Y", "CN2172863Y", PatentType::kUnknown, false, false},
      {"公开号 CN116455754A", "公开号 CN116455754A", "CN116455754A", PatentType::kUnknown, false, false},
      {"专利号：00112313.0", "专利号:00112313.0", "00112313.0", PatentType::kUnknown, false, false},
      {"新型专利ZL 2016 2 0161392.4", "新型专利ZL 2016 2 0161392.4", "ZL 2016 2 0161392.4",
       PatentType::kUtilityModel, false, false},
  };
  for (const Positive& c : cases) {
    auto marks = Find(c.text);
    ASSERT_FALSE(marks.empty()) << c.text;
    const ExtractedMark& m = marks[0];
    EXPECT_EQ(m.jurisdiction, "CN");
    EXPECT_EQ(Text(m), c.mark) << c.text;
    EXPECT_EQ(m.number_text, c.number) << c.text;
    EXPECT_EQ(m.claimed_type, c.claimed) << c.text;
    EXPECT_EQ(m.pending, c.pending) << c.text;
    EXPECT_EQ(m.pending_statement, c.statement) << c.text;
  }
}

TEST_F(CnGrammarTest, ListsShareTheirLabel) {
  for (const char* text : {"发明专利号：ZL201410026192.3、ZL201620161392.4",
                           "发明专利号：ZL201410026192.3 及 201620161392.4",
                           "发明专利号：ZL201410026192.3/ZL201620161392.4",
                           "发明专利号：ZL201410026192.3；ZL201620161392.4",
                           "发明专利号：ZL201410026192.3和ZL201620161392.4"}) {
    auto marks = Find(text);
    ASSERT_EQ(marks.size(), 2u) << text;
    EXPECT_EQ(marks[1].claimed_type, PatentType::kInvention) << text;
    EXPECT_NE(marks[1].number_text.find("201620161392.4"), std::string::npos) << text;
  }
}

TEST_F(CnGrammarTest, EachMarkKeepsItsOwnWords) {
  auto marks = Find("发明专利：ZL201410026192.3；实用新型专利：ZL201620161392.4；"
                    "外观设计专利申请号：201930267772.5（专利申请，尚未授权）");
  ASSERT_EQ(marks.size(), 3u);
  EXPECT_EQ(marks[0].claimed_type, PatentType::kInvention);
  EXPECT_FALSE(marks[0].pending);
  EXPECT_EQ(marks[1].claimed_type, PatentType::kUtilityModel);
  EXPECT_FALSE(marks[1].pending);
  EXPECT_EQ(marks[2].claimed_type, PatentType::kDesign);
  EXPECT_TRUE(marks[2].pending);
  EXPECT_TRUE(marks[2].pending_statement);
}

TEST_F(CnGrammarTest, NothingInLookAlikes) {
  const char* negatives[] = {
      "电话：0512-65123456",
      "服务热线：400-800-1234",
      "手机 13812345678",
      "批号：20240315",
      "产品批号 240315A",
      "生产日期：2024-03-15 有效期至：2026-03-14",
      "生产日期20240315",
      "国械注准20153141234",
      "国药准字H20051234",
      "国药准字Z44020211",
      "粤械注准20192140123",
      "苏械注准20162140567",
      "京械备20150012号",
      "注册证编号：国械注进20163461234",
      "生产许可证编号：苏食药监械生产许20150012号",
      "医疗器械生产许可证：粤食药监械生产许20101234号",
      "条形码 6901234567892",
      "6 901234 567892",
      "执行标准：YY 0469-2011",
      "执行标准 GB/T 19001-2016",
      "产品标准编号：Q/320500 ABC 001-2019",
      "邮编：215000",
      "规格：0.5g×24片/盒",
      "包装数量：100支/箱",
      "统一社会信用代码：91320500123456789X",
      "委托方：苏州某某医疗器械有限公司 地址：苏州市吴中区某某路88号",
      "新型冠状病毒抗原检测试剂盒 批号20220315",
      "本品采用专利技术，质量可靠。咨询电话：0512-66012345",
      "专利产品 仿冒必究 批号 20170412",
      "外观精美，新型设计 货号 2014100261923",
      "OTC 甲类 非处方药 批准文号：国药准字H32026123",
      "商标注册证第1234567号",
      "ISO 13485:2016 认证",
      "Made in China 2017",
  };
  for (const char* text : negatives) {
    auto marks = Find(text);
    EXPECT_TRUE(marks.empty()) << text << " -> " << (marks.empty() ? "" : Text(marks[0]));
  }
}

TEST_F(CnGrammarTest, LongDigitRunsAfterANumberAreNotSwallowed) {
  auto marks = Find("专利号ZL2013106997442 2016年");
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].number_text, "ZL2013106997442");
}

}  // namespace
}  // namespace patmark
