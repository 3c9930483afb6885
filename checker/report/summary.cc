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
    if (m.extracted.form == MarkForm::kNumber) numbers_.insert(m.number.canonical);
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
  w.Uint64(numbers_.size());
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

namespace {

void WriteNestedCounts(const std::map<std::string, std::map<std::string, uint64_t>>& counts, JsonWriter* w) {
  w->StartObject();
  for (const auto& [key, inner] : counts) {
    WriteString(w, key);
    WriteCounts(inner, w);
  }
  w->EndObject();
}

// Reads {"key": n, ...} into *counts; false when it is not that shape.
bool ReadCounts(const rapidjson::Value& v, std::map<std::string, uint64_t>* counts) {
  if (!v.IsObject()) return false;
  for (const auto& m : v.GetObject()) {
    if (!m.value.IsUint64()) return false;
    (*counts)[m.name.GetString()] = m.value.GetUint64();
  }
  return true;
}

bool ReadNestedCounts(const rapidjson::Value& v, std::map<std::string, std::map<std::string, uint64_t>>* counts) {
  if (!v.IsObject()) return false;
  for (const auto& m : v.GetObject()) {
    if (!ReadCounts(m.value, &(*counts)[m.name.GetString()])) return false;
  }
  return true;
}

}  // namespace

uint64_t AuditSummary::records_with(Verdict verdict) const {
  auto it = verdicts_.find(std::string(VerdictName(verdict)));
  return it == verdicts_.end() ? 0 : it->second;
}

void AuditSummary::SaveState(JsonWriter* w) const {
  w->StartObject();
  const std::pair<const char*, uint64_t> totals[] = {{"records", records_}, {"marked_records", marked_records_},
                                                     {"marks", marks_}, {"unknown", unknown_statuses_},
                                                     {"estimated", estimated_statuses_}};
  for (const auto& [key, n] : totals) {
    w->Key(key);
    w->Uint64(n);
  }
  const std::pair<const char*, const std::map<std::string, uint64_t>*> maps[] = {
      {"verdicts", &verdicts_}, {"states", &states_}, {"severities", &severities_}};
  for (const auto& [key, counts] : maps) {
    w->Key(key);
    WriteCounts(*counts, w);
  }
  w->Key("by_office");
  WriteNestedCounts(by_office_, w);
  w->Key("by_code");
  WriteNestedCounts(by_code_, w);
  w->Key("companies");
  w->StartObject();
  for (const auto& [name, c] : companies_) {
    WriteString(w, name);
    w->StartArray();
    for (uint64_t n : {c.records, c.marked_records, c.violations, c.warnings}) w->Uint64(n);
    w->EndArray();
  }
  w->EndObject();
  w->Key("numbers");
  w->StartArray();
  for (const std::string& number : numbers_) WriteString(w, number);
  w->EndArray();
  w->EndObject();
}

Status AuditSummary::LoadState(const rapidjson::Value& state) {
  auto malformed = [](const char* part) { return InvalidArgumentError(std::string("the saved counts: ") + part + " is malformed"); };
  if (!state.IsObject()) return malformed("the object");
  AuditSummary loaded(company_field_);
  const std::pair<const char*, uint64_t*> totals[] = {
      {"records", &loaded.records_}, {"marked_records", &loaded.marked_records_}, {"marks", &loaded.marks_},
      {"unknown", &loaded.unknown_statuses_}, {"estimated", &loaded.estimated_statuses_}};
  for (const auto& [key, n] : totals) {
    auto it = state.FindMember(key);
    if (it == state.MemberEnd() || !it->value.IsUint64()) return malformed(key);
    *n = it->value.GetUint64();
  }
  const std::pair<const char*, std::map<std::string, uint64_t>*> maps[] = {
      {"verdicts", &loaded.verdicts_}, {"states", &loaded.states_}, {"severities", &loaded.severities_}};
  for (const auto& [key, counts] : maps) {
    auto it = state.FindMember(key);
    if (it == state.MemberEnd() || !ReadCounts(it->value, counts)) return malformed(key);
  }
  for (const auto& [key, counts] : {std::pair{"by_office", &loaded.by_office_}, std::pair{"by_code", &loaded.by_code_}}) {
    auto it = state.FindMember(key);
    if (it == state.MemberEnd() || !ReadNestedCounts(it->value, counts)) return malformed(key);
  }
  auto companies = state.FindMember("companies");
  if (companies == state.MemberEnd() || !companies->value.IsObject()) return malformed("companies");
  for (const auto& m : companies->value.GetObject()) {
    if (!m.value.IsArray() || m.value.Size() != 4) return malformed("companies");
    Company& c = loaded.companies_[m.name.GetString()];
    uint64_t* fields[] = {&c.records, &c.marked_records, &c.violations, &c.warnings};
    for (rapidjson::SizeType i = 0; i < 4; ++i) {
      if (!m.value[i].IsUint64()) return malformed("companies");
      *fields[i] = m.value[i].GetUint64();
    }
  }
  auto numbers = state.FindMember("numbers");
  if (numbers == state.MemberEnd() || !numbers->value.IsArray()) return malformed("numbers");
  for (const auto& n : numbers->value.GetArray()) {
    if (!n.IsString()) return malformed("numbers");
    loaded.numbers_.insert(n.GetString());
  }
  *this = std::move(loaded);
  return OkStatus();
}

}  // namespace patmark
