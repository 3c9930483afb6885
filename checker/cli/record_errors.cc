#include "checker/cli/record_errors.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include "checker/cli/exit_codes.h"
#include "checker/cli/inputs.h"
#include "parsers/base/status_macros.h"

namespace patmark::cli {

Status RecordErrorReporter::Accept(ScannedRecord&& scanned) {
  ++records_in_input_;
  if (!scanned.record.errors.empty()) {
    if (bad_records_ < kShown) {
      for (const RecordError& e : scanned.record.errors) {
        err_ << "patmark: " << DescribeError(scanned.record, e) << "\n";
      }
    }
    ++bad_records_;
  }
  Status s = next_->Accept(std::move(scanned));
  if (!s.ok()) output_closed_ = true;
  return s;
}

// tellg() on a stream at its end is -1; the input is then read to the end
// and its size is what was read, so the position before the failure counts.
static uint64_t Position(std::istream* stream) {
  if (stream == nullptr) return 0;
  std::streampos p = stream->rdbuf()->pubseekoff(0, std::ios::cur, std::ios::in);
  return p < 0 ? 0 : static_cast<uint64_t>(p);
}

void RecordErrorReporter::StartInput(std::istream* stream) {
  stream_ = stream;
  records_in_input_ = 0;
}

void RecordErrorReporter::FinishInput() {
  bytes_done_ += Position(stream_);
  stream_ = nullptr;
}

uint64_t RecordErrorReporter::bytes_read() const { return bytes_done_ + Position(stream_); }

void RecordErrorReporter::PrintSummary() const {
  if (bad_records_ > kShown) {
    err_ << "patmark: " << bad_records_ << " records had problems; the first " << kShown
         << " are shown above, all are in the output's errors[]\n";
  }
}

// Reads and drops up to *to_skip records of `reader`.
Status SkipRecords(RecordReader& reader, uint64_t* to_skip) {
  Record record;
  for (; *to_skip > 0; --*to_skip) {
    StatusOr<bool> more = reader.Next(&record);
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  return OkStatus();
}

Status ScanInput(const std::string& path, const ReadArgs& args, Encoding encoding,
                 const RecordScanner& scanner, uint64_t* to_skip, RecordErrorReporter& sink) {
  StatusOr<Format> format = InputFormat(path, args.format);
  if (!format.ok()) return format.status();
  StatusOr<OpenedInput> input = OpenInput(path);
  if (!input.ok()) return input.status();
  ReaderOptions options;
  options.format = *format;
  options.encoding = encoding;
  options.id_field = args.id_field;
  StatusOr<std::unique_ptr<RecordReader>> reader = NewRecordReader(*input->stream, path, options);
  if (!reader.ok()) return reader.status();
  const uint64_t skipping = *to_skip;
  if (Status s = SkipRecords(**reader, to_skip); !s.ok()) return s.WithContext(path);
  sink.StartInput(input->stream);
  unsigned jobs = args.jobs > 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  Status s = scanner.Run(**reader, sink, jobs);
  sink.FinishInput();
  if (sink.output_closed()) return OkStatus();
  if (!s.ok()) return s.WithContext(path);
  if (sink.records_in_input() == 0 && skipping == 0) {
    // Not an error, but an empty result could hide a wrong file: say so.
    std::cerr << "patmark: " << path << ": no records (empty, or a header only)\n";
  }
  return OkStatus();
}

StatusOr<ScanSetup> PrepareScan(const ReadArgs& args) {
  ScanSetup setup;
  PATMARK_ASSIGN_OR_RETURN(setup.as_of, AsOfDate(args.as_of));
  PATMARK_ASSIGN_OR_RETURN(setup.encoding, ParseEncodingName(args.encoding));
  PATMARK_ASSIGN_OR_RETURN(setup.extractor, MarkExtractor::Create());
  setup.scan_options.as_of = setup.as_of;
  setup.scan_options.text_fields = args.text_fields;
  setup.scan_options.id_field = args.id_field;
  return setup;
}

int ScanInputs(const ReadArgs& args, const ScanSetup& setup, const RecordScanner& scanner,
               RecordErrorReporter& sink) {
  int exit_code = kExitOk;
  uint64_t to_skip = setup.skip_records;
  for (const std::string& path : args.inputs) {
    Status s = ScanInput(path, args, setup.encoding, scanner, &to_skip, sink);
    if (sink.output_closed()) return kExitOk;  // e.g. `| head`: not an error
    if (!s.ok()) {
      std::cerr << "patmark: " << s.message() << "\n";
      exit_code = kExitUsage;
    }
  }
  return exit_code;
}

}  // namespace patmark::cli
