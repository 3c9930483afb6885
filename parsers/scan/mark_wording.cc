#include "parsers/scan/mark_wording.h"

#include <string>
#include <vector>

namespace patmark {
namespace {

bool HasZlPrefix(const ExtractedMark& mark) {
  const std::string& t = mark.number_text;
  return t.size() >= 2 && (t[0] == 'Z' || t[0] == 'z') && (t[1] == 'L' || t[1] == 'l');
}

std::string ChineseType(PatentType t) {
  switch (t) {
    case PatentType::kInvention: return "发明专利 (invention)";
    case PatentType::kUtilityModel: return "实用新型专利 (utility model)";
    case PatentType::kDesign: return "外观设计专利 (design)";
    default: return "unknown";
  }
}

void Add(std::vector<Problem>* out, std::string code, std::string message) {
  out->push_back(Problem{std::move(code), std::move(message)});
}

}  // namespace

NumberKind PresentedKind(const ExtractedMark& mark, const CheckedNumber& number) {
  if (number.kind == NumberKind::kPublication) return NumberKind::kPublication;
  // Foreign numbers say what they are (a DE file number with its check
  // digit, a US serial); CN application and patent numbers look alike.
  if (mark.jurisdiction != "CN" && mark.form == MarkForm::kNumber && number.kind == NumberKind::kApplication) {
    return NumberKind::kApplication;
  }
  if (HasZlPrefix(mark)) return NumberKind::kPatent;
  return mark.presented;
}

// Foreign marks: the words and the number must agree; no office but CN
// requires type words.
std::vector<Problem> CheckForeignWording(const ExtractedMark& mark, const CheckedNumber& number) {
  std::vector<Problem> out;
  if (mark.claimed_type != PatentType::kUnknown && number.type != PatentType::kUnknown &&
      number.type != mark.claimed_type) {
    Add(&out, "type_mismatch",
        "the mark says " + std::string(PatentTypeName(mark.claimed_type)) + " but " + number.canonical + " is a " +
            std::string(PatentTypeName(number.type)) + " number");
  }
  if (mark.pending && number.kind == NumberKind::kPatent) {
    Add(&out, "pending_with_grant_number",
        "the mark says the patent is only applied for, but " + number.canonical + " is a granted patent's number");
  }
  return out;
}

std::vector<Problem> CheckMarkWording(const ExtractedMark& mark, const CheckedNumber& number) {
  std::vector<Problem> out;
  if (mark.form != MarkForm::kNumber) return out;  // notices and addresses: the rules judge them
  if (mark.jurisdiction != "CN") return CheckForeignWording(mark, number);
  if (mark.claimed_type == PatentType::kUnknown) {
    Add(&out, "type_words_missing",
        "the mark does not name the patent type in Chinese (发明专利, 实用新型专利 or 外观设计专利)");
  } else if (number.type != PatentType::kUnknown && number.type != mark.claimed_type) {
    Add(&out, "type_mismatch",
        "the mark says " + ChineseType(mark.claimed_type) + " but the number is a " +
            ChineseType(number.type));
  }
  bool grant_number = HasZlPrefix(mark) ||
                      (number.kind == NumberKind::kPublication && !IsApplicationKindCode(number.kind_code) &&
                       !number.kind_code.empty());
  if (number.kind == NumberKind::kPublication && IsApplicationKindCode(number.kind_code) && !mark.pending) {
    Add(&out, "application_as_patent",
        number.canonical + " is an application publication, but the mark presents it as a patent");
  }
  if (mark.pending && grant_number) {
    Add(&out, "pending_with_grant_number",
        "the mark says the patent is only applied for, but " + number.canonical +
            " is written as a granted patent");
  }
  if (mark.pending && !mark.pending_statement) {
    Add(&out, "pending_wording_missing",
        "a mark made before grant must say 专利申请，尚未授权 (application, not yet granted)");
  }
  if (number.check_dot_missing) {
    Add(&out, "check_dot_missing", "the check character should follow a dot: " + number.canonical);
  }
  if (number.check_lowercase) {
    Add(&out, "lowercase_check_x", "the check character X is written in lower case");
  }
  return out;
}

}  // namespace patmark
