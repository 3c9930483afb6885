// End-to-end in a browser: report.html of a real audit, rendered by headless
// Chromium (Debian's chromium, which tools/test installs). Checks what people
// see: the summary figures equal summary.json's, the table of problem marks
// filters (its script ran), and hostile catalog text stays text.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/testing/browser.h"
#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

namespace t = patmark::testing;

using testing::kChromium;

// The DOM of `url` after its scripts ran, or "" when Chromium fails.
std::string DumpDom(const std::string& url, const std::string& scratch) {
  std::string out = scratch + "/dom.html";
  std::string cmd = std::string("timeout 120 ") + kChromium +
                    " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --user-data-dir=" + t::ShellQuote(scratch + "/profile") + " --dump-dom " + t::ShellQuote(url) +
                    " >" + t::ShellQuote(out) + " 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) return "";
  return t::ReadFile(out);
}

// The text between `<tag ... id="id" ...>` and the next '<'.
std::string ElementText(const std::string& dom, const std::string& marker) {
  size_t at = dom.find(marker);
  if (at == std::string::npos) return "<missing " + marker + ">";
  size_t begin = dom.find('>', at) + 1;
  return dom.substr(begin, dom.find('<', begin) - begin);
}

using ReportBrowserTest = testing::BrowserTest;

TEST_F(ReportBrowserTest, RendersTheSummaryAndFiltersProblemMarksWithHostileTextEscaped) {
  // Three marked products: an expired patent beside text that tries to
  // become markup, one in force, and a US patent the register does not know.
  std::string input = scratch_ + "/catalog.csv";
  std::FILE* f = std::fopen(input.c_str(), "w");
  std::fputs(
      "id,company,product,box\n"
      "R1,\"Evil <b>Co</b>\",\"<script>document.title='pwned'</script>\","
      "\"\"\"><img src=x onerror=\"\"document.body.dataset.pwned=1\"\"> 专利号：ZL00112313.0 仿冒必究\"\n"
      "R2,苏州华康医疗器械有限公司,雾化器,中国发明专利 专利号：ZL 2023 1 0397744.0\n"
      "R3,Acme Medical Inc.,Nebulizer,U.S. Pat. No. 7654321\n"
      "R4,苏州康宁医药连锁有限公司,纱布,无专利\n",
      f);
  std::fclose(f);
  std::string out = scratch_ + "/audit";
  auto audit = t::RunPatmark({"audit", input, "--as-of", "2026-11-25", "--register",
                           t::FixturePath("registers/catalogs.csv"), "--out", out, "--quiet", "--lang", "en"});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;  // the expired patent
  rapidjson::Document summary;
  summary.Parse(t::ReadFile(out + "/summary.json").c_str());
  ASSERT_FALSE(summary.HasParseError());

  std::string dom = DumpDom("file://" + out + "/report.html", scratch_);
  ASSERT_FALSE(dom.empty()) << "chromium could not render the report";
  EXPECT_NE(dom.find("data-ready=\"yes\""), std::string::npos) << "the page's script did not run";

  // The figures people read are summary.json's.
  EXPECT_EQ(ElementText(dom, "data-key=\"records\""), std::to_string(summary["records"].GetUint64()));
  EXPECT_EQ(ElementText(dom, "data-key=\"marked\""), std::to_string(summary["marked_records"].GetUint64()));
  EXPECT_EQ(ElementText(dom, "data-key=\"violations\""),
            std::to_string(summary["records_by_verdict"]["violation"].GetUint64()));
  EXPECT_EQ(ElementText(dom, "id=\"as-of\""), "2026-11-25");
  // Problem marks: the expired one (violation) and the unknown US one.
  EXPECT_EQ(t::Count(dom, "<tr data-verdict="), 2u);
  EXPECT_EQ(ElementText(dom, "id=\"shown\""), "2");
  EXPECT_NE(dom.find("<mark>专利号：ZL00112313.0</mark>"), std::string::npos) << "the evidence is highlighted";
  EXPECT_NE(dom.find("CN.EXPIRED"), std::string::npos);
  EXPECT_EQ(t::Count(dom, "<svg"), 3u) << "verdicts, states and finding codes";

  // Hostile text is text: no element came of it, and it reads as written.
  EXPECT_EQ(dom.find("<img"), std::string::npos);
  EXPECT_EQ(dom.find("pwned=\"1\""), std::string::npos);
  EXPECT_EQ(dom.find("<b>Co</b>"), std::string::npos);
  EXPECT_NE(dom.find("Evil &lt;b&gt;Co&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(dom.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(dom.find("\"&gt;&lt;img src=x onerror=\"document.body.dataset.pwned=1\"&gt;"), std::string::npos);
  EXPECT_EQ(dom.find("<title>pwned"), std::string::npos);

  // The filter works: ?verdict=violation leaves the expired mark alone.
  std::string filtered = DumpDom("file://" + out + "/report.html?verdict=violation", scratch_);
  EXPECT_EQ(ElementText(filtered, "id=\"shown\""), "1");
  EXPECT_EQ(t::Count(filtered, "<tr data-verdict=\"violation\""), 1u);
  EXPECT_EQ(t::Count(filtered, "hidden=\"\""), 1u) << "the other problem row is hidden";
}

}  // namespace
}  // namespace patmark
