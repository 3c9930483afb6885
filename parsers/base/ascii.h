// ASCII case folding, for names, keywords and keys that are ASCII by
// definition (encoding names, file extensions, "Pat.", "zl"). Bytes outside
// A-Z pass unchanged, so UTF-8 text goes through intact; unlike
// std::tolower, the result never depends on the locale.
//
//   AsciiLower("UTF-8") == "utf-8"
#ifndef PATMARK_PARSERS_BASE_ASCII_H_
#define PATMARK_PARSERS_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace patmark {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace patmark

#endif  // PATMARK_PARSERS_BASE_ASCII_H_
