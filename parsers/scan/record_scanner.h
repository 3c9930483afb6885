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
// Scan() is const and thread-safe. Run() scans with `jobs` threads: the
// calling thread reads and feeds the sink, in input order, while workers scan
// chunks of records; at most a few chunks per worker are in flight, so memory
// stays flat whatever the input's size.
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
  // Run() with jobs > 1 hands records to workers in chunks of about this many
  // bytes of field text (at most 16,384 records). Threads meet once per
  // chunk, and on virtual machines waking a sleeping thread costs tens of
  // microseconds: chunks of 60 KB made two jobs slower than one. 512 KB was
  // as fast as 1 MB over a 100 MB catalog and keeps 10 MB less in flight.
  size_t chunk_bytes = size_t{512} << 10;
};

class RecordScanner {
 public:
  // `extractor` must outlive the scanner.
  RecordScanner(const MarkExtractor& extractor, ScanOptions options);

  // Scans one record; *out takes ownership of it.
  void Scan(Record record, ScannedRecord* out) const;

  // Reads every record and hands each, scanned, to `sink` on the calling
  // thread, in input order. `jobs` threads scan (1: the calling thread alone).
  // Returns the reader's stream error or the sink's error, after the records
  // read before it have reached the sink; record problems are data.
  Status Run(RecordReader& reader, ScanSink& sink, unsigned jobs = 1) const;

 private:
  bool ShouldScan(const Field& field) const;
  Status RunSerial(RecordReader& reader, ScanSink& sink) const;
  Status RunParallel(RecordReader& reader, ScanSink& sink, unsigned jobs) const;

  const MarkExtractor& extractor_;
  ScanOptions options_;
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_SCAN_RECORD_SCANNER_H_
