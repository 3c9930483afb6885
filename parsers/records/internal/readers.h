// Factories of the concrete readers, used by NewRecordReader.
#ifndef PATMARK_PARSERS_RECORDS_INTERNAL_READERS_H_
#define PATMARK_PARSERS_RECORDS_INTERNAL_READERS_H_

#include <memory>

#include "parsers/records/record_reader.h"

namespace patmark::records_internal {

std::unique_ptr<RecordReader> NewCsvReader(std::istream& in, std::string source,
                                           const ReaderOptions& options);
std::unique_ptr<RecordReader> NewJsonlReader(std::istream& in, std::string source,
                                             const ReaderOptions& options);
std::unique_ptr<RecordReader> NewJsonArrayReader(std::istream& in, std::string source,
                                                 const ReaderOptions& options);
std::unique_ptr<RecordReader> NewTextReader(std::istream& in, std::string source,
                                            const ReaderOptions& options);

}  // namespace patmark::records_internal

#endif  // PATMARK_PARSERS_RECORDS_INTERNAL_READERS_H_
