// Glue shared by the commands that scan catalogs: a sink decorator that shows
// record problems on stderr, and ScanInput, which opens one input and runs the
// scanner over it.
#ifndef PATMARK_CHECKER_CLI_RECORD_ERRORS_H_
#define PATMARK_CHECKER_CLI_RECORD_ERRORS_H_

#include <cstdint>
#include <memory>
#include <istream>
#include <ostream>
#include <string>

#include "checker/cli/commands.h"
#include "parsers/records/encoding.h"
#include "parsers/scan/record_scanner.h"

namespace patmark::cli {

// Forwards to `next`, printing the first problems of bad records to `err`
// ("catalog.csv: record 17 (line 18), field "box": ...").
class RecordErrorReporter : public ScanSink {
 public:
  RecordErrorReporter(ScanSink* next, std::ostream& err) : next_(next), err_(err) {}
  Status Accept(ScannedRecord&& scanned) override;
  // Puts a decorator that needs this reporter (the progress line) between it
  // and the sink.
  void set_next(ScanSink* next) { next_ = next; }

  // Called by ScanInput around each input; `stream` stays valid until
  // FinishInput.
  void StartInput(std::istream* stream);
  void FinishInput();
  // Bytes read so far: of the inputs done plus the current one's position.
  uint64_t bytes_read() const;
  uint64_t records_in_input() const { return records_in_input_; }
  bool output_closed() const { return output_closed_; }
  // "patmark: 3 records had problems (...)", when any had.
  void PrintSummary() const;

 private:
  static constexpr uint64_t kShown = 20;
  ScanSink* next_;
  std::ostream& err_;
  uint64_t records_in_input_ = 0;
  uint64_t bad_records_ = 0;
  bool output_closed_ = false;
  std::istream* stream_ = nullptr;
  uint64_t bytes_done_ = 0;  // of the inputs before the current one
};

// Opens `path`, picks format and encoding, and scans it into `sink`.
Status ScanInput(const std::string& path, const ReadArgs& args, Encoding encoding,
                 const RecordScanner& scanner, RecordErrorReporter& sink);

// What a scanning command needs from its read options: the inspection date,
// the encoding and an extractor. Errors name the bad option's value.
struct ScanSetup {
  Date as_of;
  Encoding encoding;
  std::unique_ptr<MarkExtractor> extractor;
  ScanOptions scan_options;  // for a RecordScanner over `extractor`
  // Records an interrupted audit already wrote: read again, not scanned.
  uint64_t skip_records = 0;
};
StatusOr<ScanSetup> PrepareScan(const ReadArgs& args);

// Scans every input in turn into `sink`, reporting unreadable inputs on
// stderr. Returns kExitUsage when an input could not be read, else kExitOk
// (also when the output was closed, as by `| head`).
int ScanInputs(const ReadArgs& args, const ScanSetup& setup, const RecordScanner& scanner,
               RecordErrorReporter& sink);

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_RECORD_ERRORS_H_
