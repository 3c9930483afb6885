// End-to-end: `patmark audit` on the seed's inspection and on the fixture
// catalogs: the seed's table, counts that add up, outputs that agree with
// `patmark check`, and unwritable output directories.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

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

// A catalog big enough that a run takes a while: 150,000 rows of three
// companies, every 40th marked (some expired, some malformed), every 500th
// ragged.
std::string WriteLargeCatalog() {
  // One per test: ctest runs the tests of this file side by side.
  std::string path = ::testing::TempDir() + "/patmark-large-catalog-" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".csv";
  std::string csv = "id,company,product,box_text\n";
  const char* companies[] = {"苏州康宁医药连锁有限公司", "吴中区百姓大药房有限公司", "苏州华康医疗器械有限公司"};
  const char* marks[] = {"发明专利 专利号：ZL 2014 1 0026192.3", "专利号：ZL00112313.0", "实用新型专利 ZL201620012345.1",
                         "专利申请，尚未授权 申请号：202410040777.4"};
  for (int i = 1; i <= 150000; ++i) {
    csv += "P" + std::to_string(i) + "," + companies[i % 3] + ",品" + std::to_string(i % 97) + ",";
    if (i % 500 == 0) {
      csv += "ragged\n";
      continue;
    }
    csv += "\"批号" + std::to_string(20240000 + i) + " 请按说明书使用";
    if (i % 40 == 0) csv += std::string(" ") + marks[(i / 40) % 4];
    csv += "\"\n";
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(csv.data(), 1, csv.size(), f);
  std::fclose(f);
  return path;
}

std::vector<std::string> LargeAuditArgs(const std::string& catalog, const std::string& out) {
  return {"audit", catalog, "--out", out, "--as-of", "2026-11-25", "--register",
          FixturePath("registers/catalogs.csv"), "--checkpoint-every", "1000", "--quiet"};
}

// A launcher for RunPatmark that sends `signal` once `file` exists and is not
// empty (the audit is then surely running, its handlers installed), and
// waits for the process: a moment chosen by the run's progress, not by a
// timer, so that a loaded machine cannot make the signal come too early.
std::string SignalWhenWritten(const std::string& signal, const std::string& file) {
  std::string script = ::testing::TempDir() + "/patmark-signal-when-written-" +
                       ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sh";
  std::FILE* f = std::fopen(script.c_str(), "w");
  std::fputs("\"$@\" & pid=$!\n"
             "for i in $(seq 1 3000); do [ -s \"$WAIT_FOR\" ] && break; sleep 0.01; done\n"
             "kill -s \"$SIGNAL\" $pid; wait $pid\n",
             f);
  std::fclose(f);
  return "env SIGNAL=" + signal + " WAIT_FOR=" + testing::ShellQuote(file) + " bash " + testing::ShellQuote(script);
}

std::string Outputs(const std::string& dir) {
  return ReadFile(dir + "/findings.jsonl") + "\n--\n" + ReadFile(dir + "/findings.csv") + "\n--\n" +
         ReadFile(dir + "/summary.json");
}

// The test: kill -9 at some moment, then --resume, gives the bytes of
// an uninterrupted run. Whenever the kill lands (before the first checkpoint,
// mid-write, after the end) the outputs must be the same.
TEST(AuditCli, ResumeAfterKillNineWritesTheSameBytes) {
  std::string catalog = WriteLargeCatalog();
  std::string whole = TempOut("whole");
  auto uninterrupted = RunPatmark(LargeAuditArgs(catalog, whole));
  ASSERT_EQ(uninterrupted.exit_code, 1) << uninterrupted.err;  // the expired patent is a violation
  const std::string expected = Outputs(whole);
  ASSERT_EQ(Summary(whole)["records"].GetUint64(), 150000u);

  int resumed_mid_run = 0;
  // Three kills at moments a timer picks (any moment must do), and one once
  // a checkpoint exists, which is surely mid-run.
  for (const char* delay : {"0.02", "0.12", "0.25", "checkpoint"}) {
    std::string out = TempOut(std::string("killed-") + delay);
    std::string launcher = std::string(delay) == "checkpoint"
                               ? SignalWhenWritten("KILL", out + "/checkpoint.json")
                               : std::string("timeout -s KILL ") + delay;
    RunPatmark(LargeAuditArgs(catalog, out), "", launcher);
    std::vector<std::string> again = LargeAuditArgs(catalog, out);
    again.pop_back();  // not --quiet: it says where it resumes
    again.push_back("--resume");
    auto resumed = RunPatmark(again);
    EXPECT_EQ(resumed.exit_code, 1) << "killed after " << delay << " s: " << resumed.err;
    EXPECT_EQ(Outputs(out), expected) << "killed after " << delay << " s";
    EXPECT_FALSE(std::filesystem::exists(out + "/checkpoint.json"));
    bool resumed_after_checkpoint = resumed.err.find("resuming after record") != std::string::npos;
    if (std::string(delay) == "checkpoint") {
      EXPECT_TRUE(resumed_after_checkpoint) << resumed.err;
    }
    if (resumed_after_checkpoint) ++resumed_mid_run;
    std::filesystem::remove_all(out);
  }
  EXPECT_GT(resumed_mid_run, 0) << "no kill landed mid-run: the test did not test resuming";
  std::filesystem::remove_all(whole);
  std::remove(catalog.c_str());
}

TEST(AuditCli, CtrlCStopsWithACheckpointAndResumeFinishes) {
  std::string catalog = WriteLargeCatalog();
  std::string whole = TempOut("whole-int");
  ASSERT_EQ(RunPatmark(LargeAuditArgs(catalog, whole)).exit_code, 1);
  std::string out = TempOut("interrupted");
  auto interrupted =
      RunPatmark(LargeAuditArgs(catalog, out), "", SignalWhenWritten("INT", out + "/findings.jsonl.partial"));
  ASSERT_EQ(interrupted.exit_code, 130) << "the run ended before Ctrl-C: " << interrupted.err;
  {
    EXPECT_NE(interrupted.err.find("interrupted after"), std::string::npos) << interrupted.err;
    EXPECT_NE(interrupted.err.find("--resume"), std::string::npos) << interrupted.err;
    EXPECT_TRUE(std::filesystem::exists(out + "/checkpoint.json"));
    EXPECT_FALSE(std::filesystem::exists(out + "/summary.json")) << "an interrupted audit is not finished";
  }
  std::vector<std::string> again = LargeAuditArgs(catalog, out);
  again.push_back("--resume");
  EXPECT_EQ(RunPatmark(again).exit_code, 1);
  EXPECT_EQ(Outputs(out), Outputs(whole));
  std::filesystem::remove_all(out);
  std::filesystem::remove_all(whole);
  std::remove(catalog.c_str());
}

TEST(AuditCli, ResumeRefusesACheckpointOfOtherInputs) {
  std::string catalog = WriteLargeCatalog();
  std::string out = TempOut("other-inputs");
  RunPatmark(LargeAuditArgs(catalog, out), "", SignalWhenWritten("INT", out + "/findings.jsonl.partial"));
  ASSERT_TRUE(std::filesystem::exists(out + "/checkpoint.json")) << "the run ended before it was interrupted";
  std::vector<std::string> other = LargeAuditArgs(catalog, out);
  other[5] = "2020-01-01";  // --as-of
  other.push_back("--resume");
  auto refused = RunPatmark(other);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("checkpoint.json: cannot resume"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("without --resume"), std::string::npos) << refused.err;
  std::filesystem::remove_all(out);
  std::remove(catalog.c_str());
}

// On a terminal (here a pseudo-terminal from script(1)), a progress line;
// with stderr redirected, none.
TEST(AuditCli, AProgressLineOnATerminalOnly) {
  std::string catalog = WriteLargeCatalog();
  std::string out = TempOut("progress");
  std::string typescript = ::testing::TempDir() + "/patmark-progress.typescript";
  // The catalog four times over: long enough for the line's first drawing.
  std::string inputs;
  for (int i = 0; i < 4; ++i) inputs += " " + testing::ShellQuote(catalog);
  std::string command = testing::ShellQuote(PATMARK_BINARY) + " audit" + inputs + " --as-of 2026-11-25 --out " +
                        testing::ShellQuote(out);
  ASSERT_EQ(std::system(("script -qec " + testing::ShellQuote(command) + " " + testing::ShellQuote(typescript) +
                         " >/dev/null 2>&1")
                            .c_str()) >> 8,
            1);
  std::string terminal = ReadFile(typescript);
  EXPECT_NE(terminal.find(" records, "), std::string::npos) << terminal.substr(0, 500);
  EXPECT_NE(terminal.find(" MB/s, "), std::string::npos);
  EXPECT_NE(terminal.find(" look-ups pending"), std::string::npos);
  EXPECT_NE(terminal.find("\r\x1b[K"), std::string::npos) << "the line is erased at the end";

  auto redirected = RunPatmark({"audit", catalog, "--as-of", "2026-11-25", "--out", out + "-2"});
  EXPECT_EQ(redirected.err.find("MB/s"), std::string::npos) << "no progress line when stderr is not a terminal";
  std::filesystem::remove_all(out);
  std::filesystem::remove_all(out + "-2");
  std::remove(typescript.c_str());
  std::remove(catalog.c_str());
}

}  // namespace
}  // namespace patmark
