// The compliance rules against dated scenarios: the same mark is ok on one
// inspection date and a violation on a later one, and each finding cites the
// article in force on its date. Marks come from the real scanner, statuses as
// a source would give them, seen through StatusOn as the source chain does.
#include "checker/rules/rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "parsers/records/record_reader.h"
#include "parsers/scan/record_scanner.h"
#include "tests/testing/fixture_path.h"

namespace patmark {
namespace {

using ::testing::HasSubstr;

Date D(const char* text) { return *Date::Parse(text); }

struct KnownStatus {
  LegalState state = LegalState::kUnknown;
  const char* filing = nullptr;
  const char* grant = nullptr;
  const char* expiry = nullptr;
  const char* termination = nullptr;
};

LegalStatus FromSource(const KnownStatus& k) {
  LegalStatus s;
  s.state = k.state;
  s.source = "register";
  s.confidence = Confidence::kAuthoritative;
  auto date = [](const char* t) { return t ? std::optional<Date>(D(t)) : std::nullopt; };
  s.filing_date = date(k.filing);
  s.grant_date = date(k.grant);
  s.expiry_date = date(k.expiry);
  s.termination_date = date(k.termination);
  return s;
}

class RulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto e = MarkExtractor::Create();
    ASSERT_TRUE(e.ok());
    extractor_ = std::move(*e);
  }

  // The one mark in `text`, scanned as of `as_of`.
  ScannedMark ScanOne(const std::string& text, const Date& as_of) {
    ScanOptions options;
    options.as_of = as_of;
    RecordScanner scanner(*extractor_, options);
    Record r;
    r.fields.push_back({"box", text});
    ScannedRecord out;
    scanner.Scan(std::move(r), &out);
    EXPECT_EQ(out.marks.size(), 1u) << text;
    return out.marks.empty() ? ScannedMark{} : out.marks[0];
  }

  std::unique_ptr<MarkExtractor> extractor_;
};

struct Scenario {
  const char* name;
  const char* text;
  KnownStatus known;
  const char* as_of;
  const char* production_date;  // nullptr: not given
  Verdict verdict;
  std::vector<std::string> codes;  // most severe first
  const char* basis;               // a part of the first finding's basis (en); "" for none
};

// Test logs name a scenario instead of dumping its bytes.
void PrintTo(const Scenario& scenario, std::ostream* os) { *os << scenario.name; }

// The seed's case and its relatives: a Chinese invention patent ZL 2014 1
// 0026192.3 that lapsed on 2019-01-21, and what changes with the date.
const char* const kLapsedMark = "中国发明专利 专利号：ZL 2014 1 0026192.3";
const KnownStatus kLapsed{LegalState::kLapsed, "2014-01-21", "2016-08-24", "2034-01-20", "2019-01-21"};

const Scenario kScenarios[] = {
    {"lapsed_patent_in_force_before_the_lapse", kLapsedMark, kLapsed, "2018-06-01", nullptr, Verdict::kOk, {}, ""},
    {"lapsed_patent_counterfeiting_2010_text", kLapsedMark, kLapsed, "2019-06-01", nullptr, Verdict::kViolation,
     {"CN.LAPSED"}, "Implementing Regulations of the Patent Law (2010) Art 84(1)(i); Patent Law (2008) Art 63"},
    {"lapsed_patent_counterfeiting_2023_text", kLapsedMark, kLapsed, "2024-03-01", nullptr, Verdict::kViolation,
     {"CN.LAPSED"}, "Implementing Regulations of the Patent Law (2023) Art 101(1)(i); Patent Law (2020) Art 68"},
    {"made_before_the_lapse_is_not_counterfeiting", kLapsedMark, kLapsed, "2019-06-01", "2018-12-01",
     Verdict::kWarning, {"CN.MARKED_BEFORE_TERMINATION"}, "Implementing Regulations of the Patent Law (2010) Art 84(2)"},
    {"made_after_the_lapse_is", kLapsedMark, kLapsed, "2019-06-01", "2019-02-01", Verdict::kViolation,
     {"CN.LAPSED"}, "Art 84(1)(i)"},
    {"no_exemption_before_2010", "中国发明专利 专利号：ZL 00 1 12313.0",
     {LegalState::kExpired, "2000-06-09", "2004-03-17", "2009-06-08"}, "2009-12-01", "2009-01-01",
     Verdict::kViolation, {"CN.MARKED_BEFORE_TERMINATION"}, "Regulations of the Patent Law (2001) Art 85"},
    {"expired_on_the_seed_inspection", "中国发明专利 专利号：ZL 00 1 12313.0",
     {LegalState::kExpired, "2000-06-09", "2004-03-17", "2020-06-08"}, "2017-04-29", nullptr, Verdict::kOk, {}, ""},
    {"in_force_but_term_ran_out", "中国发明专利 专利号：ZL 00 1 12313.0",
     {LegalState::kInForce, "2000-06-09", "2004-03-17", "2020-06-08"}, "2021-01-01", nullptr, Verdict::kViolation,
     {"CN.EXPIRED"}, "Art 84(1)(i)"},
    {"type_words_missing_2012_measures", "专利号：ZL 2014 1 0026192.3", kLapsed, "2017-04-29", nullptr,
     Verdict::kViolation, {"CN.TYPE_WORDS_MISSING"},
     "Measures for Marking Patent Marks (SIPO Order No. 63, 2012) Art 5; Measures for Marking Patent Marks (2012) "
     "Art 8(1); Implementing Regulations of the Patent Law (2010) Art 83(2)"},
    {"type_words_missing_2003_provisions", "专利号：ZL 2008 1 0026192.8",
     {LegalState::kInForce, "2008-01-21", "2010-08-24", "2028-01-20"}, "2011-06-01", nullptr, Verdict::kViolation,
     {"CN.TYPE_WORDS_MISSING"}, "(SIPO Order No. 29, 2003) Art 4"},
    {"type_mismatch", "实用新型专利 专利号：ZL 2014 1 0026192.3", kLapsed, "2017-04-29", nullptr,
     Verdict::kViolation, {"CN.TYPE_MISMATCH"}, "Art 5"},
    {"application_without_pending_words", "发明专利申请号：202410040777.4",
     {LegalState::kPending, "2024-01-10"}, "2025-05-01", nullptr, Verdict::kViolation,
     {"CN.PENDING_WORDING_MISSING"}, "Measures for Marking Patent Marks (2012) Art 7"},
    {"application_marked_lawfully", "发明专利申请，尚未授权 申请号：202410040777.4",
     {LegalState::kPending, "2024-01-10"}, "2025-05-01", nullptr, Verdict::kOk, {}, ""},
    {"application_granted_since", "发明专利申请，尚未授权 申请号：202410040777.4",
     {LegalState::kInForce, "2024-01-10", "2026-03-01", "2044-01-09"}, "2026-11-25", nullptr, Verdict::kOk,
     {"CN.PENDING_NOW_GRANTED"}, "Art 5"},
    {"application_rejected_still_marked", "发明专利申请，尚未授权 申请号：202410040777.4",
     {LegalState::kRejected, "2024-01-10", nullptr, nullptr, "2026-03-01"}, "2026-11-25", nullptr,
     Verdict::kViolation, {"CN.REJECTED"}, "Measures for Marking Patent Marks (2012) Art 7"},
    {"application_marked_as_patent", "中国发明专利 专利号：ZL 2024 1 0040777.4",
     {LegalState::kPending, "2024-01-10"}, "2025-05-01", nullptr, Verdict::kViolation, {"CN.APPLICATION_AS_PATENT"},
     "Art 101(1)(i) and (iii); Patent Law (2020) Art 68"},
    {"withdrawn_application_marked_as_patent", "中国发明专利 专利号：ZL 2025 1 1400055.6",
     {LegalState::kWithdrawn, "2025-09-30", nullptr, nullptr, "2026-06-01"}, "2026-11-25", nullptr,
     Verdict::kViolation, {"CN.WITHDRAWN"}, "Art 101(1)(i)"},
    {"invalidated_has_no_exemption", "中国发明专利 专利号：ZL 2021 1 0377287.X",
     {LegalState::kInvalidated, "2021-04-08", "2023-02-14", "2041-04-07", "2023-02-14"}, "2026-11-25", "2022-12-01",
     Verdict::kViolation, {"CN.INVALIDATED"}, "Art 101(1)(i)"},
    {"not_in_a_complete_register", "中国发明专利 专利号：ZL 2014 1 0026192.3", {LegalState::kNotFound}, "2026-11-25",
     nullptr, Verdict::kViolation, {"CN.NOT_FOUND"}, "Art 101(1)(i)"},
    {"wrong_check_digit", "中国发明专利 专利号：ZL 2014 1 0026192.4", kLapsed, "2018-06-01", nullptr,
     Verdict::kViolation, {"CN.MALFORMED"}, "Art 5"},
    {"us_expired_after_the_aia", "U.S. Pat. No. 7,654,321",
     {LegalState::kExpired, "2006-05-02", "2010-02-02", "2026-05-02"}, "2026-11-25", nullptr, Verdict::kWarning,
     {"US.EXPIRED"}, "35 U.S.C. § 292 as amended by the AIA § 16(b)"},
    {"us_lapsed_before_the_aia", "U.S. Pat. No. 7,654,321",
     {LegalState::kLapsed, "2006-05-02", "2010-02-02", "2026-05-02", "2010-09-01"}, "2011-03-01", nullptr,
     Verdict::kWarning, {"US.LAPSED"}, "35 U.S.C. § 292 (before the AIA)"},
    {"us_virtual_marking_after_the_aia", "Patents: www.acme.com/patents", {}, "2017-04-29", nullptr,
     Verdict::kUnknown, {"US.VIRTUAL_MARKING"}, "35 U.S.C. § 287(a) as amended by the AIA § 16(a)"},
    {"us_virtual_marking_before_the_aia", "Patents: www.acme.com/patents", {}, "2010-04-29", nullptr,
     Verdict::kWarning, {"US.VIRTUAL_MARKING"}, "35 U.S.C. § 287(a)"},
    {"ep_lapsed_is_a_warning", "EP 1 234 567 B1",
     {LegalState::kLapsed, "2000-03-10", "2004-07-21", "2020-03-09", "2012-03-31"}, "2017-04-29", nullptr,
     Verdict::kWarning, {"EP.LAPSED"}, "the EPC has no marking rule"},
};

class DatedScenarioTest : public RulesTest, public ::testing::WithParamInterface<Scenario> {};

TEST_P(DatedScenarioTest, FindingsVerdictAndBasis) {
  const Scenario& sc = GetParam();
  const Date as_of = D(sc.as_of);
  ScannedMark mark = ScanOne(sc.text, as_of);
  LegalStatus status = StatusOn(FromSource(sc.known), as_of);
  RuleContext context{as_of, sc.production_date ? std::optional<Date>(D(sc.production_date)) : std::nullopt,
                      Language::kEn};
  std::vector<Finding> findings = JudgeMark(mark, status, context);
  std::vector<std::string> codes;
  for (const Finding& f : findings) codes.push_back(f.code);
  EXPECT_EQ(codes, sc.codes);
  EXPECT_EQ(MarkVerdict(mark, status, findings), sc.verdict) << VerdictName(MarkVerdict(mark, status, findings));
  if (!findings.empty()) {
    EXPECT_THAT(findings[0].basis, HasSubstr(sc.basis));
    EXPECT_FALSE(findings[0].message.empty());
    EXPECT_FALSE(findings[0].correction.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, DatedScenarioTest, ::testing::ValuesIn(kScenarios),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_F(RulesTest, MessagesAreInTheAskedLanguage) {
  const Date as_of = D("2019-06-01");
  ScannedMark mark = ScanOne(kLapsedMark, as_of);
  LegalStatus status = StatusOn(FromSource(kLapsed), as_of);
  Finding zh = JudgeMark(mark, status, {as_of, std::nullopt, Language::kZh}).at(0);
  Finding en = JudgeMark(mark, status, {as_of, std::nullopt, Language::kEn}).at(0);
  EXPECT_EQ(zh.message, "专利 CN201410026192.3 已于 2019-01-21 因未缴年费终止，检查日 2019-06-01 时已不再有效");
  EXPECT_EQ(zh.basis, "《专利法实施细则》（2010）第八十四条第一款第（一）项；《专利法》（2008）第六十三条");
  EXPECT_EQ(en.message, "patent CN201410026192.3 lapsed (fees unpaid) on 2019-01-21, before the inspection on 2019-06-01");
  EXPECT_EQ(zh.code, en.code);
  EXPECT_EQ(zh.severity, Severity::kViolation);
}

TEST_F(RulesTest, EstimatedExpiryIsAWarningNeverOk) {
  const Date as_of = D("2026-11-25");
  ScannedMark mark = ScanOne("中国实用新型专利 专利号：ZL 2012 2 0161392.6", as_of);
  LegalStatus estimated;
  estimated.state = LegalState::kExpired;
  estimated.source = "estimate";
  estimated.confidence = Confidence::kEstimated;
  estimated.expiry_date = D("2022-12-30");
  std::vector<Finding> findings = JudgeMark(mark, estimated, {as_of, std::nullopt, Language::kEn});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].code, "CN.PROBABLY_EXPIRED");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_THAT(findings[0].message, HasSubstr("2022-12-30"));
}

// Whatever a mark of the fixture catalogs says, a status nobody determined
// (or only estimated without an end) never makes it ok.
TEST_F(RulesTest, UnknownStatusNeverYieldsOk) {
  const Date as_of = D("2026-11-25");
  ScanOptions options;
  options.as_of = as_of;
  RecordScanner scanner(*extractor_, options);
  LegalStatus unknown;  // nothing answered
  LegalStatus estimated_bound;
  estimated_bound.source = "estimate";
  estimated_bound.confidence = Confidence::kEstimated;
  estimated_bound.expiry_date = D("2040-01-01");
  size_t marks = 0;
  for (const char* catalog : {"catalogs/cn-packaging.csv", "catalogs/foreign-packaging.csv"}) {
    std::ifstream in(testing::FixturePath(catalog), std::ios::binary);
    ReaderOptions reader_options;
    reader_options.format = Format::kCsv;
    auto reader = NewRecordReader(in, catalog, reader_options);
    ASSERT_TRUE(reader.ok());
    Record record;
    while (*(*reader)->Next(&record)) {
      ScannedRecord scanned;
      scanner.Scan(std::move(record), &scanned);
      for (const ScannedMark& m : scanned.marks) {
        ++marks;
        for (const LegalStatus* s : {&unknown, &estimated_bound}) {
          std::vector<Finding> findings = JudgeMark(m, *s, {as_of, std::nullopt, Language::kEn});
          EXPECT_NE(MarkVerdict(m, *s, findings), Verdict::kOk) << catalog << ": " << m.raw;
        }
      }
      record = Record();
    }
  }
  EXPECT_GT(marks, 200u);
}

TEST(RecordVerdictTest, HighestMarkVerdictWithErrorsAndNoMarks) {
  struct Case {
    std::vector<Verdict> marks;
    bool errors;
    Verdict want;
  };
  const Case cases[] = {
      {{}, false, Verdict::kNoMarks},
      {{}, true, Verdict::kError},
      {{Verdict::kOk, Verdict::kOk}, false, Verdict::kOk},
      {{Verdict::kOk, Verdict::kUnknown}, false, Verdict::kUnknown},
      {{Verdict::kUnknown, Verdict::kWarning}, false, Verdict::kWarning},
      {{Verdict::kWarning, Verdict::kViolation, Verdict::kOk}, false, Verdict::kViolation},
      {{Verdict::kOk}, true, Verdict::kError},
      {{Verdict::kUnknown}, true, Verdict::kError},
      {{Verdict::kViolation}, true, Verdict::kViolation},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RecordVerdict(c.marks, c.errors), c.want) << VerdictName(c.want);
  }
}

}  // namespace
}  // namespace patmark
