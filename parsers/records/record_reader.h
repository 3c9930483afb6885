// RecordReader streams records out of a catalog: CSV (RFC 4180), JSONL, a
// JSON array of objects, or plain text; one record at a time, so memory stays
// flat whatever the size of the input.
//
//   std::ifstream in("catalog.csv", std::ios::binary);
//   ReaderOptions options;
//   options.format = Format::kCsv;
//   StatusOr<std::unique_ptr<RecordReader>> reader =
//       NewRecordReader(in, "catalog.csv", options);
//   Record record;
//   while (true) {
//     StatusOr<bool> more = (*reader)->Next(&record);
//     if (!more.ok()) { /* the stream itself failed */ }
//     if (!*more) break;
//     ... record.errors holds what was wrong with this record ...
//   }
//
// Reading rules (also in README.md, "Reading catalogs"):
// - CSV: the first row is the header; quoted fields with doubled quotes,
//   embedded commas and newlines; CRLF, LF or CR line ends; a UTF-8 BOM is
//   skipped; blank lines are skipped. A row with more or fewer fields than the
//   header is kept, with a "ragged_row" error. A quote left open at the end of
//   the file, or a record longer than max_record_bytes, ends the record at
//   the end of its first line, with an "unclosed_quote" error; reading goes on
//   from the next line.
// - JSONL: one JSON object per non-blank line; every string at any depth is a
//   field named by its path ("label.text", "inserts[1]").
// - JSON: an array of such objects (or one object); elements are read one at
//   a time.
// - Text: one record per non-blank line (field "text"), or the whole input as
//   one record with Format::kTextFile.
// The record id is the value of the id field ("id") when present and not
// empty, else the 1-based record number.
//
// A reader is used by one thread at a time.
#ifndef PATMARK_PARSERS_RECORDS_RECORD_READER_H_
#define PATMARK_PARSERS_RECORDS_RECORD_READER_H_

#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "parsers/base/statusor.h"
#include "parsers/records/encoding.h"
#include "parsers/records/record.h"

namespace patmark {

enum class Format { kCsv, kJsonl, kJson, kTextLines, kTextFile };

// "csv", "jsonl" (or "ndjson"), "json", "text", "text-file".
StatusOr<Format> ParseFormatName(std::string_view name);
std::string_view FormatName(Format format);
// From the file extension: .csv, .jsonl/.ndjson, .json, .txt. InvalidArgument
// naming the path when the extension says nothing.
StatusOr<Format> FormatFromPath(std::string_view path);

struct ReaderOptions {
  Format format = Format::kCsv;
  Encoding encoding = Encoding::kAuto;  // Default: detect per input.
  std::string id_field = "id";          // Default: "id".
  // A CSV record longer than this is treated as an unclosed quote.
  // Default: 64 MiB. REQUIRES: > 0.
  size_t max_record_bytes = size_t{64} << 20;
  // Bytes read from the stream at a time. Default: 1 MiB.
  size_t chunk_bytes = size_t{1} << 20;
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Reads the next record into *record (cleared first). Returns true when a
  // record was read and false at the end of the input. Returns a non-OK
  // status only when the stream itself cannot be read.
  virtual StatusOr<bool> Next(Record* record) = 0;
  // The encoding in use, once detected.
  virtual Encoding encoding() const = 0;
};

// `source_name` names the input in messages. The stream must outlive the
// reader. Never fails today; returns StatusOr so formats can validate options.
StatusOr<std::unique_ptr<RecordReader>> NewRecordReader(std::istream& in,
                                                        std::string source_name,
                                                        const ReaderOptions& options);

}  // namespace patmark

#endif  // PATMARK_PARSERS_RECORDS_RECORD_READER_H_
