// Runs the built patmark binary for end-to-end tests and captures what it
// prints and how it exits.
#ifndef PATMARK_TESTS_TESTING_RUN_BINARY_H_
#define PATMARK_TESTS_TESTING_RUN_BINARY_H_

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <string>
#include <vector>

#include "tests/testing/fixture_path.h"

namespace patmark::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `patmark args...` with `stdin_text` on standard input; `launcher`, a
// shell command prefix such as "timeout -s KILL 0.05", runs it when given.
inline RunResult RunPatmark(const std::vector<std::string>& args, const std::string& stdin_text = "",
                            const std::string& launcher = "") {
  char dir_template[] = "/tmp/patmark-e2e-XXXXXX";
  std::string dir = mkdtemp(dir_template);
  std::string in = dir + "/in", out = dir + "/out", err = dir + "/err";
  { std::FILE* f = std::fopen(in.c_str(), "wb"); std::fwrite(stdin_text.data(), 1, stdin_text.size(), f); std::fclose(f); }
  std::string cmd = launcher + (launcher.empty() ? "" : " ") + ShellQuote(PATMARK_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  cmd += " <" + in + " >" + out + " 2>" + err;
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  std::system(("rm -rf " + ShellQuote(dir)).c_str());
  return r;
}

// Compares `actual` with fixtures/expected/<name>; PATMARK_UPDATE_GOLDEN=1
// rewrites the file instead (review the diff before committing it).
// How many times `what` occurs in `s`, without overlaps ("\n": lines).
inline size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = 0; (p = s.find(what, p)) != std::string::npos; p += what.size()) ++n;
  return n;
}

inline bool MatchesGolden(const std::string& name, const std::string& actual, std::string* diff) {
  std::string path = FixturePath("expected/" + name);
  if (std::getenv("PATMARK_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) {
      *diff = "cannot write " + path;
      return false;
    }
    std::fwrite(actual.data(), 1, actual.size(), f);
    std::fclose(f);
    return true;
  }
  std::string expected = ReadFile(path);
  if (expected == actual) return true;
  size_t line = 1, i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) line += expected[i++] == '\n';
  auto line_at = [](const std::string& s, size_t pos) {
    size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
    b = b == std::string::npos ? 0 : b + 1;
    return s.substr(b, s.find('\n', b) - b);
  };
  *diff = "first difference at line " + std::to_string(line) + "\nexpected: " + line_at(expected, i) +
          "\nactual:   " + line_at(actual, i);
  return false;
}

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_TESTING_RUN_BINARY_H_
