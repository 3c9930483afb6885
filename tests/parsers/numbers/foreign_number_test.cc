// Foreign numbers: the verified vectors of research/numbers.md §3-§5, the
// PatZilla input -> output pairs of §1.1, and malformed numbers per office.
#include <gtest/gtest.h>

#include "parsers/numbers/patent_number.h"
#include "tests/parsers/numbers/check_helpers.h"

namespace patmark {
namespace {

using testing::Check;
using testing::Codes;

struct Row {
  const char* text;
  const char* jurisdiction;  // default office for unprefixed text
  const char* canonical;
  const char* kind_code;
  NumberKind kind;
  PatentType type;
  const char* codes;  // expected problem codes, "" for valid
  const char* source;
};

constexpr NumberKind kPat = NumberKind::kPatent;
constexpr NumberKind kApp = NumberKind::kApplication;
constexpr NumberKind kPub = NumberKind::kPublication;
constexpr PatentType kInv = PatentType::kInvention;
constexpr PatentType kUm = PatentType::kUtilityModel;
constexpr PatentType kDes = PatentType::kDesign;
constexpr PatentType kPlant = PatentType::kPlant;
constexpr PatentType kNone = PatentType::kUnknown;

void ExpectRows(const std::vector<Row>& rows, const char* as_of = "2026-11-25") {
  for (const Row& r : rows) {
    CheckedNumber n = Check(r.text, as_of, r.jurisdiction);
    EXPECT_EQ(n.canonical, r.canonical) << r.text << " (" << r.source << ")";
    EXPECT_EQ(n.kind_code, r.kind_code) << r.text;
    EXPECT_EQ(n.kind, r.kind) << r.text;
    EXPECT_EQ(n.type, r.type) << r.text;
    EXPECT_EQ(Codes(n), r.codes) << r.text << " (" << r.source << ")"
                                 << (n.problems.empty() ? "" : ": " + n.problems[0].message);
  }
}

TEST(UsNumber, SeriesPrefixesAndKinds) {
  ExpectRows({
      {"7,654,321", "US", "US7654321", "", kPat, kInv, "", "numbers.md 5.5"},
      {"US 12,361,091 B1", "CN", "US12361091", "B1", kPat, kInv, "", "granted 2025-07-15"},
      {"U.S. 12,586,398 B2", "CN", "US12586398", "B2", kPat, kInv, "", "granted March 2026"},
      {"5,146,634", "US", "US5146634", "", kPat, kInv, "", "PATFT table"},
      {"D789,012", "US", "USD789012", "", kPat, kDes, "", "numbers.md 5.5"},
      {"Des. 374,176", "US", "USD374176", "", kPat, kDes, "", "MPEP 901.04 form"},
      {"USD1,000,000", "CN", "USD1000000", "", kPat, kDes, "", "issued 2023-09-26"},
      {"USD1100082S1", "CN", "USD1100082", "S1", kPat, kDes, "", "Google Patents"},
      {"PP12,345", "US", "USPP12345", "", kPat, kPlant, "", "plant"},
      {"Plant 8,901", "US", "USPP8901", "", kPat, kPlant, "", "PATFT table"},
      {"RE45,678", "US", "USRE45678", "", kPat, kInv, "", "reissue"},
      {"Re. 1776", "US", "USRE1776", "", kPat, kInv, "", "old reissue"},
      {"H1,523", "US", "USH1523", "", kPat, kInv, "", "SIR, PATFT table"},
      {"H001234", "US", "USH1234", "", kPat, kInv, "", "SIR, zero padded"},
      {"T109,201", "US", "UST109201", "", kPat, kInv, "", "defensive publication"},
      {"X1234", "US", "USX1234", "", kPat, kInv, "", "X-patent"},
      {"AI00,002", "US", "USAI2", "", kPat, kInv, "", "additional improvement"},
      {"US 2017/0374792 A1", "CN", "US20170374792", "A1", kPub, kInv, "", "numbers.md 4.1"},
      {"US20170374792A1", "CN", "US20170374792", "A1", kPub, kInv, "", "issue text"},
      {"13/001,888", "US", "US13001888", "", kApp, kInv, "", "application serial"},
      {"29/010,907", "US", "US29010907", "", kApp, kDes, "", "design application serial"},
  });
}

TEST(UsNumber, MalformedAndOutOfRange) {
  ExpectRows({
      {"USD123456789", "CN", "USD123456789", "", kPat, kDes, "length", "PatZilla fantasy input"},
      {"USRE123456789", "CN", "USRE123456789", "", kPat, kInv, "length", "PatZilla fantasy input"},
      {"USD12345678", "CN", "USD12345678", "", kPat, kDes, "number_out_of_range", "design beyond D1.2M"},
      {"US 13,500,000", "CN", "US13500000", "", kPat, kInv, "number_out_of_range", "beyond 2026 utility"},
      {"US 7,654,321 A1", "CN", "US7654321", "A1", kPat, kInv, "kind_type_mismatch", "A1 on a grant"},
      {"US 7,654,321 Q", "CN", "US7654321", "Q", kPat, kInv, "unknown_kind_code", "no kind Q"},
      {"US 5,146,634 B2", "CN", "US5146634", "B2", kPat, kInv, "kind_code_era", "B2 before 2001"},
      {"US 9,146,634 A", "CN", "US9146634", "A", kPat, kInv, "kind_code_era", "A after 2001"},
      {"US 2027/0374792 A1", "CN", "US20270374792", "A1", kPub, kInv, "year_out_of_range", "future"},
      {"H2,999", "US", "USH2999", "", kPat, kInv, "number_out_of_range", "SIR ended about H2,300"},
      {"US 0", "CN", "US0", "", kPat, kInv, "number_out_of_range", "zero"},
  });
}

TEST(UsNumber, CeilingFollowsTheInspectionDate) {
  // 10,000,000 issued 2018-06-19: impossible on the seed's inspection day.
  EXPECT_EQ(Codes(Check("US 10,000,000", "2017-04-29")), "number_out_of_range");
  EXPECT_EQ(Codes(Check("US 10,000,000", "2018-06-19")), "");
  EXPECT_EQ(Codes(Check("USD1,000,001", "2023-01-01")), "number_out_of_range");
  CheckedNumber late = Check("US 12,900,000", "2026-11-25");
  ASSERT_EQ(Codes(late), "number_out_of_range");
  EXPECT_NE(late.problems[0].message.find("estimated"), std::string::npos) << late.problems[0].message;
}

TEST(EpNumber, ApplicationCheckDigitAndPublications) {
  ExpectRows({
      {"EP 99403122.7", "CN", "EP99403122.7", "", kApp, kInv, "", "EPO example"},
      {"EP 13748138.8", "CN", "EP13748138.8", "", kApp, kInv, "", "EPO forum"},
      {"EP25153079.6", "CN", "EP25153079.6", "", kApp, kInv, "", "public markdown"},
      {"EP 16839078.9", "CN", "EP16839078.9", "", kApp, kInv, "", "kryptografie.de"},
      {"EP 16000312.7", "CN", "EP16000312.7", "", kApp, kInv, "check_digit", "WIPO's illustration fails"},
      {"EP 13748138", "CN", "EP13748138", "", kApp, kInv, "", "cited without check digit"},
      {"EP 1 234 567 B1", "CN", "EP1234567", "B1", kPat, kInv, "", "issue text"},
      {"EP1234567", "CN", "EP1234567", "", kPat, kInv, "", "numbers.md 5.5"},
      {"EP 2 123 456 A1", "CN", "EP2123456", "A1", kPub, kInv, "", "application publication"},
      {"EP 1 234 567 B4", "CN", "EP1234567", "B4", kPat, kInv, "unknown_kind_code", "no EP B4"},
      {"EP 12345678 B1", "CN", "EP12345678B1", "", kPat, kNone, "length", "8 digits and a kind"},
      {"EP 30123456.3", "CN", "EP30123456.3", "", kApp, kInv, "year_out_of_range", "filed 2030"},
  });
}

TEST(EpNumber, CheckDigitBefore2002IsOnlyANote) {
  CheckedNumber n = Check("EP 98403122.1");
  EXPECT_TRUE(n.valid()) << Codes(n);
  ASSERT_EQ(Codes(n.notes), "check_digit_unverifiable");
}

TEST(WoNumber, YearAndSerialNormalization) {
  ExpectRows({
      {"WO 2015/123456", "CN", "WO2015123456", "", kPub, kNone, "", "issue text"},
      {"WO 9923997", "CN", "WO1999023997", "", kPub, kNone, "", "PatZilla"},
      {"WO0402618A2", "CN", "WO2004002618", "A2", kPub, kNone, "", "PatZilla"},
      {"WO99/13800", "CN", "WO1999013800", "", kPub, kNone, "", "PatZilla"},
      {"WO 2015/123456 A1", "CN", "WO2015123456", "A1", kPub, kNone, "", "with kind"},
      {"WO 2035/123456", "CN", "WO2035123456", "", kPub, kNone, "year_out_of_range", "future"},
      {"WO 2015/123456 B1", "CN", "WO2015123456", "B1", kPub, kNone, "unknown_kind_code", "no WO B1"},
      {"PCT/US99/009417", "WO", "PCT/US1999/009417", "", kApp, kNone, "", "PatZilla"},
      {"WOPCT/EP02/07746", "CN", "PCT/EP2002/007746", "", kApp, kNone, "", "PatZilla"},
      {"WOWO 94/03095 A1", "CN", "WO1994003095", "A1", kPub, kNone, "", "doubled prefix, PatentPublicData#52"},
  });
}

TEST(DeNumber, FileNumbersAndPublications) {
  ExpectRows({
      {"DE 10 2007 004 488.9", "CN", "DE102007004488.9", "", kApp, kInv, "", "court decision"},
      {"DE 11 2014 005 344.9", "CN", "DE112014005344.9", "", kApp, kInv, "", "court decision"},
      {"DE 10 2007 045 776.8", "CN", "DE102007045776.8", "", kApp, kInv, "", "court decision"},
      {"DE10001499.2", "CN", "DE10001499.2", "", kApp, kInv, "", "PatZilla doctest"},
      {"DE 10 2006 011 652 B4", "CN", "DE102006011652", "B4", kPat, kInv, "", "issue text"},
      {"DE 10 2006 011 652 A1", "CN", "DE102006011652", "A1", kPub, kInv, "", "Offenlegungsschrift"},
      {"DE-GM 20 2010 012 345 U1", "CN", "DE202010012345", "U1", kPat, kUm, "", "Gebrauchsmuster"},
      {"DE31 00 442C1", "CN", "DE3100442", "C1", kPat, kInv, "", "PatZilla"},
      {"DE 197 12 345 A1", "CN", "DE19712345", "A1", kPub, kInv, "", "1997 form"},
      {"DE 297 12 345 U1", "CN", "DE29712345", "U1", kPat, kUm, "", "1997 utility model"},
      {"DE 10 2007 004 488.4", "CN", "DE102007004488.4", "", kApp, kInv, "check_digit", "altered check"},
      {"DE 30 2007 004 488 A1", "CN", "DE302007004488", "A1", kPub, kNone, "type_digit", "KZ 30: trade mark"},
      {"DE 10 2006 011 652 U1", "CN", "DE102006011652", "U1", kPat, kInv, "kind_type_mismatch", "U1 on a patent"},
      {"DE 10 2006 011 652 C1", "CN", "DE102006011652", "C1", kPat, kInv, "unknown_kind_code", "C1 ended 2004"},
      {"DE 10 2030 011 652 A1", "CN", "DE102030011652", "A1", kPub, kInv, "year_out_of_range", "future"},
  });
}

TEST(DeNumber, CheckDigitRules) {
  EXPECT_EQ(Check("DE 30 25 842.5").problems.size(), 0u) << "1980 rule, DPMA Mitteilung 3/1983 example";
  // A remainder of 1 has no agreed check digit: reported, not rejected.
  std::string digits;
  for (int serial = 1; serial < 200 && digits.empty(); ++serial) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "102010%06d", serial);
    int sum = 0, weight = 2;
    for (int i = 11; i >= 0; --i) sum += (buf[i] - '0') * weight++;
    if (sum % 11 == 1) digits = buf;
  }
  ASSERT_FALSE(digits.empty());
  CheckedNumber n = Check("DE" + digits + ".0");
  EXPECT_TRUE(n.valid()) << Codes(n);
  EXPECT_EQ(Codes(n.notes), "check_digit_unverifiable");
}

TEST(JpNumber, RegistrationsApplicationsAndEras) {
  CheckOptions utility;
  utility.as_of = Date(2026, 11, 25);
  utility.default_jurisdiction = "JP";
  utility.type_context = PatentType::kUtilityModel;
  EXPECT_EQ(CheckNumber("3123456", utility)->canonical, "JP3123456U");
  utility.type_context = PatentType::kDesign;
  EXPECT_EQ(CheckNumber("1700000", utility)->canonical, "JP1700000S");
  utility.type_context = PatentType::kUnknown;
  utility.publication_context = true;
  EXPECT_EQ(CheckNumber("2000-182770", utility)->canonical, "JP2000182770A");
  ExpectRows({
      {"1234567", "JP", "JP1234567", "", kPat, kInv, "", "特許第1234567号"},
      {"JP 7571093 B2", "CN", "JP7571093", "B2", kPat, kInv, "", "public text"},
      {"平8-179521", "JP", "JPH08179521", "", kApp, kInv, "", "特願平8-179521, issue text"},
      {"JP8-179521", "CN", "JPH08179521", "", kApp, kInv, "", "PatZilla"},
      {"JP2000-347427", "CN", "JP2000347427", "", kApp, kInv, "", "PatZilla"},
      {"2020-123456", "JP", "JP2020123456", "", kApp, kInv, "", "特願2020-123456"},
      {"S63-012345", "JP", "JPS63012345", "", kApp, kInv, "", "Showa 63 = 1988"},
      {"H45-179521", "JP", "JPH45179521", "", kApp, kNone, "year_out_of_range", "Heisei 45 never was"},
      {"2030-123456", "JP", "JP2030123456", "", kApp, kInv, "year_out_of_range", "future"},
      {"JP 7571093 A", "CN", "JP7571093", "A", kPat, kInv, "unknown_kind_code", "A on a registration"},
      {"JP 3123456 U", "CN", "JP3123456U", "U", kPat, kUm, "", "kind U: utility model series"},
  });
}

TEST(KrNumber, RightTypeCodes) {
  ExpectRows({
      {"10-1234567", "KR", "KR101234567", "", kPat, kInv, "", "특허 제10-1234567호"},
      {"20-0123456", "KR", "KR200123456", "", kPat, kUm, "", "실용신안 제20-0123456호"},
      {"30-0123456", "KR", "KR300123456", "", kPat, kDes, "", "디자인등록 제30-0123456호"},
      {"KR 10-1234567 B1", "CN", "KR101234567", "B1", kPat, kInv, "", "English packaging"},
      {"10-2015-0124192", "KR", "KR1020150124192", "", kApp, kInv, "", "numbers.md 5.3"},
      {"KR1020150124192A", "CN", "KR1020150124192A", "A", kPub, kInv, "", "PatZilla input"},
      {"KR2001-0024348", "CN", "KR20010024348", "", kPub, kNone, "", "PatZilla"},
      {"40-1234567", "KR", "KR401234567", "", kPat, kNone, "type_digit", "40 is a trade mark"},
      {"10-2035-0124192", "KR", "KR1020350124192", "", kApp, kInv, "year_out_of_range", "future"},
  });
}

TEST(TwNumber, CertificatesAndRepublicanYears) {
  ExpectRows({
      {"I123456", "TW", "TWI123456", "", kPat, kInv, "", "專利證書號 I123456"},
      {"M123456", "TW", "TWM123456", "", kPat, kUm, "", "新型專利 M123456"},
      {"D123456", "TW", "TWD123456", "", kPat, kDes, "", "設計專利 D123456"},
      {"TW I123456", "CN", "TWI123456", "", kPat, kInv, "", "台灣專利 TW I123456"},
      {"112123456", "TW", "TW112123456", "", kApp, kInv, "", "ROC 112 = 2023"},
      {"97212345", "TW", "TW97212345", "", kApp, kUm, "", "ROC 97 = 2008"},
      {"TW 201234567 A", "CN", "TW201234567A", "A", kPub, kInv, "", "unexamined publication"},
      {"I12345", "TW", "TWI12345", "", kPat, kInv, "length", "5 digits"},
      {"099123456", "TW", "TW099123456", "", kApp, kInv, "form_year_mismatch", "3-digit year below 100"},
      {"120123456", "TW", "TW120123456", "", kApp, kInv, "year_out_of_range", "ROC 120 = 2031"},
      {"112423456", "TW", "TW112423456", "", kApp, kNone, "type_digit", "type 4"},
  });
}

// research/numbers.md §1.1: PatZilla's normalize pairs. Our canonical form
// keeps the kind code apart (kind_code); ProviderForms::full joins them and
// must equal PatZilla's output, except where the README documents otherwise.
TEST(PatZillaPairs, FullFormMatches) {
  struct Pair {
    const char* in;
    const char* out;
  };
  const Pair pairs[] = {
      {"EP666666B1", "EP0666666B1"},   {"EP7054A1", "EP0007054A1"},     {"EP0 240 590B1", "EP0240590B1"},
      {"DE31 00 442C1", "DE3100442C1"}, {"DE10001499.2", "DE10001499.2"}, {"WO 9923997", "WO1999023997"},
      {"WO0402618A2", "WO2004002618A2"}, {"WO99/13800", "WO1999013800"},  {"PCT/US99/009417", "PCT/US1999/009417"},
      {"WOPCT/EP02/07746", "PCT/EP2002/007746"}, {"US07318131B2", "US7318131B2"},
      {"USDES374176S", "USD374176S"},  {"USRE039998E1", "USRE39998E1"}, {"US0PP12009P2", "USPP12009P2"},
      {"USD0558961", "USD558961"},     {"JP8-179521", "JPH08179521"},   {"JP2000-347427", "JP2000347427"},
      {"KR2001-0024348", "KR20010024348"}, {"CN100494015C", "CN100494015C"}, {"CN2172863", "CN2172863"},
  };
  for (const Pair& p : pairs) {
    EXPECT_EQ(ProviderFormsOf(Check(p.in)).full, p.out) << p.in;
  }
  // Deliberate differences (README "PatZilla"): application publications
  // keep 4 + 7 digits, and CN's 8-digit publication number stays as printed.
  EXPECT_EQ(ProviderFormsOf(Check("US2002/0066904A1")).full, "US20020066904A1");  // PatZilla: US2002066904A1
  EXPECT_EQ(ProviderFormsOf(Check("US2002/0066904A1")).docdb, "US.2002066904.A1");
  // The fantasy numbers PatZilla accepts are rejected here.
  EXPECT_FALSE(Check("USD123456789").valid());
  EXPECT_FALSE(Check("USRE123456789").valid());
}

TEST(ProviderForms, UsptoGoogleAndOps) {
  ProviderForms us = ProviderFormsOf(Check("US 7,654,321 B2"));
  EXPECT_EQ(us.uspto, "07654321");
  EXPECT_EQ(us.google, "US-7654321-B2");
  EXPECT_EQ(us.docdb, "US.7654321.B2");
  EXPECT_EQ(us.epodoc, "US7654321");
  EXPECT_EQ(ProviderFormsOf(Check("D789,012", "2026-11-25", "US")).uspto, "D0789012");
  EXPECT_EQ(ProviderFormsOf(Check("PP12,345", "2026-11-25", "US")).uspto, "PP012345");
  EXPECT_EQ(ProviderFormsOf(Check("US 2017/0374792 A1")).uspto, "20170374792");
  ProviderForms ep = ProviderFormsOf(Check("EP 1 234 567 B1"));
  EXPECT_EQ(ep.docdb, "EP.1234567.B1");
  EXPECT_EQ(ep.google, "EP-1234567-B1");
  ProviderForms app = ProviderFormsOf(Check("EP 13748138.8"));
  EXPECT_EQ(app.reference_type, "application");
  EXPECT_EQ(app.epodoc, "EP13748138");
}

TEST(OfficePrefix, LooksAlikeAreNotOffices) {
  // "DES" is the US design prefix, not DE + S; "USDES" repairs to USD.
  EXPECT_EQ(Check("Des.374,176", "2026-11-25", "US").canonical, "USD374176");
  CheckOptions o;
  o.as_of = Date(2026, 11, 25);
  o.default_jurisdiction = "";
  EXPECT_FALSE(CheckNumber("ISO 13485", o).ok());
  EXPECT_FALSE(CheckNumber("K123456", o).ok());
}

}  // namespace
}  // namespace patmark
