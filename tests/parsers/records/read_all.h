// Test helper: every record a reader gives for `input`.
#ifndef PATMARK_TESTS_PARSERS_RECORDS_READ_ALL_H_
#define PATMARK_TESTS_PARSERS_RECORDS_READ_ALL_H_

#include <sstream>
#include <string>
#include <vector>

#include "parsers/records/record_reader.h"

namespace patmark::testing {

inline std::vector<Record> ReadAll(const std::string& input, ReaderOptions options) {
  std::istringstream in(input);
  std::vector<Record> out;
  auto reader = NewRecordReader(in, "test", options);
  if (!reader.ok()) return out;
  Record r;
  while (true) {
    StatusOr<bool> more = (*reader)->Next(&r);
    if (!more.ok() || !*more) break;
    out.push_back(r);
  }
  return out;
}

inline ReaderOptions WithFormat(Format f, size_t chunk = size_t{1} << 20) {
  ReaderOptions o;
  o.format = f;
  o.chunk_bytes = chunk;
  return o;
}

inline std::string FieldText(const Record& r, const std::string& name) {
  const Field* f = r.Find(name);
  return f ? f->text : "<missing>";
}

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_PARSERS_RECORDS_READ_ALL_H_
