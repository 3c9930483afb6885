// ScannedRecord: what the scan of one record found: its marks with their
// checked numbers and the problems in how each mark is worded, plus the
// record itself (fields such as company and production_date travel with it).
#ifndef PATMARK_PARSERS_SCAN_SCANNED_RECORD_H_
#define PATMARK_PARSERS_SCAN_SCANNED_RECORD_H_

#include <string>
#include <vector>

#include "parsers/base/status.h"
#include "parsers/extract/mark.h"
#include "parsers/numbers/patent_number.h"
#include "parsers/records/record.h"

namespace patmark {

struct ScannedMark {
  std::string field;       // the record field it was found in
  Span span;               // byte offsets into that field's original UTF-8 text
  std::string raw;         // those bytes
  ExtractedMark extracted; // what the words say (spans in normalized text)
  CheckedNumber number;    // what the number is, and its format problems
  // What the mark presents: kPublication when the number is a publication
  // number, kPatent for ZL numbers and "专利号", else kApplication.
  NumberKind number_kind = NumberKind::kPatent;
  // How the mark is worded: type_words_missing, type_mismatch,
  // pending_wording_missing, application_as_patent, pending_with_grant_number,
  // check_dot_missing, lowercase_check_x.
  std::vector<Problem> marking_problems;
};

struct ScannedRecord {
  Record record;
  std::vector<ScannedMark> marks;
};

// Receives scanned records in input order (the printers implement it).
class ScanSink {
 public:
  virtual ~ScanSink() = default;
  // A non-OK status stops the scan (for example, the output is closed). The
  // sink may keep what `scanned` holds (a batch does), so callers move it in.
  virtual Status Accept(ScannedRecord&& scanned) = 0;
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_SCAN_SCANNED_RECORD_H_
