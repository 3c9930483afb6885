// End-to-end: `patmark audit` on the seed's inspection and on the fixture
// catalogs: the seed's table, counts that add up, outputs that agree with
// `patmark check`, and unwritable output directories.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>

#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

using testing::Count;
using testing::FixturePath;
using testing::ReadFile;
using testing::RunPatmark;

std::string TempOut(const std::string& name) {
  std::string dir = ::testing::TempDir() + "/patmark-audit-" + name;
  std::filesystem::remove_all(dir);
  return dir;
}

rapidjson::Document Summary(const std::string& dir) {
  rapidjson::Document doc;
  doc.Parse(ReadFile(dir + "/summary.json").c_str());
  EXPECT_FALSE(doc.HasParseError()) << dir;
  return doc;
}

// The seed (section 六): about 1,260 products of three companies, 28 marked
// (13 invention, 2 utility model, 13 design), one expired patent, one notice.
TEST(AuditCli, SeedInspectionReproducesTheSeedsTable) {
  std::string out = TempOut("seed");
  auto r = RunPatmark({"audit", FixturePath("seed-inspection/products.csv"), "--register",
                       FixturePath("seed-inspection/register.csv"), "--as-of", "2005-04-29", "--out", out});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the expired patent is a violation
  rapidjson::Document s = Summary(out);
  ASSERT_TRUE(s.IsObject());
  EXPECT_STREQ(s["as_of"].GetString(), "2005-04-29");
  EXPECT_EQ(s["records"].GetUint64(), 1260u);
  EXPECT_EQ(s["marked_records"].GetUint64(), 28u);
  const rapidjson::Value& cn = s["marks_by_jurisdiction"]["CN"];
  EXPECT_EQ(cn["invention"].GetUint64(), 13u);
  EXPECT_EQ(cn["utility_model"].GetUint64(), 2u);
  EXPECT_EQ(cn["design"].GetUint64(), 13u);
  EXPECT_EQ(s["marks_by_state"]["expired"].GetUint64(), 1u);
  EXPECT_EQ(s["statuses"]["distinct_numbers"].GetUint64(), 28u);
  int notices = 0;
  for (const auto& c : s["companies"].GetArray()) notices += c["violations"].GetUint64() > 0;
  EXPECT_EQ(s["companies"].Size(), 3u);
  EXPECT_EQ(notices, 1);
  // The finding cites the 2001 Regulations and the 2000 Patent Law, in force in 2005.
  std::string csv = ReadFile(out + "/findings.csv");
  EXPECT_NE(csv.find("CN.EXPIRED,专利 CN93297227.6 已于 2003-11-15 期限届满终止"), std::string::npos);
  EXPECT_NE(csv.find("《专利法实施细则》（2001）第八十五条；《专利法》（2000）第五十九条"), std::string::npos);
  std::filesystem::remove_all(out);
}

TEST(AuditCli, CountsAddUpAndOutputsAgreeWithCheck) {
  std::string out = TempOut("catalogs");
  const std::string catalog = FixturePath("catalogs/cn-packaging.csv");
  const std::string reg = FixturePath("registers/catalogs.csv");
  auto r = RunPatmark({"audit", catalog, "--register", reg, "--as-of", "2026-11-25", "--out", out, "--quiet"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  auto check = RunPatmark({"check", catalog, "--register", reg, "--as-of", "2026-11-25"});
  EXPECT_EQ(ReadFile(out + "/findings.jsonl"), check.out);

  rapidjson::Document s = Summary(out);
  uint64_t rows = Count(ReadFile(catalog), "\n") - 1;
  EXPECT_EQ(s["records"].GetUint64(), rows);
  uint64_t by_verdict = 0;
  for (const auto& v : s["records_by_verdict"].GetObject()) by_verdict += v.value.GetUint64();
  EXPECT_EQ(by_verdict, rows);
  uint64_t by_state = 0;
  for (const auto& v : s["marks_by_state"].GetObject()) by_state += v.value.GetUint64();
  EXPECT_EQ(by_state, s["marks"].GetUint64());

  std::string csv = ReadFile(out + "/findings.csv");
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFrecord,source,company,", 0), 0u) << "UTF-8 BOM, then the header";
  EXPECT_EQ(Count(csv, "\r\n") - 1, s["marks"].GetUint64()) << "one row per mark";
  for (const char* name : {"findings.jsonl.partial", "findings.csv.partial", "summary.json.partial"}) {
    EXPECT_FALSE(std::filesystem::exists(out + "/" + name)) << name;
  }
  std::filesystem::remove_all(out);
}

TEST(AuditCli, HostileTextIsQuotedInTheCsv) {
  std::string out = TempOut("hostile");
  std::string input = ::testing::TempDir() + "/patmark-hostile.csv";
  std::FILE* f = std::fopen(input.c_str(), "w");
  std::fputs("id,company,product,box\n"
             "H1,\"Evil, \"\"Inc\"\"\",\"<script>alert(1)</script>\",\"中国发明专利 专利号：ZL 2014 1 0026192.3\n第二行\"\n",
             f);
  std::fclose(f);
  auto r = RunPatmark({"audit", input, "--as-of", "2026-11-25", "--out", out, "--quiet"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string csv = ReadFile(out + "/findings.csv");
  EXPECT_EQ(Count(csv, "\r\n"), 2u) << "the header and the one mark's row";
  EXPECT_NE(csv.find(",\"Evil, \"\"Inc\"\"\",<script>alert(1)</script>,"), std::string::npos) << csv;
  std::remove(input.c_str());
  std::filesystem::remove_all(out);
}

TEST(AuditCli, UnwritableOutputAndMissingInputExitTwoNamingThePath) {
  std::string file = ::testing::TempDir() + "/patmark-not-a-dir";
  std::FILE* f = std::fopen(file.c_str(), "w");
  std::fclose(f);
  auto not_dir = RunPatmark({"audit", FixturePath("catalogs/cn-packaging.csv"), "--out", file});
  EXPECT_EQ(not_dir.exit_code, 2);
  EXPECT_NE(not_dir.err.find(file), std::string::npos) << not_dir.err;
  auto read_only = RunPatmark({"audit", FixturePath("catalogs/cn-packaging.csv"), "--out", "/proc/patmark-out"});
  EXPECT_EQ(read_only.exit_code, 2);
  EXPECT_NE(read_only.err.find("/proc/patmark-out"), std::string::npos) << read_only.err;
  std::remove(file.c_str());

  std::string out = TempOut("missing");
  auto missing = RunPatmark({"audit", "/nonexistent/catalog.csv", FixturePath("catalogs/cn-packaging.csv"),
                             "--as-of", "2026-11-25", "--out", out, "--quiet"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/catalog.csv"), std::string::npos) << missing.err;
  EXPECT_EQ(Summary(out)["records"].GetUint64(), 240u) << "the readable input is still audited";
  std::filesystem::remove_all(out);
}

}  // namespace
}  // namespace patmark
