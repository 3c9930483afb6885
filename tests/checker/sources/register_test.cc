// The local register: import with row-level rejection, look-up by any form
// of a number, re-import updates, and files that are not registers.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "checker/sources/register.h"
#include "tests/testing/fixture_path.h"

namespace patmark {
namespace {

CheckedNumber Number(const char* text, bool publication = false) {
  CheckOptions o;
  o.as_of = Date(2026, 11, 25);
  o.publication_context = publication;
  return *CheckNumber(text, o);
}

ImportReport ImportText(Register& reg, const std::string& text, Format format = Format::kCsv) {
  std::istringstream in(text);
  ReaderOptions options;
  options.format = format;
  auto reader = NewRecordReader(in, "register.csv", options);
  EXPECT_TRUE(reader.ok());
  StatusOr<ImportReport> report = reg.Import(**reader, ImportOptions{Date(2026, 11, 25)});
  EXPECT_TRUE(report.ok()) << report.status().ToString();
  return report.ok() ? *report : ImportReport{};
}

TEST(Register, BadRowsAreRejectedWithLineAndColumnTheRestImported) {
  auto reg = Register::OpenInMemory();
  ASSERT_TRUE(reg.ok());
  std::ifstream in(testing::FixturePath("registers/bad.csv"), std::ios::binary);
  auto reader = NewRecordReader(in, "bad.csv", ReaderOptions{});
  ASSERT_TRUE(reader.ok());
  StatusOr<ImportReport> report = (*reg)->Import(**reader, ImportOptions{Date(2026, 11, 25)});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->imported, 2u);
  ASSERT_EQ(report->rejected, 5u);
  const char* expected[] = {
      "bad.csv: line 3, column \"number\": \"ZL 2009 1 0012345.6\": check character should be 8",
      "bad.csv: line 4, column \"filing_date\": ",
      "bad.csv: line 5, column \"state\": \"alive\" is not a state",
      "bad.csv: line 6, column \"number\": the number is missing",
      "bad.csv: line 7, column \"patent_type\": \"gadget\" is not a type",
  };
  for (size_t i = 0; i < std::size(expected); ++i) {
    EXPECT_EQ(report->errors[i].rfind(expected[i], 0), 0u) << report->errors[i];
  }
  EXPECT_EQ((*reg)->size(), 2u);
}

TEST(Register, FindsARowWhateverFormTheMarkUsed) {
  auto reg = Register::OpenInMemory();
  ImportText(**reg,
             "number,state,filing_date,termination_date,publication_number\n"
             "201410026192.3,lapsed,2014-01-21,2019-01-21,CN 104123456 B\n");
  for (const char* form : {"ZL 2014 1 0026192.3", "201410026192.3", "CN201410026192.3", "ZL201410026192"}) {
    StatusOr<std::optional<LegalStatus>> s = (*reg)->Find(Number(form));
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s->has_value()) << form;
    EXPECT_EQ((*s)->state, LegalState::kLapsed);
    EXPECT_EQ((*s)->termination_date->ToString(), "2019-01-21");
    EXPECT_EQ((*s)->source, "register");
    EXPECT_EQ((*s)->confidence, Confidence::kAuthoritative);
  }
  // The publication number resolves to its application's row.
  EXPECT_TRUE((*reg)->Find(Number("CN 104123456 B"))->has_value());
  EXPECT_TRUE((*reg)->Find(Number("CN 104123456 A"))->has_value());
  EXPECT_FALSE((*reg)->Find(Number("ZL 2016 2 0161392.4"))->has_value());
}

TEST(Register, ReimportUpdatesByNumber) {
  auto reg = Register::OpenInMemory();
  ImportText(**reg, "number,state\nZL 2016 2 0161392.4,in_force\n");
  ImportText(**reg, "number,state,termination_date\nCN201620161392.4,lapsed,2020-03-01\n");
  EXPECT_EQ((*reg)->size(), 1u);
  EXPECT_EQ((*(*reg)->Find(Number("ZL 2016 2 0161392.4")))->state, LegalState::kLapsed);
}

TEST(Register, JsonlRowsCarryEvents) {
  auto reg = Register::OpenInMemory();
  ImportReport r = ImportText(
      **reg,
      R"({"number":"US7654321","state":"expired","events":[{"date":"2018-03-01","code":"EXP","description":"fee"}]})"
      "\n",
      Format::kJsonl);
  EXPECT_EQ(r.imported, 1u) << (r.errors.empty() ? "" : r.errors[0]);
  auto s = (*reg)->Find(Number("US 7,654,321 B2"));
  ASSERT_TRUE(s.ok() && s->has_value());
  ASSERT_EQ((*s)->events.size(), 1u);
  EXPECT_EQ((*s)->events[0].code, "EXP");
}

TEST(Register, FileOnDiskSurvivesReopening) {
  std::string path = ::testing::TempDir() + "/patmark-register-test.db";
  std::remove(path.c_str());
  {
    auto reg = Register::Open(path, Register::kCreate);
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    ImportText(**reg, "number,state\nZL 2014 1 0026192.3,in_force\n");
  }
  auto reg = Register::Open(path, Register::kReadOnly);
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  EXPECT_EQ((*reg)->size(), 1u);
  std::remove(path.c_str());
}

TEST(Register, NotARegisterIsAnErrorNamingTheFile) {
  std::string path = ::testing::TempDir() + "/patmark-not-a-db.db";
  std::ofstream(path) << "this is not an SQLite file, just text long enough to be read as a header......\n";
  auto reg = Register::Open(path, Register::kReadOnly);
  ASSERT_FALSE(reg.ok());
  EXPECT_NE(reg.status().message().find(path), std::string::npos) << reg.status().message();
  auto missing = Register::Open(path + ".missing", Register::kReadOnly);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no such file"), std::string::npos);
  std::remove(path.c_str());
}

TEST(SourceChain, UnknownNumbersFallToTheEstimateOrUnknown) {
  auto reg = Register::OpenInMemory();
  ImportText(**reg, "number,state\nZL 2014 1 0026192.3,in_force\n");
  SourceChain chain;
  chain.Add(NewRegisterSource(std::move(*reg), {}));
  std::vector<CheckedNumber> numbers = {Number("ZL 2014 1 0026192.3"), Number("201410026192.3"),
                                        Number("00112313.0"), Number("CN 116455754 B")};
  std::vector<LegalStatus> s = chain.Resolve(numbers, Date(2026, 11, 25));
  EXPECT_EQ(chain.lookups(), 3u) << "the two forms of one number are asked once";
  EXPECT_EQ(s[0].state, LegalState::kInForce);
  EXPECT_EQ(s[1].state, LegalState::kInForce);
  EXPECT_EQ(s[2].state, LegalState::kExpired);  // filed 2000: estimated expired
  EXPECT_EQ(s[2].confidence, Confidence::kEstimated);
  EXPECT_EQ(s[3].state, LegalState::kUnknown);
}

TEST(SourceChain, CompleteRegisterSaysNotFound) {
  auto reg = Register::OpenInMemory();
  SourceChain chain;
  chain.Add(NewRegisterSource(std::move(*reg), {"CN"}));
  std::vector<LegalStatus> s = chain.Resolve({Number("ZL 2016 2 0161392.4")}, Date(2026, 11, 25));
  EXPECT_EQ(s[0].state, LegalState::kNotFound);
}

}  // namespace
}  // namespace patmark
