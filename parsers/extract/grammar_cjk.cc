// Marks in Japanese (特許第1234567号, 登録実用新案第3123456号, 意匠登録第1700000号,
// 特願2020-123456, 特許出願中), Korean (특허 제10-1234567호, 실용신안 제20-0123456호,
// 디자인등록 제30-0123456호, 특허출원 제10-2015-0124192호) and traditional Chinese as
// used in Taiwan (專利證書號 I123456, 中華民國專利 第M123456號, 新型專利 M123456,
// 專利申請中); numbers.md §5.2-5.4.
//
// The same shape serves foreign marks worded in Chinese, as on imported
// products sold in China: 美国专利号：7,654,321, 欧洲专利 1234567, 日本专利号
// 6123456, 韩国专利 10-1234567, 德国实用新型 20 2019 001 234.
//
// They share one shape: a label, an optional ordinal (第, 제), the
// number, an optional counter (号, 號, 호), and more numbers after a list
// separator. Each office is a table of its words, so the grammar is written
// once.
#include <string>
#include <vector>

#include "parsers/base/status_macros.h"
#include "parsers/extract/internal/grammar.h"

namespace patmark::extract_internal {
namespace {

// What a word in the label says about the number after it.
struct LabelWord {
  const char* word;
  PatentType type;
  bool application;
  bool publication;
};

struct CjkOffice {
  const char* jurisdiction;
  std::vector<std::string> anchors;
  std::string labels;   // RE2 alternation, longest first
  const char* number;   // RE2 for the number
  std::vector<LabelWord> words;
  std::string pending_notice;  // RE2 for a pending notice without a number
};

constexpr PatentType kInv = PatentType::kInvention;
constexpr PatentType kUm = PatentType::kUtilityModel;
constexpr PatentType kDes = PatentType::kDesign;
constexpr PatentType kAny = PatentType::kUnknown;

const CjkOffice& Japan() {
  static const CjkOffice office{
      "JP",
      {"特許", "実用新案", "意匠", "特願", "特開", "実願", "意願", "特表", "特公"},
      "方法特許|特許登録|特許|登録実用新案|実用新案登録|実用新案|意匠登録|意匠|特願|実願|意願|特開|特表|特公",
      R"((?:平|昭|令|[HSR]) ?\d{1,2}-?\d{6}|\d{4}-\d{6}|\d{1,3}(?:,\d{3})+|\d{5,10})",
      {{"実用新案", kUm, false, false},
       {"実願", kUm, true, false},
       {"意匠", kDes, false, false},
       {"意願", kDes, true, false},
       {"特願", kInv, true, false},
       {"特開", kInv, false, true},
       {"特表", kInv, false, true},
       {"特公", kInv, false, true},
       {"特許", kInv, false, false}},
      "特許(?:出願|申請) ?(?:中|済)"};
  return office;
}

const CjkOffice& Korea() {
  static const CjkOffice office{
      "KR",
      {"특허", "실용신안", "디자인"},
      "특허 ?등록|특허 ?출원|특허|실용신안 ?등록|실용신안 ?출원|실용신안|디자인 ?등록|디자인 ?출원|디자인",
      R"(\d{2}-\d{4}-\d{7}|\d{2}-\d{7})",
      {{"실용신안", kUm, false, false},
       {"디자인", kDes, false, false},
       {"특허", kInv, false, false},
       {"출원", kAny, true, false}},
      "특허 ?(?:출원|신청) ?중"};
  return office;
}

const CjkOffice& Taiwan() {
  static const CjkOffice office{
      "TW",
      {"專利", "證書號"},
      "專利證書號碼?|證書號碼?|中華民國(?:發明|新型|設計|新式樣)?專利|(?:台灣|臺灣)(?:發明|新型|設計)?專利|"
      "發明專利|新型專利|設計專利|新式樣專利|專利申請案?號|申請案?號|專利公開號|專利號碼?|專利",
      R"((?:TW ?)?(?:[IMD]\d{5,7}|\d{8,9}))",
      {{"新型", kUm, false, false},
       {"設計", kDes, false, false},
       {"新式樣", kDes, false, false},
       {"發明", kInv, false, false},
       {"申請", kAny, true, false},
       {"公開", kAny, false, true}},
      "(?:專利申請中|申請專利中|專利審查中)"};
  return office;
}

// Foreign offices named in Chinese (simplified or traditional). The number
// comes without its office code: with one ("美国专利 US 7,654,321"), the
// Latin grammar reads it.
constexpr const char kZhPatentWord[] = "(?:专利|專利)(?:号码|號碼|号|號)?";

const CjkOffice& UsInChinese() {
  static const CjkOffice office{
      "US",
      {"美国专利", "美國專利", "美国外观设计专利", "美國設計專利"},
      "(?:美国|美國)(?:发明|發明|外观设计|外觀設計|设计|設計)?(?:专利|專利)(?:号码|號碼|号|號)?",
      R"(D ?\d{3},?\d{3}|RE ?\d{2},?\d{3}|\d{1,2},\d{3},\d{3}|\d{7,8})",
      {{"外观设计", kDes, false, false}, {"外觀設計", kDes, false, false}, {"设计", kDes, false, false},
       {"設計", kDes, false, false}, {"发明", kInv, false, false}, {"發明", kInv, false, false}},
      "(?:美国|美國)(?:专利|專利)(?:申请中|申請中|待批)"};
  return office;
}

// An office whose Chinese marks say only "<country>(发明)专利(号)" before the number.
CjkOffice PlainInChinese(const char* jurisdiction, const std::string& country, std::vector<std::string> anchors,
                         const char* number) {
  return CjkOffice{jurisdiction,
                   std::move(anchors),
                   "(?:" + country + ")(?:发明|發明)?" + kZhPatentWord,
                   number,
                   {{"发明", kInv, false, false}, {"發明", kInv, false, false}},
                   "(?:" + country + ")(?:专利|專利)(?:申请中|申請中)"};
}

const CjkOffice& EpInChinese() {
  static const CjkOffice office = PlainInChinese("EP", "欧洲|歐洲", {"欧洲专利", "歐洲專利"}, R"(\d ?\d{3} ?\d{3})");
  return office;
}

const CjkOffice& JpInChinese() {
  static const CjkOffice office = PlainInChinese("JP", "日本", {"日本专利", "日本專利"}, R"(\d{7})");
  return office;
}

const CjkOffice& KrInChinese() {
  static const CjkOffice office = PlainInChinese("KR", "韩国|韓國", {"韩国专利", "韓國專利"}, R"(\d{2}-\d{7})");
  return office;
}

const CjkOffice& DeInChinese() {
  static const CjkOffice office{
      "DE",
      {"德国专利", "德國專利", "德国实用新型", "德國新型"},
      "(?:德国|德國)(?:实用新型|新型)?(?:专利|專利)?(?:号码|號碼|号|號)?",
      R"(\d{2} ?\d{4} ?\d{3} ?\d{3}(?:\.\d)?|\d{8})",
      {{"实用新型", kUm, false, false}, {"新型", kUm, false, false}},
      "(?:德国|德國)(?:专利|專利)(?:申请中|申請中)"};
  return office;
}

class CjkGrammar : public Grammar {
 public:
  explicit CjkGrammar(const CjkOffice& office) : office_(office) {}

  Status Init() {
    std::string ordinal = R"( ?(?:號碼|號|番号|번호)? ?(?:第|제|No\.?)? ?:? ?)";
    std::string counter = "(?: ?(?:号|號|호))?";
    PATMARK_RETURN_IF_ERROR(CompileInto(std::string("(") + office_.labels + ")" + ordinal + "(" +
                                            office_.number + ")" + counter,
                                        &mark_));
    PATMARK_RETURN_IF_ERROR(CompileInto(std::string(" ?(?:,|/|;|及|和|및|와|과) ?((?:第|제)? ?(") +
                                            office_.number + ")" + counter + ")",
                                        &continuation_));
    PATMARK_RETURN_IF_ERROR(CompileInto(office_.pending_notice, &pending_));
    return OkStatus();
  }

  std::vector<std::string> Anchors() const override { return office_.anchors; }
  std::vector<RawKey> RawKeys() const override {  // the anchors are literals
    std::vector<RawKey> keys;
    for (const std::string& anchor : office_.anchors) keys.push_back({anchor});
    return keys;
  }

  void Find(std::string_view text, std::vector<ExtractedMark>* marks) const override {
    size_t pos = 0;
    re2::StringPiece g[3];
    while (pos < text.size() && mark_->Match(ToPiece(text), pos, text.size(), RE2::UNANCHORED, g, 3)) {
      ExtractedMark head = Describe(ToView(g[1]));
      head.label = std::string(ToView(g[1]));
      size_t end = Add(text, head, OffsetIn(text, g[1]), g[0], g[2], marks);
      re2::StringPiece c[3];  // 1: the mark without its separator, 2: the number
      while (continuation_->Match(ToPiece(text), end, text.size(), RE2::ANCHOR_START, c, 3)) {
        end = Add(text, head, OffsetIn(text, c[1]), c[0], c[2], marks);
      }
      pos = end;
    }
    re2::StringPiece notice;
    pos = 0;
    while (pos < text.size() && pending_->Match(ToPiece(text), pos, text.size(), RE2::UNANCHORED, &notice, 1)) {
      size_t begin = OffsetIn(text, notice), end = begin + notice.size();
      pos = end;
      ExtractedMark mark;
      mark.form = MarkForm::kPendingNotice;
      mark.jurisdiction = office_.jurisdiction;
      mark.span = Span{begin, end};
      mark.pending = true;
      mark.presented = NumberKind::kApplication;
      marks->push_back(std::move(mark));
    }
  }

 private:
  ExtractedMark Describe(std::string_view label) const {
    ExtractedMark mark;
    mark.jurisdiction = office_.jurisdiction;
    for (const LabelWord& w : office_.words) {
      if (label.find(w.word) == std::string_view::npos) continue;
      if (mark.claimed_type == PatentType::kUnknown) mark.claimed_type = w.type;
      mark.pending |= w.application;
      mark.publication_context |= w.publication;
    }
    mark.presented = mark.pending ? NumberKind::kApplication : NumberKind::kPatent;
    return mark;
  }

  // Appends a mark for `number` whose evidence runs from `begin` to the end
  // of `whole`; returns that end.
  size_t Add(std::string_view text, const ExtractedMark& head, size_t begin, const re2::StringPiece& whole,
             const re2::StringPiece& number, std::vector<ExtractedMark>* marks) const {
    ExtractedMark mark = head;
    size_t end = OffsetIn(text, whole) + whole.size();
    mark.span = Span{begin, end};
    mark.number_span = Span{OffsetIn(text, number), OffsetIn(text, number) + number.size()};
    mark.number_text = std::string(ToView(number));
    marks->push_back(std::move(mark));
    return end;
  }

  const CjkOffice& office_;
  std::unique_ptr<RE2> mark_, continuation_, pending_;
};

StatusOr<std::unique_ptr<Grammar>> NewCjkGrammar(const CjkOffice& office) {
  auto grammar = std::make_unique<CjkGrammar>(office);
  PATMARK_RETURN_IF_ERROR(grammar->Init());
  return std::unique_ptr<Grammar>(std::move(grammar));
}

}  // namespace

StatusOr<std::unique_ptr<Grammar>> NewJpGrammar() { return NewCjkGrammar(Japan()); }
StatusOr<std::unique_ptr<Grammar>> NewKrGrammar() { return NewCjkGrammar(Korea()); }
StatusOr<std::unique_ptr<Grammar>> NewTwGrammar() { return NewCjkGrammar(Taiwan()); }
StatusOr<std::vector<std::unique_ptr<Grammar>>> NewForeignInChineseGrammars() {
  std::vector<std::unique_ptr<Grammar>> grammars;
  for (const CjkOffice* office : {&UsInChinese(), &EpInChinese(), &JpInChinese(), &KrInChinese(), &DeInChinese()}) {
    PATMARK_ASSIGN_OR_RETURN(std::unique_ptr<Grammar> grammar, NewCjkGrammar(*office));
    grammars.push_back(std::move(grammar));
  }
  return grammars;
}

}  // namespace patmark::extract_internal
