// Record: one row of a catalog (a CSV row, a JSONL line, a JSON array element
// or a line of text) after decoding to UTF-8, with the problems found while
// reading it.
//
// A problem with one record is data, not a failure of the read: it goes into
// Record::errors and the record still yields its output row (design.md §3:
// every record in, one row out).
#ifndef PATMARK_PARSERS_RECORDS_RECORD_H_
#define PATMARK_PARSERS_RECORDS_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patmark {

struct Field {
  std::string name;  // CSV header, JSON key or path ("label.text", "inserts[1]"), or "text"
  std::string text;  // UTF-8; invalid input bytes replaced by U+FFFD
};

struct RecordError {
  std::string code;     // stable, e.g. "invalid_encoding", "ragged_row", "invalid_json"
  std::string field;    // empty when the problem is not tied to one field
  std::string message;  // what is wrong and where, without the record prefix
};

struct Record {
  std::string source;  // the input's name as the user gave it ("-" for stdin)
  uint64_t row = 0;    // 1-based position among the records of the input
  uint64_t line = 0;   // 1-based line of the input where the record starts
  std::string id;      // the id field when present, else the row number
  std::vector<Field> fields;
  std::vector<RecordError> errors;

  // Returns the field called `name`, or nullptr.
  const Field* Find(std::string_view name) const;
  void AddError(std::string code, std::string field, std::string message);
  void Clear();
};

// "catalog.csv: record 17 (line 18), field "box": <message>", the form in which
// record problems are shown to users.
std::string DescribeError(const Record& record, const RecordError& error);

}  // namespace patmark

#endif  // PATMARK_PARSERS_RECORDS_RECORD_H_
