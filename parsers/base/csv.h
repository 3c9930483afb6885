// AppendCsvField: one field of a CSV row as RFC 4180 writes it, quoted when
// it holds a comma, a quote or a line break. Shared by every CSV patmark
// writes (findings.csv, letters/index.csv).
#ifndef PATMARK_PARSERS_BASE_CSV_H_
#define PATMARK_PARSERS_BASE_CSV_H_

#include <string>
#include <string_view>

namespace patmark {

void AppendCsvField(std::string_view value, std::string* row);

}  // namespace patmark

#endif  // PATMARK_PARSERS_BASE_CSV_H_
