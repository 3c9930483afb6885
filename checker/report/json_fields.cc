#include "checker/report/json_fields.h"

namespace patmark {

void WriteString(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

static void WriteTypeOrNull(PatentType t, JsonWriter* w) {
  if (t == PatentType::kUnknown) {
    w->Null();
  } else {
    WriteString(w, PatentTypeName(t));
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

void WriteMarkFields(const ScannedMark& m, JsonWriter* w) {
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
  WriteString(w, m.number.canonical);
  w->Key("number_kind");
  WriteString(w, NumberKindName(m.number_kind));
  w->Key("patent_type");
  WriteTypeOrNull(m.number.type, w);
  w->Key("claimed_type");
  WriteTypeOrNull(m.extracted.claimed_type, w);
  w->Key("pending");
  w->Bool(m.extracted.pending);
  w->Key("format");
  w->StartObject();
  w->Key("valid");
  w->Bool(m.number.valid());
  w->Key("problems");
  WriteProblems(m.number.problems, w);
  w->EndObject();
  w->Key("marking");
  w->StartObject();
  w->Key("problems");
  WriteProblems(m.marking_problems, w);
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

}  // namespace patmark
