// ExtractJsonlWriter prints one line of `patmark extract` per scanned record
// (design.md §4): {"record","source","marks":[...],"errors":[...]}.
//
//   ExtractJsonlWriter writer(std::cout);
//   scanner.Run(*reader, writer);
//
// Accept fails (Unavailable) once the stream fails, e.g. a closed pipe, so the
// scan stops. One writer per output stream; not thread-safe.
#ifndef PATMARK_CHECKER_REPORT_EXTRACT_WRITER_H_
#define PATMARK_CHECKER_REPORT_EXTRACT_WRITER_H_

#include <cstdint>
#include <ostream>

#include <rapidjson/stringbuffer.h>

#include "parsers/scan/scanned_record.h"

namespace patmark {

class ExtractJsonlWriter : public ScanSink {
 public:
  explicit ExtractJsonlWriter(std::ostream& out) : out_(out) {}
  Status Accept(ScannedRecord&& scanned) override;

  uint64_t records() const { return records_; }
  uint64_t marks() const { return marks_; }
  uint64_t records_with_errors() const { return records_with_errors_; }

 private:
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  uint64_t records_ = 0;
  uint64_t marks_ = 0;
  uint64_t records_with_errors_ = 0;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_EXTRACT_WRITER_H_
