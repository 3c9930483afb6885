// AuditSummary counts what an audit found, for `summary.json` and for the
// tables of the report and the demo: records by verdict, marks by office
// and type, by legal state, findings by code and severity, per company.
//
//   AuditSummary summary("company");
//   ... summary.Accept(checked) for every record (it is a CheckSink) ...
//   summary.WriteJson(SummaryContext{as_of, chain.names()}, out);
//
// It holds counts only (and one entry per company and per distinct number),
// never records. SaveState and LoadState carry the counts across an
// interrupted audit (the checkpoint of `patmark audit --resume`).
#ifndef PATMARK_CHECKER_REPORT_SUMMARY_H_
#define PATMARK_CHECKER_REPORT_SUMMARY_H_

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "checker/check/checker.h"
#include "checker/report/json_fields.h"

namespace patmark {

struct SummaryContext {
  Date as_of;
  std::vector<std::string> sources;  // in the order asked
};

class AuditSummary : public CheckSink {
 public:
  explicit AuditSummary(std::string company_field) : company_field_(std::move(company_field)) {}
  Status Accept(const CheckedRecord& checked) override;

  // summary.json: one JSON object, keys in a fixed order, maps sorted.
  Status WriteJson(const SummaryContext& context, std::ostream& out) const;

  uint64_t records() const { return records_; }
  uint64_t records_with(Verdict verdict) const;

  // Everything counted so far as one JSON object, and back; LoadState
  // replaces the counts and says which part of `state` is malformed.
  void SaveState(JsonWriter* w) const;
  Status LoadState(const rapidjson::Value& state);

 private:
  struct Company {
    uint64_t records = 0, marked_records = 0, violations = 0, warnings = 0;
  };
  std::string company_field_;
  uint64_t records_ = 0, marked_records_ = 0, marks_ = 0;
  uint64_t unknown_statuses_ = 0, estimated_statuses_ = 0;
  std::map<std::string, uint64_t> verdicts_, states_, severities_;
  std::map<std::string, std::map<std::string, uint64_t>> by_office_;  // office → type → marks
  std::map<std::string, std::map<std::string, uint64_t>> by_code_;    // code → severity → findings
  std::map<std::string, Company> companies_;
  std::set<std::string> numbers_;  // distinct canonical numbers of number marks
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_SUMMARY_H_
