// End-to-end: `patmark letters` and the letters/ of `patmark audit`: golden
// letters for the seed's notice (zh) and the foreign fixture's advisory
// letters (en), stable numbering, escaping, template overrides, bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

namespace t = patmark::testing;

std::string Scratch() {
  std::string dir = ::testing::TempDir() + "/patmark-letters-" +
                    ::testing::UnitTest::GetInstance()->current_test_info()->name();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void WriteText(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
}

void ExpectGolden(const std::string& name, const std::string& actual) {
  std::string diff;
  EXPECT_TRUE(t::MatchesGolden(name, actual, &diff)) << name << ": " << diff;
}

// The seed's afternoon ends with one notice, to the company that marked the
// expired utility model, citing the law of 2005.
TEST(LettersCli, SeedAuditEndsWithTheNoticeToTheCompanyThatMarkedAnExpiredPatent) {
  std::string dir = Scratch();
  auto audit = t::RunPatmark({"audit", t::FixturePath("seed-inspection/products.csv"), "--register",
                              t::FixturePath("seed-inspection/register.csv"), "--as-of", "2005-04-29", "--out", dir,
                              "--quiet", "--config", t::FixturePath("letters/office.json")});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;
  std::string index = t::ReadFile(dir + "/letters/index.csv");
  EXPECT_EQ(t::Count(index, "\r\n"), 2u) << "the header and one letter: " << index;
  EXPECT_NE(index.find("吴中区百姓大药房有限公司,notice,吴知执责改〔2005〕第0001号,1,"), std::string::npos) << index;
  std::string text = t::ReadFile(dir + "/letters/notice-0001.txt");
  EXPECT_NE(text.find("《专利法实施细则》（2001）第八十五条"), std::string::npos);
  EXPECT_NE(text.find("《专利法》（2000）第五十九条"), std::string::npos);
  EXPECT_NE(text.find("三个月"), std::string::npos) << "a lawsuit within 3 months before 2015-05-01";
  ExpectGolden("letters/seed/notice-0001.txt", text);
  ExpectGolden("letters/seed/notice-0001.html", t::ReadFile(dir + "/letters/notice-0001.html"));
  std::filesystem::remove_all(dir);
}

TEST(LettersCli, ForeignMarksGetEnglishAdvisoryLettersNumberedByCompany) {
  std::string dir = Scratch();
  auto check = t::RunPatmark({"check", t::FixturePath("catalogs/foreign-packaging.csv"), "--as-of", "2026-11-25",
                              "--register", t::FixturePath("registers/catalogs.csv"), "--lang", "en"});
  ASSERT_NE(check.exit_code, 2) << check.err;
  WriteText(dir + "/findings.jsonl", check.out);
  auto letters = t::RunPatmark({"letters", dir + "/findings.jsonl", "--out", dir + "/letters", "--as-of",
                                "2026-11-25", "--config", t::FixturePath("letters/office.json")});
  ASSERT_EQ(letters.exit_code, 0) << letters.err;
  std::string index = t::ReadFile(dir + "/letters/index.csv");
  ExpectGolden("letters/foreign/index.csv", index);
  ExpectGolden("letters/foreign/advisory-0001.txt", t::ReadFile(dir + "/letters/advisory-0001.txt"));
  ExpectGolden("letters/foreign/advisory-0001.html", t::ReadFile(dir + "/letters/advisory-0001.html"));
  EXPECT_EQ(t::ReadFile(dir + "/letters/advisory-0001.txt").find("ordered"), std::string::npos)
      << "an advisory letter orders nothing";

  // The same findings in another order: the same letters, the same numbers.
  std::vector<std::string> lines;
  std::istringstream in(check.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::reverse(lines.begin(), lines.end());
  std::string reversed;
  for (const std::string& line : lines) reversed += line + "\n";
  WriteText(dir + "/reversed.jsonl", reversed);
  auto again = t::RunPatmark({"letters", dir + "/reversed.jsonl", "--out", dir + "/again", "--as-of", "2026-11-25",
                              "--config", t::FixturePath("letters/office.json")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(t::ReadFile(dir + "/again/index.csv"), index);
  std::filesystem::remove_all(dir);
}

TEST(LettersCli, HostileNamesAreEscapedInHtmlAndKeptInText) {
  std::string dir = Scratch();
  WriteText(dir + "/catalog.csv",
            "id,company,address,product,box\n"
            "H1,\"<script>alert(1)</script> Co\",\"\"\"><img src=x onerror=alert(2)>\",<b>Pill</b>,"
            "专利号：ZL00112313.0\n");
  auto audit = t::RunPatmark({"audit", dir + "/catalog.csv", "--as-of", "2026-11-25", "--register",
                              t::FixturePath("registers/catalogs.csv"), "--out", dir + "/out", "--quiet"});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;
  std::string html = t::ReadFile(dir + "/out/letters/notice-0001.html");
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>Pill"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; Co"), std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  std::string text = t::ReadFile(dir + "/out/letters/notice-0001.txt");
  EXPECT_NE(text.find("<script>alert(1)</script> Co："), std::string::npos) << "plain text keeps the name as written";
  std::filesystem::remove_all(dir);
}

TEST(LettersCli, TemplateDirReplacesABuiltInTemplate) {
  std::string dir = Scratch();
  std::filesystem::create_directories(dir + "/templates");
  WriteText(dir + "/templates/notice.zh.txt.mustache",
            "{{document_number}} {{company}}{{#marks}} [{{canonical}} {{state}}]{{/marks}}\n");
  auto audit = t::RunPatmark({"audit", t::FixturePath("seed-inspection/products.csv"), "--register",
                              t::FixturePath("seed-inspection/register.csv"), "--as-of", "2005-04-29", "--out",
                              dir + "/out", "--quiet", "--template-dir", dir + "/templates"});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;
  EXPECT_EQ(t::ReadFile(dir + "/out/letters/notice-0001.txt"),
            "专责改〔2005〕第0001号 吴中区百姓大药房有限公司 [CN93297227.6 期限届满终止]\n");
  EXPECT_NE(t::ReadFile(dir + "/out/letters/notice-0001.html").find("责令改正通知书"), std::string::npos)
      << "the other templates stay built in";

  WriteText(dir + "/templates/notice.zh.txt.mustache", "{{#marks}}unclosed\n");
  auto broken = t::RunPatmark({"letters", dir + "/out/findings.jsonl", "--out", dir + "/broken", "--as-of",
                               "2005-04-29", "--template-dir", dir + "/templates"});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("notice.zh.txt.mustache"), std::string::npos) << broken.err;
  std::filesystem::remove_all(dir);
}

TEST(LettersCli, ALetterListsTwoHundredMarksAndCountsTheRest) {
  std::string dir = Scratch();
  std::string csv = "id,company,product,box\n";
  for (int i = 1; i <= 250; ++i) csv += "P" + std::to_string(i) + ",大公司,产品" + std::to_string(i) + ",专利号：ZL00112313.0\n";
  WriteText(dir + "/catalog.csv", csv);
  auto audit = t::RunPatmark({"audit", dir + "/catalog.csv", "--as-of", "2026-11-25", "--register",
                              t::FixturePath("registers/catalogs.csv"), "--out", dir + "/out", "--quiet"});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;
  std::string text = t::ReadFile(dir + "/out/letters/notice-0001.txt");
  EXPECT_NE(text.find("200. 产品：产品200"), std::string::npos);
  EXPECT_EQ(text.find("201. "), std::string::npos);
  EXPECT_NE(text.find("另有 50 项问题标识未在此列出，见随附的 findings.csv。"), std::string::npos) << text;
  EXPECT_NE(t::ReadFile(dir + "/out/letters/index.csv").find(",notice,专责改〔2026〕第0001号,250,"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(LettersCli, ALineThatIsNotACheckLineIsNamed) {
  std::string dir = Scratch();
  WriteText(dir + "/findings.jsonl", "{\"record\":\"1\",\"marks\":[],\"errors\":[]}\nnot json\n");
  auto r = t::RunPatmark({"letters", dir + "/findings.jsonl", "--out", dir + "/letters"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  auto missing = t::RunPatmark({"letters", dir + "/nope.jsonl", "--out", dir + "/letters"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nope.jsonl"), std::string::npos) << missing.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace patmark
