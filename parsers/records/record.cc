#include "parsers/records/record.h"

namespace patmark {

const Field* Record::Find(std::string_view name) const {
  for (const Field& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

void Record::AddError(std::string code, std::string field, std::string message) {
  errors.push_back(RecordError{std::move(code), std::move(field), std::move(message)});
}

void Record::Clear() {
  row = 0;
  line = 0;
  id.clear();
  fields.clear();
  errors.clear();
}

std::string DescribeError(const Record& record, const RecordError& error) {
  std::string out = record.source;
  out += ": record ";
  out += record.id.empty() ? std::to_string(record.row) : record.id;
  if (record.line != 0) {
    out += " (line ";
    out += std::to_string(record.line);
    out += ")";
  }
  if (!error.field.empty()) {
    out += ", field \"";
    out += error.field;
    out += "\"";
  }
  out += ": ";
  out += error.message;
  return out;
}

}  // namespace patmark
