#include "checker/report/findings_csv.h"

#include <iterator>

#include "parsers/base/csv.h"

namespace patmark {
namespace {

std::string DateOrEmpty(const std::optional<Date>& d) { return d ? d->ToString() : ""; }

// The findings' fields joined with " | ", in the findings' order.
std::string JoinFindings(const std::vector<Finding>& findings, std::string Finding::*field) {
  std::string out;
  for (const Finding& f : findings) {
    if (!out.empty()) out += " | ";
    out += f.*field;
  }
  return out;
}

}  // namespace

const char* const FindingsCsvWriter::kColumns[] = {
    "record",      "source",        "company",       "product",      "production_date", "field",
    "start",       "end",           "raw",           "mark_kind",    "jurisdiction",    "canonical",
    "number_kind", "patent_type",   "claimed_type",  "format_valid", "state",           "confidence",
    "status_source", "filing_date", "grant_date",    "expiry_date",  "termination_date", "mark_verdict",
    "record_verdict", "severity",   "codes",         "messages",     "basis",           "corrections",
};

const std::string& FieldText(const Record& record, const std::string& name) {
  static const std::string kEmpty;
  const Field* f = record.Find(name);
  return f ? f->text : kEmpty;
}

FindingsCsvWriter::FindingsCsvWriter(std::ostream& out, std::string company_field, std::string product_field)
    : out_(out), company_field_(std::move(company_field)), product_field_(std::move(product_field)) {}

void FindingsCsvWriter::WriteHeader() {
  std::string header = "\xEF\xBB\xBF";
  for (const char* column : kColumns) {
    if (header.size() > 3) header += ',';
    header += column;
  }
  out_ << header << "\r\n";
}

Status FindingsCsvWriter::Accept(const CheckedRecord& checked) {
  const Record& record = checked.scanned.record;
  std::string rows;
  for (size_t i = 0; i < checked.marks.size(); ++i) {
    const ScannedMark& m = checked.scanned.marks[i];
    const CheckedMark& c = checked.marks[i];
    const std::string values[] = {
        record.id, record.source, FieldText(record, company_field_), FieldText(record, product_field_),
        FieldText(record, "production_date"), m.field, std::to_string(m.span.begin), std::to_string(m.span.end),
        m.raw, std::string(MarkFormName(m.extracted.form)), m.number.jurisdiction, m.number.canonical,
        std::string(NumberKindName(m.number_kind)), std::string(PatentTypeName(m.number.type)),
        std::string(PatentTypeName(m.extracted.claimed_type)),
        m.extracted.form != MarkForm::kNumber ? "" : (m.number.valid() ? "true" : "false"),
        std::string(LegalStateName(c.status.state)), std::string(ConfidenceName(c.status.confidence)),
        c.status.source, DateOrEmpty(c.status.filing_date), DateOrEmpty(c.status.grant_date),
        DateOrEmpty(c.status.expiry_date), DateOrEmpty(c.status.termination_date),
        std::string(VerdictName(c.verdict)), std::string(VerdictName(checked.verdict)),
        c.findings.empty() ? "" : std::string(SeverityName(WorstSeverity(c.findings))), JoinFindings(c.findings, &Finding::code),
        JoinFindings(c.findings, &Finding::message), JoinFindings(c.findings, &Finding::basis),
        JoinFindings(c.findings, &Finding::correction)};
    static_assert(std::size(values) == std::size(kColumns));
    for (size_t v = 0; v < std::size(values); ++v) {
      if (v > 0) rows += ',';
      AppendCsvField(values[v], &rows);
    }
    rows += "\r\n";
  }
  out_ << rows;
  if (!out_) return UnavailableError("cannot write findings.csv");
  return OkStatus();
}

}  // namespace patmark
