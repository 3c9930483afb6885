#include "checker/check/checker.h"

namespace patmark {
namespace {

// The record's production date, when it has a well-formed one; a malformed
// one becomes a record error that names the field.
std::optional<Date> ProductionDate(const std::string& field_name, Record* record) {
  const Field* field = record->Find(field_name);
  if (field == nullptr || field->text.empty()) return std::nullopt;
  StatusOr<Date> date = Date::Parse(field->text);
  if (date.ok()) return *date;
  record->AddError("invalid_date", field_name, date.status().message() + " (expected YYYY-MM-DD)");
  return std::nullopt;
}

}  // namespace

Checker::Checker(SourceChain* sources, CheckerOptions options, CheckSink* out)
    : sources_(sources), options_(std::move(options)), out_(out) {}

Status Checker::Emit(const CheckedRecord& checked) {
  ++verdicts_[static_cast<size_t>(checked.verdict)];
  return out_->Accept(checked);
}

Status Checker::Accept(ScannedRecord&& scanned) {
  if (batch_.empty() && scanned.marks.empty()) {  // nothing to look up: passed on at once
    pass_through_.scanned = std::move(scanned);
    ProductionDate(options_.production_date_field, &pass_through_.scanned.record);  // only to report a bad one
    pass_through_.verdict = RecordVerdict({}, !pass_through_.scanned.record.errors.empty());
    return Emit(pass_through_);
  }
  for (const ScannedMark& m : scanned.marks) pending_lookups_ += m.extracted.form == MarkForm::kNumber ? 1 : 0;
  batch_.push_back(CheckedRecord{std::move(scanned), {}, Verdict::kNoMarks});
  if (batch_.size() >= options_.batch_records) return Flush();
  return OkStatus();
}

Status Checker::Flush() {
  std::vector<CheckedNumber> numbers;
  for (const CheckedRecord& r : batch_) {
    for (const ScannedMark& m : r.scanned.marks) {
      if (m.extracted.form == MarkForm::kNumber) numbers.push_back(m.number);
    }
  }
  std::vector<LegalStatus> statuses = sources_->Resolve(numbers, options_.as_of);
  size_t next_status = 0;
  Status result = OkStatus();
  for (CheckedRecord& r : batch_) {
    RuleContext context{options_.as_of, ProductionDate(options_.production_date_field, &r.scanned.record),
                        options_.language};
    std::vector<Verdict> verdicts;
    for (const ScannedMark& m : r.scanned.marks) {
      CheckedMark checked;
      if (m.extracted.form == MarkForm::kNumber) checked.status = std::move(statuses[next_status++]);
      checked.findings = JudgeMark(m, checked.status, context);
      checked.verdict = MarkVerdict(m, checked.status, checked.findings);
      verdicts.push_back(checked.verdict);
      r.marks.push_back(std::move(checked));
    }
    r.verdict = RecordVerdict(verdicts, !r.scanned.record.errors.empty());
    if (result.ok()) result = Emit(r);
  }
  batch_.clear();
  pending_lookups_ = 0;
  return result;
}

}  // namespace patmark
