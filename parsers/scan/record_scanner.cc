#include "parsers/scan/record_scanner.h"

#include "parsers/base/status_macros.h"
#include "parsers/normalize/normalizer.h"
#include "parsers/scan/mark_wording.h"

namespace patmark {

RecordScanner::RecordScanner(const MarkExtractor& extractor, ScanOptions options)
    : extractor_(extractor), options_(std::move(options)) {}

bool RecordScanner::ShouldScan(const Field& field) const {
  if (options_.text_fields.empty()) return field.name != options_.id_field;
  for (const std::string& name : options_.text_fields) {
    if (name == field.name) return true;
  }
  return false;
}

void RecordScanner::Scan(Record record, ScannedRecord* out) const {
  out->marks.clear();
  NormalizedText normalized;
  std::vector<ExtractedMark> found;
  CheckOptions check;
  check.as_of = options_.as_of;
  for (const Field& field : record.fields) {
    if (!ShouldScan(field) || !extractor_.MayContainMarks(field.text)) continue;
    Normalize(field.text, &normalized);
    found.clear();
    extractor_.Extract(normalized.text, &found);
    for (ExtractedMark& m : found) {
      ScannedMark sm;
      sm.field = field.name;
      sm.span = normalized.map.ToOriginal(m.span);
      sm.raw = field.text.substr(sm.span.begin, sm.span.size());
      check.publication_context = m.publication_context;
      check.application_context = m.presented == NumberKind::kApplication;
      check.type_context = m.claimed_type;
      check.default_jurisdiction = m.jurisdiction;
      if (m.form == MarkForm::kNumber) {
        StatusOr<CheckedNumber> number = CheckNumber(m.number_text, check);
        if (number.ok()) {
          sm.number = std::move(*number);
        } else {
          sm.number.jurisdiction = m.jurisdiction;
          sm.number.canonical = m.jurisdiction + m.number_text;
          sm.number.problems.push_back(Problem{"unparseable", number.status().message()});
        }
      } else {
        sm.number.jurisdiction = m.jurisdiction;  // a notice or an address: no number
      }
      sm.number_kind = PresentedKind(m, sm.number);
      sm.marking_problems = CheckMarkWording(m, sm.number);
      sm.extracted = std::move(m);
      out->marks.push_back(std::move(sm));
    }
  }
  out->record = std::move(record);
}

Status RecordScanner::Run(RecordReader& reader, ScanSink& sink) const {
  Record record;
  ScannedRecord scanned;
  while (true) {
    StatusOr<bool> more = reader.Next(&record);
    if (!more.ok()) return more.status();
    if (!*more) return OkStatus();
    Scan(std::move(record), &scanned);
    PATMARK_RETURN_IF_ERROR(sink.Accept(std::move(scanned)));
    record = Record();
  }
}

}  // namespace patmark
