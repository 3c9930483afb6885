// Letters: the rectification notices (责令改正通知书, Chinese marks) and
// advisory letters (English, other offices' marks) written from the cases of
// cases.h, as HTML with print CSS (A4, page numbers, no network) and as
// plain text, plus letters/index.csv.
//
//   StatusOr<std::vector<Case>> cases = GatherCases(findings, CaseOptions{});
//   LetterOptions options{.as_of = as_of, .office = office};
//   StatusOr<std::vector<WrittenLetter>> written = WriteLetters(*cases, options, "out/letters");
//
// The wording lives in mustache templates (checker/letters/templates/,
// compiled in); a file of the same name in LetterOptions::template_dir
// replaces one, so an office adapts its letters without recompiling. Every
// value from the catalog is HTML-escaped in the HTML letters.
#ifndef PATMARK_CHECKER_LETTERS_LETTERS_H_
#define PATMARK_CHECKER_LETTERS_LETTERS_H_

#include <functional>
#include <string>
#include <vector>

#include "checker/letters/cases.h"
#include "checker/letters/office.h"
#include "parsers/base/date.h"
#include "parsers/base/statusor.h"

namespace patmark {

// Prints an HTML letter to PDF; the caller brings the printer (the CLI
// runs headless Chromium), so that this library starts no processes.
using PdfPrinter = std::function<Status(const std::string& html_path, const std::string& pdf_path)>;

struct LetterOptions {
  Date as_of;                // the inspection date: which law the letters cite
  OfficeConfig office;
  std::string template_dir;  // "" for the built-in templates only
  PdfPrinter print_pdf;      // when set, each letter also as .pdf
};

struct WrittenLetter {
  std::string company;
  LetterKind kind = LetterKind::kRectificationNotice;
  std::string document_number;  // "专责改〔2005〕第0001号", "PM-2026-0001"
  size_t problem_marks = 0;
  std::vector<std::string> files;  // names in the output directory
};

// The document number of case `c` under `office` for an inspection in `year`.
std::string DocumentNumber(const Case& c, const OfficeConfig& office, int year);

// Writes each case's letter (.html, .txt, and .pdf with a printer) and index.csv into `out_dir`
// (created when missing). Errors name the file or template at fault.
StatusOr<std::vector<WrittenLetter>> WriteLetters(const std::vector<Case>& cases, const LetterOptions& options,
                                                  const std::string& out_dir);

// The file names of the templates, each "<name>.mustache" in a template dir.
extern const char* const kLetterTemplateNames[4];

}  // namespace patmark

#endif  // PATMARK_CHECKER_LETTERS_LETTERS_H_
