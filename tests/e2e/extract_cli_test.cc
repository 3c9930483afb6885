// End-to-end: `patmark extract` as a user runs it.
#include <gtest/gtest.h>

#include <sstream>

#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

using testing::FixturePath;
using testing::MatchesGolden;
using testing::RunPatmark;

size_t Lines(const std::string& s) { return testing::Count(s, "\n"); }

struct Golden {
  const char* input;
  const char* expected;
};

TEST(ExtractCli, FixtureCatalogsMatchTheirGoldenFiles) {
  const Golden cases[] = {
      {"catalogs/cn-packaging.csv", "extract/cn-packaging.jsonl"},
      {"catalogs/foreign-packaging.csv", "extract/foreign-packaging.jsonl"},
      {"records/gb18030.csv", "extract/gb18030.jsonl"},
      {"records/utf8-bom.csv", "extract/utf8-bom.jsonl"},
      {"records/nested.jsonl", "extract/nested.jsonl"},
  };
  for (const Golden& c : cases) {
    auto r = RunPatmark({"extract", FixturePath(c.input), "--as-of", "2026-11-25"});
    EXPECT_EQ(r.exit_code, 0) << c.input << ": " << r.err;
    // Sources are printed as given; make them relative for the golden files.
    std::string out = r.out;
    std::string prefix = FixturePath("");
    for (size_t p; (p = out.find(prefix)) != std::string::npos;) out.erase(p, prefix.size());
    std::string diff;
    EXPECT_TRUE(MatchesGolden(c.expected, out, &diff)) << c.input << "\n" << diff;
  }
}

TEST(ExtractCli, EveryRecordGetsExactlyOneLine) {
  auto r = RunPatmark({"extract", FixturePath("catalogs/cn-packaging.csv"), "--as-of", "2026-11-25"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_GE(Lines(r.out), 200u);
  // One output line per data row: the catalog has one record per line.
  std::string catalog = testing::ReadFile(FixturePath("catalogs/cn-packaging.csv"));
  EXPECT_EQ(Lines(r.out), Lines(catalog) - 1);
}

TEST(ExtractCli, StandardInputDefaultsToTextLines) {
  auto r = RunPatmark({"extract", "-", "--as-of", "2026-11-25"}, "专利号：ZL 2014 1 0026192.3\n无标记\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Lines(r.out), 2u);
  EXPECT_NE(r.out.find("\"canonical\":\"CN201410026192.3\""), std::string::npos);
  EXPECT_NE(r.out.find("{\"record\":\"2\",\"source\":\"-\",\"marks\":[],\"errors\":[]}"), std::string::npos);
}

TEST(ExtractCli, MissingFileAndDirectoryExitTwoNamingThePath) {
  auto missing = RunPatmark({"extract", "/nonexistent/catalog.csv"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/catalog.csv: no such file"), std::string::npos) << missing.err;
  auto dir = RunPatmark({"extract", "--format", "csv", FixturePath("")});
  EXPECT_EQ(dir.exit_code, 2);
  EXPECT_NE(dir.err.find("is a directory"), std::string::npos) << dir.err;
}

TEST(ExtractCli, ReadableInputsStillPrintWhenAnotherFails) {
  auto r = RunPatmark({"extract", "/nonexistent.csv", FixturePath("records/utf8-bom.csv")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_GT(Lines(r.out), 0u);
}

TEST(ExtractCli, BadUsage) {
  EXPECT_EQ(RunPatmark({}).exit_code, 2);
  EXPECT_EQ(RunPatmark({"extract", "--bogus"}).exit_code, 2);
  auto bad_date = RunPatmark({"extract", "-", "--as-of", "2017-02-30"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--as-of"), std::string::npos);
  auto unknown_ext = RunPatmark({"extract", FixturePath("records/README")});
  EXPECT_EQ(unknown_ext.exit_code, 2);
  EXPECT_NE(unknown_ext.err.find("--format"), std::string::npos);
  EXPECT_EQ(RunPatmark({"extract", "--help"}).exit_code, 0);
}

TEST(ExtractCli, BadRecordsAreReportedOnStderrAndStillPrinted) {
  auto r = RunPatmark({"extract", FixturePath("records/bad.csv"), "--as-of", "2026-11-25"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 5u);
  EXPECT_NE(r.err.find("record 2 (line 3)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("record 5 (line 6): the quote that opens field 3 is never closed"), std::string::npos) << r.err;
}

TEST(ExtractCli, EmptyAndHeaderOnlyFilesSaySo) {
  for (const char* f : {"records/empty.csv", "records/header-only.csv"}) {
    auto r = RunPatmark({"extract", FixturePath(f)});
    EXPECT_EQ(r.exit_code, 0) << f;
    EXPECT_TRUE(r.out.empty()) << f;
    EXPECT_NE(r.err.find("no records"), std::string::npos) << f;
  }
}

TEST(ExtractCli, ClosedPipeExitsQuietly) {
  std::string cmd = testing::ShellQuote(PATMARK_BINARY) + " extract " +
                    testing::ShellQuote(FixturePath("catalogs/cn-packaging.csv")) +
                    " 2>/tmp/patmark-pipe-err | head -1 >/dev/null; echo ${PIPESTATUS[0]}";
  std::FILE* p = popen(("bash -c " + testing::ShellQuote(cmd)).c_str(), "r");
  char buf[16] = {0};
  ASSERT_NE(std::fgets(buf, sizeof buf, p), nullptr);
  pclose(p);
  EXPECT_EQ(std::string(buf), "0\n");
  EXPECT_EQ(testing::ReadFile("/tmp/patmark-pipe-err"), "");
}

}  // namespace
}  // namespace patmark
