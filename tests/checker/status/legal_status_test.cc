// StatusOn: a source's latest answer seen from the inspection date.
#include "checker/status/legal_status.h"
#include "checker/status/source_wrappers.h"

#include <gtest/gtest.h>

namespace patmark {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

LegalStatus Lapsed() {
  LegalStatus s;
  s.state = LegalState::kLapsed;
  s.source = "register";
  s.confidence = Confidence::kAuthoritative;
  s.filing_date = D("2014-01-21");
  s.grant_date = D("2016-08-24");
  s.expiry_date = D("2034-01-20");
  s.termination_date = D("2019-01-21");
  return s;
}

TEST(StatusOnTest, RewindsToTheInspectionDate) {
  struct Case {
    const char* as_of;
    LegalState want;
  };
  const Case cases[] = {
      {"2013-12-31", LegalState::kNotFound},  // not yet filed
      {"2015-06-01", LegalState::kPending},   // filed, not yet granted
      {"2016-08-24", LegalState::kInForce},   // granted that day
      {"2019-01-20", LegalState::kInForce},   // the day before the lapse
      {"2019-01-21", LegalState::kLapsed},
      {"2026-11-25", LegalState::kLapsed},
  };
  for (const Case& c : cases) {
    LegalStatus s = StatusOn(Lapsed(), D(c.as_of));
    EXPECT_EQ(s.state, c.want) << c.as_of << ": " << LegalStateName(s.state);
    EXPECT_EQ(s.termination_date, D("2019-01-21")) << "the source's dates are kept";
    if (c.want != LegalState::kLapsed) {
      EXPECT_NE(s.note.find("latest state is lapsed"), std::string::npos);
    }
  }
}

TEST(StatusOnTest, InForceWithItsTermRunOutIsExpired) {
  LegalStatus s = Lapsed();
  s.state = LegalState::kInForce;
  s.termination_date.reset();
  EXPECT_EQ(StatusOn(s, D("2034-01-20")).state, LegalState::kInForce);
  LegalStatus after = StatusOn(s, D("2034-01-21"));
  EXPECT_EQ(after.state, LegalState::kExpired);
  EXPECT_NE(after.note.find("2034-01-20"), std::string::npos);
}

TEST(StatusOnTest, EstimatesAndUnknownsAreLeftAlone) {
  LegalStatus estimated = Lapsed();
  estimated.confidence = Confidence::kEstimated;
  EXPECT_EQ(StatusOn(estimated, D("2015-01-01")).state, LegalState::kLapsed);
  EXPECT_EQ(StatusOn(LegalStatus{}, D("2015-01-01")).state, LegalState::kUnknown);
}

}  // namespace
}  // namespace patmark

namespace patmark {
namespace {

// A source that fails the batches it is told to.
class FlakySource : public StatusSource {
 public:
  explicit FlakySource(std::vector<bool> fail) : fail_(std::move(fail)) {}
  std::string_view name() const override { return "flaky"; }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override {
    bool fail = calls_ < fail_.size() && fail_[calls_];
    ++calls_;
    if (fail) return UnavailableError("timed out");
    for (auto& o : *out) o = LegalStatus{};
    (void)numbers;
    return OkStatus();
  }
  size_t calls_ = 0;

 private:
  std::vector<bool> fail_;
};

TEST(DownAfterFailuresTest, ASourceThatKeepsFailingIsNoLongerAsked) {
  auto flaky = std::make_unique<FlakySource>(std::vector<bool>{true, false, true, true, true, false});
  FlakySource* raw = flaky.get();
  DownAfterFailures source(std::move(flaky), 3);
  std::vector<CheckedNumber> numbers(1);
  std::vector<std::optional<LegalStatus>> out(1);
  EXPECT_FALSE(source.Lookup(numbers, &out).ok());
  EXPECT_TRUE(source.Lookup(numbers, &out).ok()) << "a success resets the count";
  EXPECT_FALSE(source.Lookup(numbers, &out).ok());
  EXPECT_FALSE(source.Lookup(numbers, &out).ok());
  EXPECT_FALSE(source.down());
  EXPECT_FALSE(source.Lookup(numbers, &out).ok());
  EXPECT_TRUE(source.down());
  Status after = source.Lookup(numbers, &out);
  EXPECT_NE(after.message().find("down for the rest of the run after 3 failed batches in a row; last: timed out"),
            std::string::npos) << after.ToString();
  EXPECT_EQ(raw->calls_, 5u) << "not asked once down";
  EXPECT_EQ(source.name(), "flaky");
}

}  // namespace
}  // namespace patmark
