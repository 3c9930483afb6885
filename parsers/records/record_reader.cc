#include "parsers/records/record_reader.h"

#include "parsers/base/ascii.h"
#include "parsers/records/internal/readers.h"

namespace patmark {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (AsciiLower(s[s.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

}  // namespace

StatusOr<Format> ParseFormatName(std::string_view name) {
  if (name == "csv") return Format::kCsv;
  if (name == "jsonl" || name == "ndjson") return Format::kJsonl;
  if (name == "json") return Format::kJson;
  if (name == "text" || name == "txt") return Format::kTextLines;
  if (name == "text-file") return Format::kTextFile;
  return InvalidArgumentError("unknown format \"" + std::string(name) +
                              "\" (use csv, jsonl, json, text or text-file)");
}

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kCsv: return "csv";
    case Format::kJsonl: return "jsonl";
    case Format::kJson: return "json";
    case Format::kTextLines: return "text";
    case Format::kTextFile: return "text-file";
  }
  return "csv";
}

StatusOr<Format> FormatFromPath(std::string_view path) {
  if (EndsWith(path, ".csv")) return Format::kCsv;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return Format::kJsonl;
  if (EndsWith(path, ".json")) return Format::kJson;
  if (EndsWith(path, ".txt")) return Format::kTextLines;
  return InvalidArgumentError("cannot tell the format of \"" + std::string(path) +
                              "\" from its name; give --format csv|jsonl|json|text|text-file");
}

StatusOr<std::unique_ptr<RecordReader>> NewRecordReader(std::istream& in, std::string source,
                                                        const ReaderOptions& options) {
  using namespace records_internal;
  if (options.max_record_bytes == 0 || options.chunk_bytes == 0) {
    return InvalidArgumentError("max_record_bytes and chunk_bytes must be positive");
  }
  switch (options.format) {
    case Format::kCsv: return NewCsvReader(in, std::move(source), options);
    case Format::kJsonl: return NewJsonlReader(in, std::move(source), options);
    case Format::kJson: return NewJsonArrayReader(in, std::move(source), options);
    case Format::kTextLines:
    case Format::kTextFile: return NewTextReader(in, std::move(source), options);
  }
  return InternalError("unhandled format");
}

}  // namespace patmark
