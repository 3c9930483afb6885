// patmark extract [INPUT...]: marks only, one JSONL line per record.
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/inputs.h"
#include "checker/cli/record_errors.h"
#include "checker/report/extract_writer.h"
#include "parsers/scan/record_scanner.h"

namespace patmark::cli {

int RunExtract(const ReadArgs& args) {
  StatusOr<Date> as_of = AsOfDate(args.as_of);
  StatusOr<Encoding> encoding = ParseEncodingName(args.encoding);
  StatusOr<std::unique_ptr<MarkExtractor>> extractor = MarkExtractor::Create();
  for (const Status* s : {&as_of.status(), &encoding.status(), &extractor.status()}) {
    if (!s->ok()) {
      std::cerr << "patmark: " << s->message() << "\n";
      return kExitUsage;
    }
  }
  ScanOptions scan_options;
  scan_options.as_of = *as_of;
  scan_options.text_fields = args.text_fields;
  scan_options.id_field = args.id_field;
  RecordScanner scanner(**extractor, scan_options);
  ExtractJsonlWriter writer(std::cout);
  RecordErrorReporter reporter(&writer, std::cerr);

  int exit_code = kExitOk;
  for (const std::string& path : args.inputs) {
    Status s = ScanInput(path, args, *encoding, scanner, reporter);
    if (reporter.output_closed()) return kExitOk;  // e.g. `| head`: not an error
    if (!s.ok()) {
      std::cerr << "patmark: " << s.message() << "\n";
      exit_code = kExitUsage;
    }
  }
  std::cout.flush();
  reporter.PrintSummary();
  return exit_code;
}

}  // namespace patmark::cli
