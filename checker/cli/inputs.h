// Opening the command line's inputs: files or "-" for standard input, with
// messages that name the file. The only place that touches the file system
// for reading catalogs.
#ifndef PATMARK_CHECKER_CLI_INPUTS_H_
#define PATMARK_CHECKER_CLI_INPUTS_H_

#include <istream>
#include <memory>
#include <string>

#include "parsers/base/date.h"
#include "parsers/base/statusor.h"
#include "parsers/records/record_reader.h"

namespace patmark::cli {

struct OpenedInput {
  std::unique_ptr<std::istream> owned;  // null for standard input
  std::istream* stream = nullptr;
};

// Opens `path` ("-" is standard input). NotFound / PermissionDenied /
// InvalidArgument (a directory) with a message naming the path.
StatusOr<OpenedInput> OpenInput(const std::string& path);

// The format of `path`: `forced` when given, else from the extension;
// standard input defaults to text lines.
StatusOr<Format> InputFormat(const std::string& path, const std::string& forced);

// Today's local date, for a default --as-of; the only clock read in patmark.
Date Today();
// Parses --as-of; empty means today.
StatusOr<Date> AsOfDate(const std::string& text);

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_INPUTS_H_
