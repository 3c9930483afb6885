#include "parsers/base/csv.h"

namespace patmark {

void AppendCsvField(std::string_view value, std::string* row) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    row->append(value);
    return;
  }
  row->push_back('"');
  for (char c : value) {
    if (c == '"') row->push_back('"');
    row->push_back(c);
  }
  row->push_back('"');
}

}  // namespace patmark
