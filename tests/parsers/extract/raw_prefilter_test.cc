// MayContainMarks must never hide a mark: wherever Extract finds one in the
// normalized text, the raw text must pass the prefilter. Checked over every
// line of the fixtures and over disguised copies of them (full-width forms,
// zero-width spaces, ideographic spaces, compatibility ideographs), which is
// where a raw-byte test could go wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/parsers/extract/extractor_fixture.h"
#include "tests/testing/fixture_path.h"

namespace patmark::testing {
namespace {

class RawPrefilterTest : public ExtractorTest {
 protected:
  // Fails when `text` holds a mark that the prefilter would skip.
  void ExpectNotHidden(const std::string& text, const std::string& origin) {
    if (!Find(text).empty()) {
      EXPECT_TRUE(extractor_->MayContainMarks(text)) << origin << ": the prefilter hides a mark in «" << text << "»";
      ++texts_with_marks_;
    }
  }
  int texts_with_marks_ = 0;
};

std::vector<std::string> FixtureLines() {
  std::vector<std::string> lines;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(FixturePath(""))) {
    if (!entry.is_regular_file()) continue;
    std::istringstream in(ReadFile(entry.path().string()));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  return lines;
}

// "ZL 2014.3" -> "ＺＬ　２０１４．３": ASCII to its full-width form.
std::string FullWidth(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (c == ' ') {
      out += "\u3000";
    } else if (c > 0x20 && c < 0x7F) {
      char32_t wide = 0xFF01 + (c - 0x21);
      out += static_cast<char>(0xE0 | (wide >> 12));
      out += static_cast<char>(0x80 | ((wide >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (wide & 0x3F));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// A zero-width space after every ASCII letter: invisible, dropped by Normalize.
std::string ZeroWidthSpaced(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (std::isalpha(static_cast<unsigned char>(c))) out += "\u200B";
  }
  return out;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST_F(RawPrefilterTest, NeverHidesAMarkInTheFixturesOrTheirDisguises) {
  for (const std::string& line : FixtureLines()) {
    ExpectNotHidden(line, "fixture");
    ExpectNotHidden(FullWidth(line), "full-width");
    ExpectNotHidden(ZeroWidthSpaced(line), "zero-width spaces");
    ExpectNotHidden(Replace(Replace(line, " ", "\u3000\u3000"), ".", "\u00B7"), "ideographic spaces, middle dots");
    ExpectNotHidden(Replace(line, "利", "\uF9DD"), "compatibility ideograph");
  }
  EXPECT_GT(texts_with_marks_, 500);  // the corpus does exercise the prefilter
}

TEST_F(RawPrefilterTest, DisguisedAnchorsPass) {
  for (const char* text : {"专利号：ＺＬ２０１４１００２６１９２．３", "ＺＬ ２０１４１００２６１９２.３", "专\u200B利号 201410026192.3",
                           "专\uF9DD号 ZL201410026192.3", "U\uFF0ES\uFF0E Pat. 7,654,321", "\uFF30atent 7,654,321",
                           "Patent pending PCT\uFF0FUS2019/009417", "特許第6123456号", "특허 제10-1234567호", "中華民國專利 I123456"}) {
    EXPECT_FALSE(Find(text).empty()) << text;
    EXPECT_TRUE(extractor_->MayContainMarks(text)) << text;
  }
}

TEST_F(RawPrefilterTest, SkipsTextWithoutAnyKey) {
  for (const char* text : {"", "复方丹参片 0.32g×60片 批号20242455 有效期至2026-06 国药准字Z44027114",
                           "阿莫西林胶囊（0.25g×24粒），请按说明书使用。", "Blood pressure monitor, 2 AA batteries",
                           "苏州康宁医药连锁有限公司", "2016-03-01"}) {
    EXPECT_FALSE(extractor_->MayContainMarks(text)) << text;
  }
}

}  // namespace
}  // namespace patmark::testing
