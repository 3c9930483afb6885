// Paths of files under fixtures/ and of the built binary, for tests.
#ifndef PATMARK_TESTS_TESTING_FIXTURE_PATH_H_
#define PATMARK_TESTS_TESTING_FIXTURE_PATH_H_

#include <fstream>
#include <sstream>
#include <string>

namespace patmark::testing {

inline std::string FixturePath(const std::string& relative) {
  return std::string(PATMARK_SOURCE_DIR) + "/fixtures/" + relative;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_TESTING_FIXTURE_PATH_H_
