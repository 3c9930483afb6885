// ReaderBase: what every record reader shares: the input window, the decoder,
// record numbering and line counting, field decoding with error reporting.
#ifndef PATMARK_PARSERS_RECORDS_INTERNAL_READER_BASE_H_
#define PATMARK_PARSERS_RECORDS_INTERNAL_READER_BASE_H_

#include <string>
#include <string_view>

#include "parsers/records/internal/input_buffer.h"
#include "parsers/records/record_reader.h"

namespace patmark::records_internal {

class ReaderBase : public RecordReader {
 public:
  ReaderBase(std::istream& in, std::string source, const ReaderOptions& options);
  Encoding encoding() const override { return decoder_.encoding(); }

 protected:
  // Fills the window once and lets the decoder look at the first bytes; skips
  // a UTF-8 byte order mark.
  void Start();
  // Starts a new record at the current line.
  void BeginRecord(Record* record);
  // Decodes `bytes` into a new field of *record, reporting bad bytes.
  void AddField(Record* record, std::string name, std::string_view bytes);
  // The same, taking the bytes (no copy when they are valid UTF-8).
  void AddField(Record* record, std::string name, std::string&& bytes);
  // Sets record->id from the id field, or the row number.
  void AssignId(Record* record) const;
  // Consumes n bytes of the window, counting the lines they end.
  void ConsumeLines(size_t n);
  // Returns the stream error, if any, once input is exhausted.
  StatusOr<bool> EndOfInput() const;

  InputBuffer input_;
  TextDecoder decoder_;
  std::string source_;
  ReaderOptions options_;
  uint64_t rows_ = 0;
  uint64_t line_ = 1;
  bool started_ = false;
};

// Returns the end of the first line of `data` (the index of its '\n', '\r', or
// data.size()) and in *next the index where the next line starts.
size_t FindLineEnd(std::string_view data, size_t* next);

}  // namespace patmark::records_internal

#endif  // PATMARK_PARSERS_RECORDS_INTERNAL_READER_BASE_H_
