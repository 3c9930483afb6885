#include "checker/report/json_fields.h"

namespace patmark {

void WriteString(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

static void WriteStringOrNull(std::string_view s, JsonWriter* w) {
  if (s.empty()) {
    w->Null();
  } else {
    WriteString(w, s);
  }
}

void WriteProblems(const std::vector<Problem>& problems, JsonWriter* w) {
  w->StartArray();
  for (const Problem& p : problems) {
    w->StartObject();
    w->Key("code");
    WriteString(w, p.code);
    w->Key("message");
    WriteString(w, p.message);
    w->EndObject();
  }
  w->EndArray();
}

void WriteFormat(const CheckedNumber& n, bool has_number, JsonWriter* w) {
  w->Key("format");
  w->StartObject();
  w->Key("valid");
  if (has_number) {
    w->Bool(n.valid());
  } else {
    w->Null();  // no number to judge
  }
  w->Key("problems");
  WriteProblems(n.problems, w);
  if (!n.notes.empty()) {
    w->Key("notes");
    WriteProblems(n.notes, w);
  }
  w->EndObject();
}

void WriteMarkFields(const ScannedMark& m, JsonWriter* w) {
  w->Key("mark_kind");
  WriteString(w, MarkFormName(m.extracted.form));
  w->Key("raw");
  WriteString(w, m.raw);
  w->Key("field");
  WriteString(w, m.field);
  w->Key("start");
  w->Uint64(m.span.begin);
  w->Key("end");
  w->Uint64(m.span.end);
  w->Key("jurisdiction");
  WriteString(w, m.number.jurisdiction);
  w->Key("canonical");
  WriteStringOrNull(m.number.canonical, w);
  w->Key("kind_code");
  WriteStringOrNull(m.number.kind_code, w);
  if (m.extracted.form == MarkForm::kVirtual) {
    w->Key("address");
    WriteString(w, m.extracted.address);
  }
  w->Key("number_kind");
  WriteString(w, NumberKindName(m.number_kind));
  w->Key("patent_type");
  WriteStringOrNull(PatentTypeName(m.number.type), w);
  w->Key("claimed_type");
  WriteStringOrNull(PatentTypeName(m.extracted.claimed_type), w);
  w->Key("pending");
  w->Bool(m.extracted.pending);
  WriteFormat(m.number, m.extracted.form == MarkForm::kNumber, w);
  w->Key("marking");
  w->StartObject();
  w->Key("problems");
  WriteProblems(m.marking_problems, w);
  w->EndObject();
}

static void WriteDateOrNull(const std::optional<Date>& d, JsonWriter* w) {
  if (d) {
    WriteString(w, d->ToString());
  } else {
    w->Null();
  }
}

void WriteLegalStatus(const LegalStatus& s, JsonWriter* w) {
  w->Key("status");
  w->StartObject();
  w->Key("state");
  WriteString(w, LegalStateName(s.state));
  w->Key("source");
  WriteStringOrNull(s.source, w);
  w->Key("confidence");
  WriteStringOrNull(ConfidenceName(s.confidence), w);
  const std::pair<const char*, const std::optional<Date>*> dates[] = {
      {"filing_date", &s.filing_date},           {"grant_date", &s.grant_date},
      {"expiry_date", &s.expiry_date},           {"termination_date", &s.termination_date},
      {"checked_on", &s.checked_on}};
  for (const auto& [key, date] : dates) {
    w->Key(key);
    WriteDateOrNull(*date, w);
  }
  w->Key("events");
  w->StartArray();
  for (const LegalEvent& e : s.events) {
    w->StartObject();
    w->Key("date");
    WriteString(w, e.date.ToString());
    w->Key("code");
    WriteString(w, e.code);
    w->Key("description");
    WriteString(w, e.description);
    w->EndObject();
  }
  w->EndArray();
  if (!s.note.empty()) {
    w->Key("note");
    WriteString(w, s.note);
  }
  w->EndObject();
}

void WriteRecordErrors(const Record& record, JsonWriter* w) {
  w->Key("errors");
  w->StartArray();
  for (const RecordError& e : record.errors) {
    w->StartObject();
    w->Key("code");
    WriteString(w, e.code);
    w->Key("field");
    WriteString(w, e.field);
    w->Key("message");
    WriteString(w, DescribeError(record, e));
    w->EndObject();
  }
  w->EndArray();
}

void WriteRecordObject(const ScannedRecord& scanned, std::string_view verdict,
                       const std::function<void(size_t, JsonWriter*)>& mark_extra, JsonWriter* w,
                       const std::function<void(JsonWriter*)>& record_extra) {
  w->StartObject();
  w->Key("record");
  WriteString(w, scanned.record.id);
  w->Key("source");
  WriteString(w, scanned.record.source);
  if (!verdict.empty()) {
    w->Key("verdict");
    WriteString(w, verdict);
  }
  if (record_extra) record_extra(w);
  w->Key("marks");
  w->StartArray();
  for (size_t i = 0; i < scanned.marks.size(); ++i) {
    w->StartObject();
    WriteMarkFields(scanned.marks[i], w);
    if (mark_extra) mark_extra(i, w);
    w->EndObject();
  }
  w->EndArray();
  WriteRecordErrors(scanned.record, w);
  w->EndObject();
}

Status WriteLine(const rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
  if (!out) return UnavailableError("cannot write the output");
  return OkStatus();
}

}  // namespace patmark
