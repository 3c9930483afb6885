#include "checker/report/brief_writer.h"

#include <string>

namespace patmark {
namespace {

std::string VerdictWord(Verdict v, Language language) {
  const bool zh = language == Language::kZh;
  switch (v) {
    case Verdict::kViolation: return zh ? "违法" : "VIOLATION";
    case Verdict::kWarning: return zh ? "警告" : "WARNING";
    case Verdict::kError: return zh ? "记录有误" : "RECORD ERROR";
    case Verdict::kUnknown: return zh ? "状态未知，需检索" : "UNKNOWN, search needed";
    case Verdict::kOk: return zh ? "合规" : "OK";
    case Verdict::kNoMarks: return zh ? "无专利标识" : "no patent marks";
  }
  return "";
}

}  // namespace

Status BriefWriter::Accept(const CheckedRecord& checked) {
  const bool zh = language_ == Language::kZh;
  const Record& record = checked.scanned.record;
  std::string text = record.id + (record.source == "--text" ? "" : " (" + record.source + ")") + ": " +
                     VerdictWord(checked.verdict, language_) + "\n";
  for (size_t i = 0; i < checked.marks.size(); ++i) {
    const ScannedMark& m = checked.scanned.marks[i];
    const CheckedMark& c = checked.marks[i];
    text += "  [" + VerdictWord(c.verdict, language_) + "] " + m.raw;
    if (!m.number.canonical.empty()) text += "  → " + m.number.canonical;
    text += "\n";
    if (m.extracted.form == MarkForm::kNumber) {
      std::string state(LegalStateName(c.status.state));
      if (std::optional<Date> end = c.status.EndDate(); end && IsDead(c.status.state)) state += " " + end->ToString();
      if (!c.status.source.empty()) state += ", " + c.status.source;
      if (c.status.confidence != Confidence::kNone) state += ", " + std::string(ConfidenceName(c.status.confidence));
      text += std::string(zh ? "    法律状态：" : "    legal state: ") + state + "\n";
    }
    for (const Finding& f : c.findings) {
      text += "    " + f.code + "  " + f.message + "\n";
      if (!f.basis.empty()) text += std::string(zh ? "      依据：" : "      basis: ") + f.basis + "\n";
      if (!f.correction.empty()) text += std::string(zh ? "      整改：" : "      correction: ") + f.correction + "\n";
    }
  }
  for (const RecordError& e : record.errors) text += "  ! " + DescribeError(record, e) + "\n";
  out_ << text;
  if (!out_) return UnavailableError("cannot write the output");
  return OkStatus();
}

}  // namespace patmark
