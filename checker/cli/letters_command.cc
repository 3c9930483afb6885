// patmark letters FINDINGS.jsonl --out DIR, and the letters/ of an audit.
#include <fstream>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/inputs.h"
#include "checker/cli/pdf_printer.h"
#include "checker/letters/letters.h"

namespace patmark::cli {

bool WriteLettersOf(std::istream& findings, const LetterArgs& args, const Date& as_of, const std::string& out_dir,
                    bool quiet) {
  LetterOptions options;
  options.as_of = as_of;
  options.template_dir = args.template_dir;
  // Without Chromium the HTML and text letters are still written, then the
  // missing PDFs are reported.
  const std::string chromium = args.pdf ? FindChromium() : "";
  if (!chromium.empty()) {
    options.print_pdf = [chromium](const std::string& html, const std::string& pdf) {
      return PrintWithChromium(chromium, html, pdf);
    };
  }
  if (!args.config.empty()) {
    StatusOr<OfficeConfig> office = LoadOfficeConfig(args.config);
    if (!office.ok()) {
      std::cerr << "patmark: " << office.status().message() << "\n";
      return false;
    }
    options.office = *office;
  }
  StatusOr<std::vector<Case>> cases = GatherCases(findings, CaseOptions{args.include_warnings});
  if (!cases.ok()) {
    std::cerr << "patmark: findings: " << cases.status().message() << "\n";
    return false;
  }
  StatusOr<std::vector<WrittenLetter>> written = WriteLetters(*cases, options, out_dir);
  if (!written.ok()) {
    std::cerr << "patmark: " << written.status().message() << "\n";
    return false;
  }
  if (args.pdf && chromium.empty()) {
    std::cerr << "patmark: " << PrintWithChromium("", "", "").message() << "\n";
    return false;
  }
  if (!quiet) {
    for (const WrittenLetter& letter : *written) {
      std::cerr << "patmark: " << letter.document_number << "  " << letter.company << "  (" << letter.problem_marks
                << (letter.problem_marks == 1 ? " mark)" : " marks)") << "\n";
    }
    std::cerr << "patmark: wrote " << written->size() << (written->size() == 1 ? " letter" : " letters")
              << " and index.csv in " << out_dir << "\n";
  }
  return true;
}

int RunLetters(const LettersArgs& args) {
  StatusOr<Date> as_of = AsOfDate(args.as_of);
  if (!as_of.ok()) {
    std::cerr << "patmark: " << as_of.status().message() << "\n";
    return kExitUsage;
  }
  std::ifstream file;
  if (args.findings != "-") {
    file.open(args.findings, std::ios::binary);
    if (!file) {
      std::cerr << "patmark: " << args.findings << ": cannot open\n";
      return kExitUsage;
    }
  }
  std::istream& in = args.findings == "-" ? std::cin : file;
  return WriteLettersOf(in, args.letters, *as_of, args.out_dir, /*quiet=*/false) ? kExitOk : kExitUsage;
}

}  // namespace patmark::cli
