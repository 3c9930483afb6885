#include "checker/report/extract_writer.h"

#include "checker/report/json_fields.h"

namespace patmark {

Status ExtractJsonlWriter::Accept(ScannedRecord&& scanned) {
  buffer_.Clear();  // reused: one allocation for the run, not one per record
  JsonWriter w(buffer_);
  WriteRecordObject(scanned, "", nullptr, &w);
  ++records_;
  marks_ += scanned.marks.size();
  if (!scanned.record.errors.empty()) ++records_with_errors_;
  return WriteLine(buffer_, out_);
}

}  // namespace patmark
