// Cases: what the letters are about, gathered from the lines of `patmark
// check` (findings.jsonl): the problem marks of each responsible company,
// one case per company and kind of letter, numbered in a stable order.
//
//   StatusOr<std::vector<Case>> cases = GatherCases(findings_stream, CaseOptions{});
//
// A Chinese mark with a violation makes a rectification notice (责令改正
// 通知书); a mark of another office makes an English advisory letter, never an
// order. Companies are sorted by name, so the same findings always get the
// same numbers.
#ifndef PATMARK_CHECKER_LETTERS_CASES_H_
#define PATMARK_CHECKER_LETTERS_CASES_H_

#include <istream>
#include <string>
#include <vector>

#include "parsers/base/statusor.h"

namespace patmark {

enum class LetterKind { kRectificationNotice, kAdvisoryLetter };

struct CaseFinding {
  std::string code, severity, message, basis, correction;
};

// One problem mark, as the facts table of a letter shows it.
struct CaseMark {
  std::string record, source, product, production_date;
  std::string raw;           // the mark as printed
  std::string canonical, jurisdiction;
  std::string state;         // legal state as of the inspection date
  std::string state_date;    // the termination or expiry date that ended it, or ""
  std::string status_source, checked_on;
  std::vector<CaseFinding> findings;
};

struct Case {
  LetterKind kind = LetterKind::kRectificationNotice;
  std::string company;  // "" when the catalog does not say
  std::string address;
  std::vector<CaseMark> marks;  // the first CaseOptions::max_marks_listed
  size_t more_marks = 0;        // problem marks beyond those, counted only
  int sequence = 0;             // 1, 2, … per kind, in company order

  size_t total_marks() const { return marks.size() + more_marks; }
};

struct CaseOptions {
  // Chinese marks whose findings are warnings only get a notice too. (Other
  // offices' marks get an advisory letter for warnings always: they never
  // have violations.)
  bool include_warnings = false;
  // A letter lists this many marks and counts the rest, which findings.csv
  // lists: a notice of thousands of rows helps nobody, and memory stays
  // flat whatever the catalog's size.
  size_t max_marks_listed = 200;
};

// Reads every line; a line that is not a check line is an error naming it.
StatusOr<std::vector<Case>> GatherCases(std::istream& findings, const CaseOptions& options);

}  // namespace patmark

#endif  // PATMARK_CHECKER_LETTERS_CASES_H_
