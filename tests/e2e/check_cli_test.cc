// End-to-end: `patmark check` as an inspector and an auditor run it.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

using testing::Count;
using testing::FixturePath;
using testing::MatchesGolden;
using testing::RunPatmark;

TEST(CheckCli, FixtureCatalogsMatchTheirGoldenFiles) {
  struct Golden {
    const char* input;
    const char* lang;
    const char* expected;
    int exit_code;  // 1: the Chinese catalog has violations; foreign marks only warn
  };
  const Golden cases[] = {
      {"catalogs/cn-packaging.csv", "zh", "check/cn-packaging.zh.jsonl", 1},
      {"catalogs/foreign-packaging.csv", "en", "check/foreign-packaging.en.jsonl", 0},
  };
  for (const Golden& c : cases) {
    auto r = RunPatmark({"check", FixturePath(c.input), "--register", FixturePath("registers/catalogs.csv"),
                         "--as-of", "2026-11-25", "--lang", c.lang});
    EXPECT_EQ(r.exit_code, c.exit_code) << c.input << ": " << r.err;
    std::string out = r.out;
    std::string prefix = FixturePath("");
    for (size_t p; (p = out.find(prefix)) != std::string::npos;) out.erase(p, prefix.size());
    std::string diff;
    EXPECT_TRUE(MatchesGolden(c.expected, out, &diff)) << c.input << "\n" << diff;
    // One line per record, and the verdict counts on stderr add up to them.
    std::string catalog = testing::ReadFile(FixturePath(c.input));
    EXPECT_EQ(Count(out, "\n"), Count(catalog, "\n") - 1);
    EXPECT_NE(r.err.find(std::to_string(Count(out, "\n")) + " records:"), std::string::npos) << r.err;
  }
}

// The seed's case: a patent that expired on 2020-06-08 is lawfully marked at
// the 2017 inspection and counterfeiting at a 2026 one.
TEST(CheckCli, SpotCheckOfTheSeedsExpiredPatentDependsOnTheDate) {
  const std::string box = "复方丹参片 中国发明专利 专利号：ZL 00 1 12313.0";
  const std::string reg = FixturePath("registers/register.csv");
  auto in_2017 = RunPatmark({"check", "--text", box, "--register", reg, "--as-of", "2017-04-29"});
  EXPECT_EQ(in_2017.exit_code, 0) << in_2017.err;
  EXPECT_NE(in_2017.out.find(R"("verdict":"ok")"), std::string::npos) << in_2017.out;
  EXPECT_NE(in_2017.out.find(R"("state":"in_force")"), std::string::npos) << in_2017.out;
  // The register is today's knowledge: its 2019-2025 numbers are not
  // rejected for a 2017 inspection.
  EXPECT_EQ(in_2017.err.find("rejected"), std::string::npos) << in_2017.err;

  auto in_2026 = RunPatmark({"check", "--text", box, "--register", reg, "--as-of", "2026-11-25", "--offline"});
  EXPECT_EQ(in_2026.exit_code, 1) << in_2026.err;
  EXPECT_EQ(Count(in_2026.out, "\n"), 1u);
  for (const char* want : {R"("verdict":"violation")", R"("state":"expired")", R"("code":"CN.EXPIRED")",
                           "《专利法实施细则》（2023）第一百零一条第一款第（一）项", "《专利法》（2020）第六十八条",
                           "去除或覆盖库存及在售产品"}) {
    EXPECT_NE(in_2026.out.find(want), std::string::npos) << want << "\n" << in_2026.out;
  }
}

// The inspector's answer at the shelf: the verdict, the state and date, the
// finding with its basis and the correction, in the language asked.
TEST(CheckCli, BriefLinesForPeople) {
  const std::string box = "复方丹参片 中国发明专利 专利号：ZL 00 1 12313.0";
  auto now = RunPatmark({"check", "--brief", "--offline", "--register", FixturePath("registers/register.csv"),
                         "--as-of", "2026-11-25", "--text", box});
  EXPECT_EQ(now.exit_code, 1);
  EXPECT_EQ(now.out,
            "1: 违法\n"
            "  [违法] 专利号：ZL 00 1 12313.0  → CN00112313.0\n"
            "    法律状态：expired 2020-06-08, register, authoritative\n"
            "    CN.EXPIRED  专利 CN00112313.0 已于 2020-06-08 期限届满终止，检查日 2026-11-25 时已不再有效\n"
            "      依据：《专利法实施细则》（2023）第一百零一条第一款第（一）项；《专利法》（2020）第六十八条\n"
            "      整改：立即停止标注；去除或覆盖库存及在售产品、包装上的该专利标识\n");
  auto then = RunPatmark({"check", "--brief", "--lang", "en", "--offline", "--register",
                          FixturePath("registers/register.csv"), "--as-of", "2017-04-29", "--text", box});
  EXPECT_EQ(then.exit_code, 0);
  EXPECT_EQ(then.out, "1: OK\n  [OK] 专利号：ZL 00 1 12313.0  → CN00112313.0\n    legal state: in_force, register, authoritative\n");
}

TEST(CheckCli, UnknownStatusIsNeverOk) {
  // No register: nothing authoritative answers; the term may still run.
  auto r = RunPatmark({"check", "--text", "中国发明专利 专利号：ZL 2023 1 0397744.0", "--as-of", "2026-11-25",
                       "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("verdict":"unknown")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("code":"CN.STATUS_UNKNOWN")"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(R"("verdict":"ok")"), std::string::npos) << r.out;
  // An old number whose longest term has run out: probably expired, a warning.
  auto old = RunPatmark({"check", "--text", "中国实用新型专利 ZL 2012 2 0161392.6", "--as-of", "2026-11-25"});
  EXPECT_NE(old.out.find(R"("code":"CN.PROBABLY_EXPIRED","severity":"warning")"), std::string::npos) << old.out;
}

TEST(CheckCli, MalformedProductionDateNamesRecordAndField) {
  std::string path = ::testing::TempDir() + "/patmark-bad-date.csv";
  std::ofstream(path) << "id,production_date,box\n"
                         "A1,2019/01/01,中国实用新型专利 专利号：ZL 2016 2 0161392.4\n"
                         "A2,,无标记\n";
  auto r = RunPatmark({"check", path, "--register", FixturePath("registers/register.csv"), "--as-of",
                       "2025-11-25", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("record":"A1","source":)"), std::string::npos);
  EXPECT_NE(r.out.find(R"("verdict":"error")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"(record A1 (line 2), field \"production_date\")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"({"record":"A2","source":)"), std::string::npos);
  EXPECT_NE(r.out.find(R"("verdict":"no_marks")"), std::string::npos) << r.out;
  std::remove(path.c_str());
}

TEST(CheckCli, BadUsageExitsTwo) {
  EXPECT_EQ(RunPatmark({"check", "--text", "x", "--lang", "fr"}).exit_code, 2);
  EXPECT_EQ(RunPatmark({"check", "--text", "x", "--as-of", "2026-02-30"}).exit_code, 2);
  auto missing = RunPatmark({"check", "--text", "x", "--register", "/nonexistent/register.db"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/register.db"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace patmark
