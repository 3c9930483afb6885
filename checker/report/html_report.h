// HtmlReport: report.html of an audit, a page that needs nothing but itself
// (no network, no files beside it): the summary as figures, tables and
// inline SVG bar charts, and a filterable table of the problem marks, each
// with its evidence highlighted in the text it was found in and every
// finding with its legal basis.
//
//   ProblemRowsWriter rows(rows_file, "company", "product");  // a CheckSink, during the run
//   ... after the run ...
//   Status s = WriteHtmlReport(summary_document, rows_in, HtmlReportOptions{Language::kZh}, out);
//
// The problem rows go to a file during the run, not to memory, so that the
// report costs no memory while a catalog streams through, and an audit that
// resumes (--resume) simply appends to it. Every value from the catalog reaches
// the page through mustache's HTML escaping; the page carries a Content
// Security Policy that forbids loading anything.
#ifndef PATMARK_CHECKER_REPORT_HTML_REPORT_H_
#define PATMARK_CHECKER_REPORT_HTML_REPORT_H_

#include <rapidjson/document.h>

#include <istream>
#include <ostream>
#include <string>

#include "checker/check/checker.h"

namespace patmark {

// Writes one JSON line per problem mark (verdict violation, warning, error
// or unknown): where it is, its evidence with some text either side, its
// number and state, and its findings.
class ProblemRowsWriter : public CheckSink {
 public:
  ProblemRowsWriter(std::ostream& out, std::string company_field, std::string product_field);
  Status Accept(const CheckedRecord& checked) override;

 private:
  std::ostream& out_;
  std::string company_field_, product_field_;
};

struct HtmlReportOptions {
  Language language = Language::kZh;  // of the page's headings
  size_t max_rows = 5000;             // problem marks shown; all are in findings.csv
};

// Renders the page from `summary` (the object summary.json holds) and the
// lines ProblemRowsWriter wrote (read twice: `problem_rows` must seek).
// Fails on a malformed row or a failed write.
Status WriteHtmlReport(const rapidjson::Value& summary, std::istream& problem_rows, const HtmlReportOptions& options,
                       std::ostream& out);

}  // namespace patmark

#endif  // PATMARK_CHECKER_REPORT_HTML_REPORT_H_
