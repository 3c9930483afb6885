#include "checker/rules/internal/observations.h"

#include <algorithm>

namespace patmark::rules_internal {

const std::string& JurisdictionOf(const ScannedMark& mark) {
  return mark.number.jurisdiction.empty() ? mark.extracted.jurisdiction : mark.number.jurisdiction;
}

namespace {

// The mark presents an application, not a patent: it says so, or its number
// is an application's (a file number, an application publication with an A
// kind code, any international application).
bool PresentsApplication(const ScannedMark& mark) {
  if (mark.extracted.pending || mark.number_kind == NumberKind::kApplication) return true;
  if (mark.number_kind == NumberKind::kPublication && IsApplicationKindCode(mark.number.kind_code)) return true;
  return JurisdictionOf(mark) == "WO";
}

bool Has(const std::vector<Observation>& seen, Issue issue) {
  return std::any_of(seen.begin(), seen.end(), [&](const Observation& o) { return o.issue == issue; });
}

// The wording problems the scanner found, as observations.
void ObserveWording(const ScannedMark& mark, std::vector<Observation>* out) {
  for (const Problem& p : mark.marking_problems) {
    if (p.code == "type_words_missing") out->push_back({Issue::kTypeWordsMissing, ""});
    if (p.code == "type_mismatch") out->push_back({Issue::kTypeMismatch, ""});
    if (p.code == "pending_wording_missing") out->push_back({Issue::kPendingWordingMissing, ""});
    if (p.code == "application_as_patent") out->push_back({Issue::kApplicationAsPatent, ""});
    if (p.code == "pending_with_grant_number") out->push_back({Issue::kPendingWithGrantNumber, ""});
    if (p.code == "check_dot_missing" || p.code == "lowercase_check_x") out->push_back({Issue::kNumberStyle, p.code});
  }
}

// A patent that was granted and has ended: it can have been lawfully marked
// before the end (an abandoned right with a grant date was surrendered).
bool EndedAfterGrant(const LegalStatus& s) {
  switch (s.state) {
    case LegalState::kExpired:
    case LegalState::kLapsed:
      return true;
    case LegalState::kAbandoned:
      return s.grant_date.has_value();
    default:
      return false;
  }
}

Issue IssueForDeadRight(const ScannedMark& mark, const LegalStatus& s, const RuleContext& context) {
  if (PresentsApplication(mark)) return Issue::kApplicationEnded;
  if (s.state == LegalState::kInvalidated) return Issue::kInvalidated;
  if (!EndedAfterGrant(s)) return Issue::kNeverGranted;
  std::optional<Date> end = s.EndDate();
  if (context.production_date && end && *context.production_date < *end) return Issue::kMarkedBeforeTermination;
  return Issue::kEnded;
}

void ObserveStatus(const ScannedMark& mark, const LegalStatus& s, const RuleContext& context,
                   std::vector<Observation>* out) {
  if (!IsSourced(s.confidence)) {
    bool estimated_dead = s.confidence == Confidence::kEstimated && s.state == LegalState::kExpired;
    out->push_back({estimated_dead ? Issue::kProbablyExpired : Issue::kStatusUnknown, ""});
    return;
  }
  switch (s.state) {
    case LegalState::kUnknown:
      out->push_back({Issue::kStatusUnknown, ""});
      return;
    case LegalState::kInForce:
      if (mark.extracted.pending) out->push_back({Issue::kPendingNowGranted, ""});
      return;
    case LegalState::kPending:
      if (!PresentsApplication(mark) && !Has(*out, Issue::kApplicationAsPatent)) {
        out->push_back({Issue::kApplicationAsPatent, ""});
      }
      return;
    case LegalState::kNotFound:
      out->push_back({Issue::kNotFound, ""});
      return;
    default:
      out->push_back({IssueForDeadRight(mark, s, context), ""});
      return;
  }
}

// Names of states and types in the messages.
Text StateWords(LegalState state) {
  switch (state) {
    case LegalState::kExpired: return {"期限届满终止", "expired"};
    case LegalState::kLapsed: return {"因未缴年费终止", "lapsed (fees unpaid)"};
    case LegalState::kInvalidated: return {"被宣告无效", "declared invalid"};
    case LegalState::kWithdrawn: return {"被视为撤回", "withdrawn"};
    case LegalState::kRejected: return {"被驳回", "rejected"};
    case LegalState::kAbandoned: return {"被放弃", "abandoned"};
    default: return {std::string(LegalStateName(state)), std::string(LegalStateName(state))};
  }
}

Text TypeWords(PatentType type) {
  switch (type) {
    case PatentType::kInvention: return {"发明专利", "invention"};
    case PatentType::kUtilityModel: return {"实用新型专利", "utility model"};
    case PatentType::kDesign: return {"外观设计专利", "design"};
    case PatentType::kPlant: return {"植物专利", "plant"};
    default: return {"未知类别", "unknown type"};
  }
}

// " 于 2019-01-21" / " on 2019-01-21", or nothing when the date is unknown.
Text On(const std::optional<Date>& date) {
  if (!date) return {"", ""};
  return {"于 " + date->ToString() + " ", " on " + date->ToString()};
}

}  // namespace

std::vector<Observation> Observe(const ScannedMark& mark, const LegalStatus& status, const RuleContext& context) {
  std::vector<Observation> out;
  if (mark.extracted.form == MarkForm::kPendingNotice) return {{Issue::kPendingNotice, ""}};
  if (mark.extracted.form == MarkForm::kVirtual) return {{Issue::kVirtualMarking, ""}};
  if (!mark.number.valid()) out.push_back({Issue::kMalformed, ""});
  ObserveWording(mark, &out);
  // An application publication or international application printed
  // without "pending" words reads as a patent.
  bool application_number = mark.number_kind != NumberKind::kApplication && PresentsApplication(mark);
  if (application_number && !mark.extracted.pending && !Has(out, Issue::kApplicationAsPatent)) {
    out.push_back({Issue::kApplicationAsPatent, ""});
  }
  ObserveStatus(mark, status, context, &out);
  return out;
}

std::string IssueCode(Issue issue, const LegalStatus& status) {
  switch (issue) {
    case Issue::kMalformed: return "MALFORMED";
    case Issue::kTypeWordsMissing: return "TYPE_WORDS_MISSING";
    case Issue::kTypeMismatch: return "TYPE_MISMATCH";
    case Issue::kPendingWordingMissing: return "PENDING_WORDING_MISSING";
    case Issue::kApplicationAsPatent: return "APPLICATION_AS_PATENT";
    case Issue::kPendingWithGrantNumber: return "PENDING_WITH_GRANT_NUMBER";
    case Issue::kNumberStyle: return "NUMBER_STYLE";
    case Issue::kMarkedBeforeTermination: return "MARKED_BEFORE_TERMINATION";
    case Issue::kNotFound: return "NOT_FOUND";
    case Issue::kProbablyExpired: return "PROBABLY_EXPIRED";
    case Issue::kStatusUnknown: return "STATUS_UNKNOWN";
    case Issue::kPendingNowGranted: return "PENDING_NOW_GRANTED";
    case Issue::kVirtualMarking: return "VIRTUAL_MARKING";
    case Issue::kPendingNotice: return "PENDING_NOTICE";
    case Issue::kEnded:
    case Issue::kInvalidated:
    case Issue::kNeverGranted:
    case Issue::kApplicationEnded: {
      std::string code(LegalStateName(status.state));
      std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
      return code;
    }
  }
  return "UNKNOWN";
}

Text Describe(const Observation& o, const ScannedMark& mark, const LegalStatus& s, const RuleContext& context) {
  const std::string n = mark.number.canonical.empty() ? mark.extracted.number_text : mark.number.canonical;
  const Text state = StateWords(s.state);
  const Text end = On(s.EndDate());
  const std::string as_of = context.as_of.ToString();
  switch (o.issue) {
    case Issue::kMalformed: {
      Text t{"编号“" + mark.extracted.number_text + "”格式有误：", "the number " + mark.extracted.number_text +
                                                                       " is malformed: "};
      for (size_t i = 0; i < mark.number.problems.size(); ++i) {
        t.zh += (i ? "、" : "") + mark.number.problems[i].code;
        t.en += (i ? "; " : "") + mark.number.problems[i].message;
      }
      return t;
    }
    case Issue::kTypeWordsMissing:
      return {"标识未用中文标明专利类别（发明专利、实用新型专利或外观设计专利）",
              "the mark does not name the patent type in Chinese (发明专利, 实用新型专利 or 外观设计专利)"};
    case Issue::kTypeMismatch: {
      Text claimed = TypeWords(mark.extracted.claimed_type), actual = TypeWords(mark.number.type);
      return {"标识称“" + claimed.zh + "”，但 " + n + " 是" + actual.zh + "的编号",
              "the mark says " + claimed.en + " but " + n + " is a " + actual.en + " number"};
    }
    case Issue::kPendingWordingMissing:
      return {"专利申请的标识未注明“专利申请，尚未授权”",
              "a mark made before grant must say 专利申请，尚未授权 (application, not yet granted)"};
    case Issue::kApplicationAsPatent:
      if (IsSourced(s.confidence) && s.state == LegalState::kPending) {
        return {n + " 尚未授权（审查中），标识却将其标为专利",
                n + " is not granted (pending), but the mark presents it as a patent"};
      }
      return {n + " 是专利申请的编号，标识却将其标为专利",
              n + " is an application's number, but the mark presents it as a patent"};
    case Issue::kPendingWithGrantNumber:
      return {"标识称尚在申请中，但 " + n + " 写成了已授权专利的编号",
              "the mark says the patent is only applied for, but " + n + " is written as a granted patent"};
    case Issue::kNumberStyle:
      if (o.problem_code == "check_dot_missing") {
        return {"校验位前应有小数点：" + n, "the check character should follow a dot: " + n};
      }
      return {"校验位 X 应大写：" + n, "the check character X is written in lower case: " + n};
    case Issue::kEnded:
    case Issue::kInvalidated:
      return {"专利 " + n + " 已" + end.zh + state.zh + "，检查日 " + as_of + " 时已不再有效",
              "patent " + n + " " + state.en + end.en + ", before the inspection on " + as_of};
    case Issue::kNeverGranted:
      return {n + " 从未获得授权：该申请已" + end.zh + state.zh + "，标识却将其标为专利",
              n + " was never granted: the application was " + state.en + end.en +
                  ", but the mark presents it as a patent"};
    case Issue::kApplicationEnded:
      return {"标识仍称 " + n + " 为专利申请，但其已" + end.zh + state.zh,
              "the mark still presents " + n + " as an application, but it was " + state.en + end.en};
    case Issue::kMarkedBeforeTermination: {
      const std::string made = context.production_date ? context.production_date->ToString() : "";
      return {"专利 " + n + " 已" + end.zh + state.zh + "，但产品生产日期 " + made + " 在终止之前",
              "patent " + n + " " + state.en + end.en + ", but the product was made on " + made + ", before that"};
    }
    case Issue::kNotFound:
      return {"法律状态来源（对该局完整）中没有 " + n + "：产品可能并无专利",
              n + " is not known to a source that is complete for its office: the product may have no patent" +
                  (s.note.empty() ? "" : " (" + s.note + ")")};
    case Issue::kProbablyExpired: {
      const std::string by = s.expiry_date ? s.expiry_date->ToString() : "?";
      return {"未查到法律状态；按编号推算，" + n + " 最迟已于 " + by + " 期满，很可能已失效，请检索确认",
              "no source answered; from its number, " + n + " expired by " + by +
                  " at the latest: probably expired, confirm with a legal-status search"};
    }
    case Issue::kStatusUnknown:
      if (mark.number.canonical.empty()) {
        return {"编号无法识别，无法查询法律状态", "the number could not be read, so its legal status is unknown"};
      }
      if (s.expiry_date) {
        return {"未能确定 " + n + " 的法律状态（按编号推算最迟可至 " + s.expiry_date->ToString() + "）",
                "the legal status of " + n + " could not be determined; its term can last until " +
                    s.expiry_date->ToString() + " at the latest"};
      }
      return {"未能确定 " + n + " 的法律状态", "the legal status of " + n + " could not be determined"};
    case Issue::kPendingNowGranted: {
      const Text granted = On(s.grant_date);
      return {n + " 已" + granted.zh + "授权，标识仍称专利申请",
              n + " was granted" + granted.en + "; the mark still calls it an application"};
    }
    case Issue::kVirtualMarking:
      return {"虚拟标注：专利号列于 " + mark.extracted.address + "，该网页未核实",
              "virtual marking: the patents are listed at " + mark.extracted.address + "; the page was not checked"};
    case Issue::kPendingNotice:
      return {"“专利申请中”声明未给出申请号，无法核实",
              "a patent-pending notice without an application number: it cannot be verified"};
  }
  return {};
}

}  // namespace patmark::rules_internal
