// RecordScanner carries records from a reader to a sink: for each field to
// scan it normalizes the text, extracts marks, checks each number and the
// mark's wording, and maps every span back to the field's original bytes.
// The ripgrep "searcher": it knows readers and sinks, not what they print.
//
//   ScanOptions options;
//   options.as_of = *Date::Parse("2017-04-29");
//   RecordScanner scanner(*extractor, options);
//   Status s = scanner.Run(*reader, sink);   // push model: flat memory
//
// Scan() is const and thread-safe; Run() is a simple single-threaded loop.
#ifndef PATMARK_PARSERS_SCAN_RECORD_SCANNER_H_
#define PATMARK_PARSERS_SCAN_RECORD_SCANNER_H_

#include <string>
#include <vector>

#include "parsers/base/date.h"
#include "parsers/extract/mark_extractor.h"
#include "parsers/records/record_reader.h"
#include "parsers/scan/scanned_record.h"

namespace patmark {

struct ScanOptions {
  Date as_of;  // REQUIRES: set; the inspection date.
  // Fields to scan. Default (empty): every field but the id field.
  std::vector<std::string> text_fields;
  std::string id_field = "id";  // Default: "id".
};

class RecordScanner {
 public:
  // `extractor` must outlive the scanner.
  RecordScanner(const MarkExtractor& extractor, ScanOptions options);

  // Scans one record; *out takes ownership of it.
  void Scan(Record record, ScannedRecord* out) const;

  // Reads every record and hands each, scanned, to `sink`. Returns the
  // reader's stream error or the sink's error; record problems are data.
  Status Run(RecordReader& reader, ScanSink& sink) const;

 private:
  bool ShouldScan(const Field& field) const;

  const MarkExtractor& extractor_;
  ScanOptions options_;
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_SCAN_RECORD_SCANNER_H_
