#include "checker/report/extract_writer.h"

#include "checker/report/json_fields.h"

namespace patmark {

Status ExtractJsonlWriter::Accept(ScannedRecord&& scanned) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  WriteRecordObject(scanned, "", nullptr, &w);
  ++records_;
  marks_ += scanned.marks.size();
  if (!scanned.record.errors.empty()) ++records_with_errors_;
  return WriteLine(buffer, out_);
}

}  // namespace patmark
