#include "checker/report/extract_writer.h"

#include "checker/report/json_fields.h"

namespace patmark {

Status ExtractJsonlWriter::Accept(const ScannedRecord& scanned) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("record");
  WriteString(&w, scanned.record.id);
  w.Key("source");
  WriteString(&w, scanned.record.source);
  w.Key("marks");
  w.StartArray();
  for (const ScannedMark& m : scanned.marks) {
    w.StartObject();
    WriteMarkFields(m, &w);
    w.EndObject();
  }
  w.EndArray();
  WriteRecordErrors(scanned.record, &w);
  w.EndObject();
  out_.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out_.put('\n');
  ++records_;
  marks_ += scanned.marks.size();
  if (!scanned.record.errors.empty()) ++records_with_errors_;
  if (!out_) return UnavailableError("cannot write the output");
  return OkStatus();
}

}  // namespace patmark
