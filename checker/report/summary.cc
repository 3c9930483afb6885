#include "checker/report/summary.h"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>

#include "checker/report/findings_csv.h"
#include "checker/report/json_fields.h"

namespace patmark {
namespace {

void WriteCounts(const std::map<std::string, uint64_t>& counts, JsonWriter* w) {
  w->StartObject();
  for (const auto& [key, n] : counts) {
    WriteString(w, key);  // as a key
    w->Uint64(n);
  }
  w->EndObject();
}

// The type a mark is counted under: its number's, else what the words say.
std::string TypeKey(const ScannedMark& m) {
  PatentType t = m.number.type != PatentType::kUnknown ? m.number.type : m.extracted.claimed_type;
  return t == PatentType::kUnknown ? "unknown" : std::string(PatentTypeName(t));
}

}  // namespace

Status AuditSummary::Accept(const CheckedRecord& checked) {
  ++records_;
  ++verdicts_[std::string(VerdictName(checked.verdict))];
  Company& company = companies_[FieldText(checked.scanned.record, company_field_)];
  ++company.records;
  if (!checked.marks.empty()) {
    ++marked_records_;
    ++company.marked_records;
  }
  if (checked.verdict == Verdict::kViolation) ++company.violations;
  if (checked.verdict == Verdict::kWarning) ++company.warnings;
  for (size_t i = 0; i < checked.marks.size(); ++i) {
    const ScannedMark& m = checked.scanned.marks[i];
    const CheckedMark& c = checked.marks[i];
    ++marks_;
    const std::string& office = m.number.jurisdiction.empty() ? m.extracted.jurisdiction : m.number.jurisdiction;
    ++by_office_[office][TypeKey(m)];
    ++states_[std::string(LegalStateName(c.status.state))];
    if (c.status.confidence == Confidence::kEstimated) ++estimated_statuses_;
    if (c.status.state == LegalState::kUnknown) ++unknown_statuses_;
    for (const Finding& f : c.findings) {
      ++by_code_[f.code][std::string(SeverityName(f.severity))];
      ++severities_[std::string(SeverityName(f.severity))];
    }
  }
  return OkStatus();
}

Status AuditSummary::WriteJson(const SummaryContext& context, std::ostream& out) const {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("as_of");
  WriteString(&w, context.as_of.ToString());
  w.Key("sources");
  w.StartArray();
  for (const std::string& s : context.sources) WriteString(&w, s);
  w.EndArray();
  w.Key("records");
  w.Uint64(records_);
  w.Key("records_by_verdict");
  WriteCounts(verdicts_, &w);
  w.Key("marked_records");
  w.Uint64(marked_records_);
  w.Key("marks");
  w.Uint64(marks_);
  w.Key("marks_by_jurisdiction");
  w.StartObject();
  for (const auto& [office, types] : by_office_) {
    WriteString(&w, office);
    WriteCounts(types, &w);
  }
  w.EndObject();
  w.Key("marks_by_state");
  WriteCounts(states_, &w);
  w.Key("findings_by_severity");
  WriteCounts(severities_, &w);
  w.Key("findings_by_code");
  w.StartObject();
  for (const auto& [code, severities] : by_code_) {
    WriteString(&w, code);
    WriteCounts(severities, &w);
  }
  w.EndObject();
  w.Key("statuses");
  w.StartObject();
  w.Key("distinct_numbers");
  w.Uint64(context.distinct_numbers);
  w.Key("unknown");
  w.Uint64(unknown_statuses_);
  w.Key("estimated");
  w.Uint64(estimated_statuses_);
  w.EndObject();
  w.Key("companies");
  w.StartArray();
  for (const auto& [name, c] : companies_) {
    w.StartObject();
    w.Key("company");
    WriteString(&w, name);
    const std::pair<const char*, uint64_t> counts[] = {
        {"records", c.records}, {"marked_records", c.marked_records}, {"violations", c.violations},
        {"warnings", c.warnings}};
    for (const auto& [key, n] : counts) {
      w.Key(key);
      w.Uint64(n);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  // Indented for people: the compact text is parsed once and reprinted.
  rapidjson::Document doc;
  doc.Parse(buffer.GetString(), buffer.GetSize());
  rapidjson::StringBuffer indented;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> pretty(indented);
  pretty.SetIndent(' ', 2);
  doc.Accept(pretty);
  return WriteLine(indented, out);
}

}  // namespace patmark
