#include "checker/rules/internal/law.h"

namespace patmark::rules_internal {
namespace {

const Text kRemoveMark{"立即停止标注；去除或覆盖库存及在售产品、包装上的该专利标识",
                       "stop marking; remove or cover the mark on products and packaging in stock and on sale"};
const Text kSearchStatus{"检索法律状态后复核", "search the legal status and check again"};
const Text kCorrectNumber{"更正编号或去除标识", "correct the number or remove the mark"};
const Text kWordsAgree{"使文字与编号一致", "make the words agree with the number"};

// China (design.md §5): non-standard marks are ordered corrected;
// counterfeiting (假冒专利) carries the Patent Law's penalty.
Ruling RuleCn(Issue issue, const Date& as_of) {
  auto cite = [&](Provision p) { return Cite(p, as_of); };
  const Text non_standard = Join({cite(Provision::kCnMarkContent), cite(Provision::kCnCorrectionOrder)});
  const Text counterfeiting = Join({cite(Provision::kCnCounterfeiting), cite(Provision::kCnPenalty)});
  switch (issue) {
    case Issue::kMalformed:
      return {Severity::kViolation, non_standard,
              {"将编号改为专利证书上的专利号；无法核实的，去除该标识",
               "correct the number to the one on the patent certificate, or remove the mark"}};
    case Issue::kTypeWordsMissing:
      return {Severity::kViolation, non_standard,
              {"在专利号前用中文标明专利类别，如“中国发明专利”",
               "name the patent type in Chinese before the number, e.g. 中国发明专利 (Chinese invention patent)"}};
    case Issue::kTypeMismatch:
      return {Severity::kViolation, non_standard,
              {"将专利类别改为与专利号相符的类别", "state the patent type that matches the number"}};
    case Issue::kPendingWordingMissing: {
      std::optional<Text> article = cite(Provision::kCnPendingMark);
      if (!article) {  // the words were first required by the 2012 Measures
        return {Severity::kInfo, {}, {"2012-05-01 起须注明“专利申请，尚未授权”", "required from 2012-05-01"}};
      }
      return {Severity::kViolation, Join({article, cite(Provision::kCnCorrectionOrder)}),
              {"标明申请类别、申请号和“专利申请，尚未授权”字样",
               "state the application type, the application number and the words 专利申请，尚未授权"}};
    }
    case Issue::kApplicationAsPatent:
      return {Severity::kViolation, Join({cite(Provision::kCnApplicationAsPatent), cite(Provision::kCnPenalty)}),
              {"授权前不得标为专利；改为标明申请类别、申请号和“专利申请，尚未授权”",
               "until grant, do not present the application as a patent: state its type and application number "
               "and the words 专利申请，尚未授权"}};
    case Issue::kPendingWithGrantNumber:
      return {Severity::kWarning, Join({cite(Provision::kCnMarkContent), cite(Provision::kCnPendingMark)}),
              {"已授权的按专利标注，尚未授权的标注申请号",
               "mark a granted patent as a patent, and an application with its application number"}};
    case Issue::kNumberStyle:
      return {Severity::kInfo, Join({cite(Provision::kCnMarkContent)}),
              {"按规范书写专利号，如 ZL201410026192.3", "write the number in its standard form, e.g. ZL201410026192.3"}};
    case Issue::kEnded:
    case Issue::kInvalidated:
    case Issue::kNeverGranted:
      return {Severity::kViolation, counterfeiting, kRemoveMark};
    case Issue::kNotFound:
      return {Severity::kViolation, counterfeiting,
              {"核实专利号；如无此专利，去除该标识", "verify the number with the holder; if there is no such patent, "
                                                   "remove the mark"}};
    case Issue::kApplicationEnded:
      return {Severity::kViolation, Join({cite(Provision::kCnPendingMark), cite(Provision::kCnCorrectionOrder)}),
              {"去除该专利申请标识", "remove the application mark"}};
    case Issue::kMarkedBeforeTermination: {
      std::optional<Text> exemption = cite(Provision::kCnExemption);
      if (!exemption) return {Severity::kViolation, counterfeiting, kRemoveMark};  // no exemption before 2010-02-01
      return {Severity::kWarning, *exemption,
              {"不属于假冒专利；核实生产日期，专利终止后生产的产品不得再标注",
               "not counterfeiting; verify the production date: products made after the patent ended must not "
               "carry the mark"}};
    }
    case Issue::kProbablyExpired:
      return {Severity::kWarning, counterfeiting,
              {"检索法律状态确认；如已失效，去除该标识", "confirm with a legal-status search; if it has ended, "
                                                       "remove the mark"}};
    case Issue::kPendingNowGranted:
      return {Severity::kInfo, Join({cite(Provision::kCnMarkContent)}),
              {"可改为标明专利类别和专利号", "the mark may now name the patent type and number"}};
    case Issue::kStatusUnknown:
    case Issue::kVirtualMarking:
    case Issue::kPendingNotice:
      break;
  }
  return {Severity::kInfo, {}, kSearchStatus};
}

// The United States: marking gives notice for damages (35 USC 287(a)); false
// marking (292) is a matter for a warning, and since the AIA an expired
// patent that covered the article is not false marking.
Ruling RuleUs(Issue issue, const Date& as_of) {
  const Text false_marking = Join({Cite(Provision::kUsFalseMarking, as_of)});
  const Text marking = Join({Cite(Provision::kUsMarking, as_of)});
  const bool after_aia = Cite(Provision::kUsVirtualMarking, as_of).has_value();
  switch (issue) {
    case Issue::kMalformed:
      return {Severity::kWarning, false_marking, kCorrectNumber};
    case Issue::kTypeMismatch:
    case Issue::kPendingWithGrantNumber:
      return {Severity::kWarning, marking, kWordsAgree};
    case Issue::kApplicationAsPatent:
    case Issue::kNeverGranted:
    case Issue::kInvalidated:
    case Issue::kNotFound:
      return {Severity::kWarning, false_marking,
              {"去除专利标识：以欺骗为目的在无专利的物品上标注专利属虚假标注",
               "remove the patent mark: marking an unpatented article with intent to deceive is false marking"}};
    case Issue::kEnded:
    case Issue::kProbablyExpired:
      if (after_aia) {
        return {Severity::kWarning, false_marking,
                {"该专利曾覆盖该产品的，不属虚假标注（AIA 后的 §292）；新生产的产品应更新标识",
                 "not false marking if the patent covered the article (§ 292 since the AIA); update the mark for "
                 "new production"}};
      }
      return {Severity::kWarning, false_marking,
              {"去除标识：过期专利的标注可能构成虚假标注", "remove the mark: an expired patent may be false marking"}};
    case Issue::kApplicationEnded:
      return {Severity::kWarning, false_marking,
              {"去除“patent pending”：申请已不在审", "remove \"patent pending\": no application is pending"}};
    case Issue::kVirtualMarking:
      if (!after_aia) {
        return {Severity::kWarning, marking,
                {"2011-09-16 前不允许虚拟标注：在物品上标注专利号", "virtual marking was allowed only from "
                                                                   "2011-09-16: mark the numbers on the article"}};
      }
      return {Severity::kInfo, Join({Cite(Provision::kUsVirtualMarking, as_of)}),
              {"确认该网页免费可访问，并将产品与其专利号对应",
               "make sure the page is free to access and associates the product with its patent numbers"}};
    case Issue::kPendingNotice:
      return {Severity::kInfo, false_marking,
              {"仅在有申请在审时保留“patent pending”", "keep \"patent pending\" only while an application is pending"}};
    case Issue::kMarkedBeforeTermination:
      return {Severity::kInfo, false_marking,
              {"专利有效期间标注的产品不属虚假标注；新生产的产品应更新标识",
               "articles marked while the patent was in force are not falsely marked; update the mark for new "
               "production"}};
    case Issue::kPendingNowGranted:
      return {Severity::kInfo, marking,
              {"标注专利号以依 §287(a) 发出通知", "mark the patent number to give notice under § 287(a)"}};
    default:
      break;
  }
  return {Severity::kInfo, {}, kSearchStatus};
}

// EP, WO, DE, JP, KR, TW: warnings under each office's false-marking rule.
Ruling RuleOther(std::string_view jurisdiction, Issue issue, const Date& as_of) {
  std::optional<Provision> provision = MarkingProvisionOf(jurisdiction);
  const Text basis = Join({provision ? Cite(*provision, as_of) : std::nullopt});
  switch (issue) {
    case Issue::kMalformed:
      return {Severity::kWarning, basis, kCorrectNumber};
    case Issue::kTypeMismatch:
    case Issue::kPendingWithGrantNumber:
      return {Severity::kWarning, basis, kWordsAgree};
    case Issue::kApplicationAsPatent:
    case Issue::kEnded:
    case Issue::kInvalidated:
    case Issue::kNeverGranted:
    case Issue::kApplicationEnded:
    case Issue::kNotFound:
    case Issue::kProbablyExpired:
      return {Severity::kWarning, basis,
              {"去除标识或改为有效专利", "remove the mark or name a right in force"}};
    case Issue::kPendingNowGranted:
      return {Severity::kInfo, basis, {"可改为标注专利号", "the mark may now name the patent"}};
    case Issue::kMarkedBeforeTermination:
      return {Severity::kInfo, basis,
              {"专利有效期间标注的产品可继续销售；新生产的产品应更新标识",
               "products marked while the right was in force may be sold; update the mark for new production"}};
    case Issue::kPendingNotice:
    case Issue::kVirtualMarking:
      return {Severity::kInfo, basis, {"核实所述专利或申请", "verify the patent or application it refers to"}};
    default:
      break;
  }
  return {Severity::kInfo, {}, kSearchStatus};
}

}  // namespace

Ruling RuleOn(std::string_view jurisdiction, Issue issue, const Date& as_of) {
  if (jurisdiction == "CN") return RuleCn(issue, as_of);
  if (jurisdiction == "US") return RuleUs(issue, as_of);
  return RuleOther(jurisdiction, issue, as_of);
}

}  // namespace patmark::rules_internal
