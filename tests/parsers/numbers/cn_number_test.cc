// Chinese numbers: every verified vector of research/numbers.md §2.3 and the
// negative cases of §8.5, each row with its source.
#include <gtest/gtest.h>

#include <random>

#include "parsers/numbers/patent_number.h"
#include "tests/parsers/numbers/check_helpers.h"

namespace patmark {
namespace {

using testing::Check;
using testing::Codes;

struct Valid {
  const char* text;
  const char* canonical;
  PatentType type;
  const char* source;
};

TEST(CnNumber, VerifiedRealNumbersPass) {
  const Valid cases[] = {
      {"00112313.0", "CN00112313.0", PatentType::kInvention, "seed document"},
      {"97101765.4", "CN97101765.4", PatentType::kInvention, "numbers.md 2.3"},
      {"95115608.X", "CN95115608.X", PatentType::kInvention, "numbers.md 2.3, X case"},
      {"99113861.9", "CN99113861.9", PatentType::kInvention, "numbers.md 2.3"},
      {"94102612.4", "CN94102612.4", PatentType::kInvention, "numbers.md 2.3"},
      {"201710601862.3", "CN201710601862.3", PatentType::kInvention, "dfrtw.com"},
      {"ZL 2014 1 0026192.3", "CN201410026192.3", PatentType::kInvention, "epanel.cn"},
      {"ZL 2023 1 0397744.0", "CN202310397744.0", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL 2024 1 0040777.4", "CN202410040777.4", PatentType::kInvention, "cosmetics page"},
      {"ZL 2025 1 1400055.6", "CN202511400055.6", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL202110377287.X", "CN202110377287.X", PatentType::kInvention, "numbers.md 2.3, X case"},
      {"ZL 2016 2 0161392.4", "CN201620161392.4", PatentType::kUtilityModel, "numbers.md 2.3"},
      {"ZL 2008 2 0009767.0", "CN200820009767.0", PatentType::kUtilityModel, "migrate-core"},
      {"ZL200820132792.8", "CN200820132792.8", PatentType::kUtilityModel, "migrate-core"},
      {"ZL 2019 3 0267772.5", "CN201930267772.5", PatentType::kDesign, "numbers.md 2.3"},
      {"201080063196.9", "CN201080063196.9", PatentType::kInvention, "PCT type 8"},
      {"ZL202011472880.4", "CN202011472880.4", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL202111118032.8", "CN202111118032.8", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL202210110472.7", "CN202210110472.7", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL202411020646.6", "CN202411020646.6", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL202510010203.7", "CN202510010203.7", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL201010613264.6", "CN201010613264.6", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL201010603363.6", "CN201010603363.6", PatentType::kInvention, "numbers.md 2.3"},
      {"ZL 201210442457.9", "CN201210442457.9", PatentType::kInvention, "numbers.md 2.3"},
      {"88100001", "CN88100001", PatentType::kInvention, "1985-88: no check digit"},
  };
  for (const Valid& c : cases) {
    CheckedNumber n = Check(c.text);
    EXPECT_TRUE(n.valid()) << c.text << " (" << c.source << "): " << Codes(n);
    EXPECT_EQ(n.canonical, c.canonical) << c.text;
    EXPECT_EQ(n.type, c.type) << c.text;
    EXPECT_EQ(n.jurisdiction, "CN");
  }
}

TEST(CnNumber, MissingDotReadsLastDigitAsCheck) {
  CheckedNumber n = Check("ZL2013106997442");  // numbers.md 2.3
  EXPECT_TRUE(n.valid()) << Codes(n);
  EXPECT_EQ(n.canonical, "CN201310699744.2");
  EXPECT_TRUE(n.check_dot_missing);
}

struct Invalid {
  const char* text;
  const char* codes;
  const char* message_part;
  const char* source;
};

TEST(CnNumber, MalformedNumbersSayWhatIsWrong) {
  const Invalid cases[] = {
      {"ZL 2009 1 0012345.6", "check_digit", "check character should be 8, the number has 6",
       "numbers.md 0.1, invented"},
      {"ZL20101061327.6", "length", "has 11 digits", "numbers.md 2.3, typo in the wild"},
      {"89103229.2", "check_digit", "should be 0", "numbers.md 2.3, 360docs example"},
      {"ZL201410026192", "check_digit_missing", "it should be 3", "check dropped"},
      {"ZL 2014 4 0026192.6", "type_digit", "type digit 4", "type 4 does not exist"},
      {"ZL 1998 1 0026192.9", "form_year_mismatch", "12-digit form", "12 digits before 2003"},
      {"ZL 2027 1 0000001.4", "year_out_of_range", "after the inspection date", "future year"},
      {"05101765.3", "form_year_mismatch", "8-digit form", "8 digits after 2003"},
      {"92801765.3", "type_digit", "only from 1994", "PCT type before PCT"},
      {"ZL 2014 1 0000000.4", "number_out_of_range", "serial number is zero", "zero serial"},
  };
  for (const Invalid& c : cases) {
    CheckedNumber n = Check(c.text);
    std::string codes = Codes(n);
    EXPECT_NE(codes.find(c.codes), std::string::npos) << c.text << " (" << c.source << "): " << codes;
    bool found = false;
    for (const Problem& p : n.problems) found |= p.message.find(c.message_part) != std::string::npos;
    EXPECT_TRUE(found) << c.text << ": " << (n.problems.empty() ? "" : n.problems[0].message);
  }
}

TEST(CnNumber, YearIsJudgedAgainstTheInspectionDate) {
  EXPECT_TRUE(Check("ZL 2016 2 0161392.4", "2017-04-29").valid());
  EXPECT_EQ(Codes(Check("ZL 2024 1 0040777.4", "2017-04-29")), "year_out_of_range");
}

TEST(CnNumber, PublicationNumbers) {
  struct Pub {
    const char* text;
    const char* canonical;
    PatentType type;
    const char* codes;
  };
  const Pub cases[] = {
      {"CN 116455754 B", "CN116455754B", PatentType::kInvention, ""},  // = ZL 2023 1 0397744.0
      {"CN116455754A", "CN116455754A", PatentType::kInvention, ""},
      {"CN100494015C", "CN100494015C", PatentType::kInvention, ""},  // PatZilla test vector
      {"CN 1234567 C", "CN1234567C", PatentType::kInvention, ""},
      {"CN 205123456 U", "CN205123456U", PatentType::kUtilityModel, ""},
      {"CN 305123456 S", "CN305123456S", PatentType::kDesign, ""},
      {"CN 2172863 Y", "CN2172863Y", PatentType::kUtilityModel, ""},
      {"CN 116455754 U", "CN116455754U", PatentType::kInvention, "kind_type_mismatch"},
      {"CN 116455754 Q", "CN116455754Q", PatentType::kInvention, "unknown_kind_code"},
      {"CN 205123456 Y", "CN205123456Y", PatentType::kUtilityModel, "kind_code_era"},
      {"CN 116455754 C", "CN116455754C", PatentType::kInvention, "kind_code_era"},
      {"CN 186455754 B", "CN186455754B", PatentType::kInvention, "number_out_of_range"},
      {"CN 516455754 B", "CN516455754B", PatentType::kUnknown, "type_digit"},
  };
  for (const Pub& c : cases) {
    CheckedNumber n = Check(c.text);
    EXPECT_EQ(n.kind, NumberKind::kPublication) << c.text;
    EXPECT_EQ(n.canonical, c.canonical) << c.text;
    EXPECT_EQ(n.type, c.type) << c.text;
    EXPECT_EQ(Codes(n), c.codes) << c.text;
  }
}

TEST(CnNumber, PublicationCeilingsAreConfigurable) {
  CheckOptions o;
  o.as_of = Date(2030, 1, 1);
  o.cn_publication_ceiling[1] = 140000000;
  EXPECT_TRUE(CheckNumber("CN 136455754 B", o)->valid());
  o.cn_publication_ceiling[1] = 0;  // off
  EXPECT_TRUE(CheckNumber("CN 186455754 B", o)->valid());
  EXPECT_EQ(Codes(Check("CN 136455754 B")), "number_out_of_range");
}

TEST(CnNumber, ProviderForms) {
  ProviderForms app = ProviderFormsOf(Check("ZL 2014 1 0026192.3"));
  EXPECT_EQ(app.reference_type, "application");
  EXPECT_EQ(app.docdb, "CN.201410026192.A");
  EXPECT_EQ(app.epodoc, "CN201410026192");
  ProviderForms pub = ProviderFormsOf(Check("CN 116455754 B"));
  EXPECT_EQ(pub.reference_type, "publication");
  EXPECT_EQ(pub.docdb, "CN.116455754.B");
  EXPECT_EQ(pub.epodoc, "CN116455754");
}

TEST(CnNumber, NotANumberIsAnError) {
  CheckOptions o;
  o.as_of = Date(2026, 11, 25);
  EXPECT_FALSE(CheckNumber("hello", o).ok());
}

// Property: for valid 12-digit numbers, changing any one digit (or the check
// character) is always caught, since weights 2..9 are all coprime to 11.
TEST(CnNumber, AnySingleDigitChangeIsCaught) {
  std::mt19937 rng(20170429);
  std::uniform_int_distribution<int> digit(0, 9), serial(1, 1999999), year(2004, 2025);
  const char types[] = {'1', '2', '3', '8', '9'};
  for (int trial = 0; trial < 300; ++trial) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%c%07d", year(rng), types[trial % 5], serial(rng));
    std::string digits = buf;
    // The one check character that makes the number valid.
    char check = 0;
    for (char c : std::string("0123456789X")) {
      if (Check(digits + "." + c).valid()) check = c;
    }
    ASSERT_NE(check, 0) << digits;
    for (size_t pos = 0; pos < 12; ++pos) {
      std::string changed = digits;
      changed[pos] = static_cast<char>('0' + (changed[pos] - '0' + 1 + digit(rng) % 9) % 10);
      CheckedNumber n = Check(changed + "." + check);
      bool caught = false;
      for (const Problem& p : n.problems) caught |= p.code == "check_digit";
      EXPECT_TRUE(caught) << digits << " -> " << changed;
    }
  }
}

}  // namespace
}  // namespace patmark
