// Writers of the JSON shapes in design.md §4, shared by every JSONL output
// (extract now; check and audit findings build on the same pieces).
//
//   rapidjson::StringBuffer buffer;
//   rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
//   WriteMarkFields(mark, &writer);   // inside an object
#ifndef PATMARK_CHECKER_REPORT_JSON_FIELDS_H_
#define PATMARK_CHECKER_REPORT_JSON_FIELDS_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <functional>
#include <ostream>
#include <string_view>
#include <vector>

#include "checker/status/legal_status.h"
#include "parsers/scan/scanned_record.h"

namespace patmark {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter* w, std::string_view s);
// `problems` as [{"code":..,"message":..}].
void WriteProblems(const std::vector<Problem>& problems, JsonWriter* w);
// "format":{"valid","problems"[,"notes"]} of a number; valid is null when
// the mark has no number.
void WriteFormat(const CheckedNumber& number, bool has_number, JsonWriter* w);
// The keys of one mark of `patmark extract` (raw ... marking), without braces.
void WriteMarkFields(const ScannedMark& mark, JsonWriter* w);
// "status":{"state","source","confidence","filing_date",...,"events","note"}.
void WriteLegalStatus(const LegalStatus& status, JsonWriter* w);
// "errors":[{"code","field","message"}] of a record.
void WriteRecordErrors(const Record& record, JsonWriter* w);

// One record's object: {"record","source"[,"verdict"],…,"marks":[...],"errors"}
// where each mark has WriteMarkFields plus what mark_extra(i, w) adds to
// mark i, and record_extra(w) adds members before "marks". `verdict` is left
// out when empty (extract).
void WriteRecordObject(const ScannedRecord& scanned, std::string_view verdict,
                       const std::function<void(size_t, JsonWriter*)>& mark_extra, JsonWriter* w,
                       const std::function<void(JsonWriter*)>& record_extra = nullptr);

// Writes the buffer and a newline; Unavailable once the stream has failed
// (a closed pipe), so that the run stops.
Status WriteLine(const rapidjson::StringBuffer& buffer, std::ostream& out);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_JSON_FIELDS_H_
