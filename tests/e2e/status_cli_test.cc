// patmark status and patmark register import, run as a user would.
#include <gtest/gtest.h>

#include <cstdio>

#include "tests/testing/fixture_path.h"
#include "tests/testing/run_binary.h"

namespace patmark {
namespace {

using testing::FixturePath;
using testing::RunPatmark;

TEST(StatusCli, AnyFormFindsTheRegisterRowAndTheSeedCaseIsExpired) {
  auto r = RunPatmark({"status", "ZL 2014 1 0026192.3", "201410026192.3", "00112313.0", "CN 116455754 B",
                       "--register", FixturePath("registers/register.csv"), "--as-of", "2026-11-25"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::string> lines;
  for (size_t p = 0, q; (q = r.out.find('\n', p)) != std::string::npos; p = q + 1) lines.push_back(r.out.substr(p, q - p));
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_NE(lines[0].find(R"("state":"lapsed","source":"register","confidence":"authoritative")"), std::string::npos);
  EXPECT_NE(lines[1].find(R"("state":"lapsed")"), std::string::npos);
  EXPECT_NE(lines[2].find(R"("state":"expired")"), std::string::npos);
  EXPECT_NE(lines[3].find(R"("state":"in_force")"), std::string::npos) << "publication number resolves to its application";
}

TEST(StatusCli, WithoutASourceTheStateIsEstimatedOrUnknownNeverInForce) {
  auto r = RunPatmark({"status", "ZL 2008 2 0009767.0", "ZL 2016 2 0161392.4", "--as-of", "2026-11-25"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("state":"expired","source":"estimate","confidence":"estimated")"), std::string::npos);
  EXPECT_NE(r.out.find(R"("state":"unknown","source":"estimate")"), std::string::npos);
  EXPECT_EQ(r.out.find("in_force"), std::string::npos);
}

TEST(StatusCli, BadNumbersAndBadRegistersExitTwoNamingThem) {
  auto bad_number = RunPatmark({"status", "hello", "--as-of", "2026-11-25"});
  EXPECT_EQ(bad_number.exit_code, 2);
  EXPECT_NE(bad_number.out.find(R"("error":)"), std::string::npos);
  std::string garbage = ::testing::TempDir() + "/patmark-garbage.db";
  std::FILE* f = std::fopen(garbage.c_str(), "w");
  std::fputs("not an sqlite database, but long enough to have a header of sorts.........\n", f);
  std::fclose(f);
  auto bad_db = RunPatmark({"status", "201410026192.3", "--register", garbage});
  EXPECT_EQ(bad_db.exit_code, 2);
  EXPECT_NE(bad_db.err.find(garbage), std::string::npos) << bad_db.err;
  std::remove(garbage.c_str());
}

TEST(RegisterCli, ImportRejectsBadRowsWithLineAndColumnAndKeepsTheRest) {
  std::string db = ::testing::TempDir() + "/patmark-import.db";
  std::remove(db.c_str());
  auto r = RunPatmark({"register", "import", FixturePath("registers/bad.csv"), "--db", db, "--as-of", "2026-11-25"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("line 4, column \"filing_date\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("imported 2 rows, rejected 5"), std::string::npos) << r.err;
  auto good = RunPatmark({"register", "import", FixturePath("registers/register.csv"), "--db", db});
  EXPECT_EQ(good.exit_code, 0) << good.err;
  EXPECT_NE(good.err.find("the register holds 11"), std::string::npos) << good.err;
  auto s = RunPatmark({"status", "ZL201620161392.4", "--register", db, "--as-of", "2025-11-25"});
  EXPECT_NE(s.out.find(R"("state":"in_force")"), std::string::npos) << s.out;
  // The register row still says in_force, but its 10-year term ended on 2026-02-28.
  auto later = RunPatmark({"status", "ZL201620161392.4", "--register", db, "--as-of", "2026-11-25"});
  EXPECT_NE(later.out.find(R"("state":"expired")"), std::string::npos) << later.out;
  std::remove(db.c_str());
}

}  // namespace
}  // namespace patmark
