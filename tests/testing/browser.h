// A fixture for tests that need Debian's chromium (and poppler-utils for
// PDFs): skipped when the browser is missing, unless PATMARK_REQUIRE_BROWSER
// is set (tools/test sets it after installing them), where that fails.
// Each test gets an empty scratch directory.
#ifndef PATMARK_TESTS_TESTING_BROWSER_H_
#define PATMARK_TESTS_TESTING_BROWSER_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace patmark::testing {

inline constexpr char kChromium[] = "/usr/bin/chromium";

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* tool : {kChromium, "/usr/bin/pdftotext", "/usr/bin/pdfinfo"}) {
      if (std::filesystem::exists(tool)) continue;
      if (std::getenv("PATMARK_REQUIRE_BROWSER") != nullptr) FAIL() << tool << " is missing (tools/test installs it)";
      GTEST_SKIP() << tool << " is not installed; tools/test installs it";
    }
    scratch_ = ::testing::TempDir() + "/patmark-browser-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(scratch_);
    std::filesystem::create_directories(scratch_);
  }
  void TearDown() override {
    if (!scratch_.empty()) std::filesystem::remove_all(scratch_);
  }
  std::string scratch_;
};

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_TESTING_BROWSER_H_
