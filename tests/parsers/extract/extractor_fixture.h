// A test fixture holding one MarkExtractor for the whole suite (compiling
// the grammars is the expensive part) and a helper to run it on raw text.
#ifndef PATMARK_TESTS_PARSERS_EXTRACT_EXTRACTOR_FIXTURE_H_
#define PATMARK_TESTS_PARSERS_EXTRACT_EXTRACTOR_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/extract/mark_extractor.h"
#include "parsers/normalize/normalizer.h"

namespace patmark::testing {

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = MarkExtractor::Create();
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    extractor_ = e->release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  // Normalizes `text` into normalized_ and returns the marks found in it.
  std::vector<ExtractedMark> Find(const std::string& text) {
    Normalize(text, &normalized_);
    std::vector<ExtractedMark> marks;
    extractor_->Extract(normalized_.text, &marks);
    return marks;
  }
  std::string Text(const ExtractedMark& m) const { return normalized_.text.substr(m.span.begin, m.span.size()); }

  static inline MarkExtractor* extractor_ = nullptr;
  NormalizedText normalized_;
};

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_PARSERS_EXTRACT_EXTRACTOR_FIXTURE_H_
