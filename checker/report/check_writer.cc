#include "checker/report/check_writer.h"

#include "checker/report/json_fields.h"

namespace patmark {
namespace {

void WriteFindings(const std::vector<Finding>& findings, JsonWriter* w) {
  w->Key("findings");
  w->StartArray();
  for (const Finding& f : findings) {
    w->StartObject();
    const std::pair<const char*, std::string_view> fields[] = {
        {"code", f.code},   {"severity", SeverityName(f.severity)}, {"message", f.message},
        {"basis", f.basis}, {"correction", f.correction}};
    for (const auto& [key, value] : fields) {
      w->Key(key);
      WriteString(w, value);
    }
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace

void CheckJsonlWriter::WriteCatalog(const CheckedRecord& checked, JsonWriter* w) const {
  if (checked.marks.empty()) return;  // millions of unmarked rows stay short
  w->Key("catalog");
  w->StartObject();
  const std::pair<const char*, const std::string*> columns[] = {{"company", &columns_.company},
                                                                {"address", &columns_.address},
                                                                {"product", &columns_.product},
                                                                {"production_date", &columns_.production_date}};
  for (const auto& [key, column] : columns) {
    const Field* field = checked.scanned.record.Find(*column);
    if (field == nullptr) continue;
    w->Key(key);
    WriteString(w, field->text);
  }
  w->EndObject();
}

Status CheckJsonlWriter::Accept(const CheckedRecord& checked) {
  buffer_.Clear();  // reused: one allocation for the run, not one per record
  JsonWriter w(buffer_);
  WriteRecordObject(checked.scanned, VerdictName(checked.verdict),
                    [&](size_t i, JsonWriter* mark_writer) {
                      const CheckedMark& m = checked.marks[i];
                      WriteLegalStatus(m.status, mark_writer);
                      WriteFindings(m.findings, mark_writer);
                      mark_writer->Key("verdict");
                      WriteString(mark_writer, VerdictName(m.verdict));
                    },
                    &w, [&](JsonWriter* record_writer) { WriteCatalog(checked, record_writer); });
  return WriteLine(buffer_, out_);
}

}  // namespace patmark
