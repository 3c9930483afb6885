// End-to-end: `patmark letters --pdf` prints the letters with headless
// Chromium; the PDFs have the pages and the text the letters say
// (pdfinfo, pdftotext from poppler-utils).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "tests/testing/browser.h"
#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

namespace t = patmark::testing;
using LettersPdfTest = t::BrowserTest;

// What `command` prints on standard output.
std::string Output(const std::string& command, const std::string& scratch) {
  std::string out = scratch + "/output.txt";
  if (std::system((command + " >" + t::ShellQuote(out) + " 2>/dev/null").c_str()) != 0) return "";
  return t::ReadFile(out);
}

TEST_F(LettersPdfTest, NoticeAndAdvisoryLettersPrintToPdfWithTheirText) {
  // The seed's notice (Chinese) and the foreign fixture's advisory letters.
  std::string audit_dir = scratch_ + "/seed";
  auto audit = t::RunPatmark({"audit", t::FixturePath("seed-inspection/products.csv"), "--register",
                              t::FixturePath("seed-inspection/register.csv"), "--as-of", "2005-04-29", "--out",
                              audit_dir, "--quiet", "--config", t::FixturePath("letters/office.json"), "--pdf"});
  ASSERT_EQ(audit.exit_code, 1) << audit.err;
  const std::string notice = audit_dir + "/letters/notice-0001.pdf";
  std::string info = Output("pdfinfo " + t::ShellQuote(notice), scratch_);
  EXPECT_NE(info.find("Pages:           1\n"), std::string::npos) << "one mark, one page: " << info;
  EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
  std::string text = Output("pdftotext " + t::ShellQuote(notice) + " -", scratch_);
  EXPECT_NE(text.find("吴中区百姓大药房有限公司"), std::string::npos) << text;
  EXPECT_NE(text.find("吴知执责改〔2005〕第0001号"), std::string::npos) << text;
  EXPECT_NE(text.find("第1页共1页"), std::string::npos) << "the page number of the print CSS: " << text;
  EXPECT_NE(t::ReadFile(audit_dir + "/letters/index.csv").find("notice-0001.pdf"), std::string::npos);

  auto check = t::RunPatmark({"check", t::FixturePath("catalogs/foreign-packaging.csv"), "--as-of", "2026-11-25",
                              "--register", t::FixturePath("registers/catalogs.csv"), "--lang", "en"});
  std::string findings = scratch_ + "/foreign.jsonl";
  std::FILE* f = std::fopen(findings.c_str(), "wb");
  std::fwrite(check.out.data(), 1, check.out.size(), f);
  std::fclose(f);
  auto letters = t::RunPatmark({"letters", findings, "--out", scratch_ + "/foreign", "--as-of", "2026-11-25", "--pdf"});
  ASSERT_EQ(letters.exit_code, 0) << letters.err;
  const std::string advisory = scratch_ + "/foreign/advisory-0001.pdf";
  info = Output("pdfinfo " + t::ShellQuote(advisory), scratch_);
  EXPECT_EQ(info.find("Pages:           1\n"), std::string::npos) << "29 marks do not fit one page: " << info;
  text = Output("pdftotext " + t::ShellQuote(advisory) + " -", scratch_);
  EXPECT_NE(text.find("Acme Medical Devices Inc."), std::string::npos) << text;
  EXPECT_NE(text.find("PM-2026-0001"), std::string::npos) << text;
  EXPECT_NE(text.find("Page 2 of"), std::string::npos) << text;
}

TEST_F(LettersPdfTest, PdfWithoutChromiumSaysSoAndKeepsTheOtherLetters) {
  auto r = t::RunPatmark({"letters", "-", "--out", scratch_ + "/letters", "--as-of", "2005-04-29", "--pdf"},
                         t::ReadFile(t::FixturePath("expected/check/cn-packaging.zh.jsonl")),
                         "PATMARK_CHROMIUM=/nonexistent/chromium");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--pdf needs Chromium"), std::string::npos) << r.err;
  std::string index = t::ReadFile(scratch_ + "/letters/index.csv");
  EXPECT_NE(index.find("notice-0001.html notice-0001.txt\r\n"), std::string::npos) << index;
  EXPECT_EQ(index.find(".pdf"), std::string::npos) << index;
}

}  // namespace
}  // namespace patmark
