// Helpers for the number tests: check a text as of a date, list problem codes.
#ifndef PATMARK_TESTS_PARSERS_NUMBERS_CHECK_HELPERS_H_
#define PATMARK_TESTS_PARSERS_NUMBERS_CHECK_HELPERS_H_

#include <gtest/gtest.h>

#include <string>

#include "parsers/numbers/patent_number.h"

namespace patmark::testing {

inline CheckedNumber Check(const std::string& text, const char* as_of = "2026-11-25",
                           const char* jurisdiction = "CN") {
  CheckOptions o;
  o.as_of = *Date::Parse(as_of);
  o.default_jurisdiction = jurisdiction;
  StatusOr<CheckedNumber> n = CheckNumber(text, o);
  EXPECT_TRUE(n.ok()) << text << ": " << n.status().message();
  return n.ok() ? *n : CheckedNumber{};
}

inline std::string Codes(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += (out.empty() ? "" : ",") + p.code;
  return out;
}

inline std::string Codes(const CheckedNumber& n) { return Codes(n.problems); }

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_PARSERS_NUMBERS_CHECK_HELPERS_H_
