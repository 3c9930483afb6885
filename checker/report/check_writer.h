// CheckJsonlWriter prints one line of `patmark check` per checked record
// (design.md §4): the extract line plus "verdict" per record and, per mark,
// "status", "findings" and "verdict"; a record with marks also carries
// "catalog", the columns that say whose product it is (company, address,
// product, production_date), so that letters can be written from the lines
// alone.
//
//   CheckJsonlWriter writer(std::cout);
//   Checker checker(&chain, options, &writer);
//
// Accept fails (Unavailable) once the stream fails. Not thread-safe.
#ifndef PATMARK_CHECKER_REPORT_CHECK_WRITER_H_
#define PATMARK_CHECKER_REPORT_CHECK_WRITER_H_

#include <ostream>
#include <string>

#include "checker/check/checker.h"
#include "checker/report/json_fields.h"

namespace patmark {

// The catalog columns copied into "catalog", by their names in the input.
struct CatalogColumns {
  std::string company = "company";
  std::string address = "address";
  std::string product = "product";
  std::string production_date = "production_date";
};

class CheckJsonlWriter : public CheckSink {
 public:
  explicit CheckJsonlWriter(std::ostream& out, CatalogColumns columns = {})
      : out_(out), columns_(std::move(columns)) {}
  Status Accept(const CheckedRecord& checked) override;

 private:
  void WriteCatalog(const CheckedRecord& checked, JsonWriter* w) const;

  std::ostream& out_;
  CatalogColumns columns_;
  rapidjson::StringBuffer buffer_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_CHECK_WRITER_H_
