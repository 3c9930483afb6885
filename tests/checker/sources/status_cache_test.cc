// CachedSource on its own, around a source that counts what it is asked:
// fresh answers come from the file, stale ones and refreshes go to the
// source, "no answer" is kept for a shorter time and never from a failure.
#include "checker/sources/status_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "tests/parsers/numbers/check_helpers.h"

namespace patmark {
namespace {

// Knows the numbers in `known`; fails whole batches while `failing`.
class CountingSource : public StatusSource {
 public:
  std::string_view name() const override { return "remote"; }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override {
    for (size_t i = 0; i < numbers.size(); ++i) {
      asked.push_back(numbers[i].canonical);
      if (known.count(numbers[i].canonical) == 0) continue;
      LegalStatus s;
      s.state = LegalState::kLapsed;
      s.source = "remote";
      s.confidence = Confidence::kAuthoritative;
      s.type = PatentType::kInvention;
      s.filing_date = Date(2014, 1, 21);
      s.termination_date = Date(2019, 1, 21);
      s.note = "no cessation event seen";
      s.events = {LegalEvent{Date(2019, 1, 21), "CF01", "TERMINATION"}};
      (*out)[i] = s;
    }
    return failing ? UnavailableError("timed out") : OkStatus();
  }
  std::set<std::string> known;
  bool failing = false;
  std::vector<std::string> asked;
};

class StatusCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "/patmark-cache-" + ::testing::UnitTest::GetInstance()->current_test_info()->name() +
            "/status.db";
    std::filesystem::remove_all(std::filesystem::path(path_).parent_path());
  }

  std::unique_ptr<CachedSource> Cache(CountingSource** source, bool refresh = false) {
    auto counting = std::make_unique<CountingSource>();
    counting->known = {"CN201410026192.3", "CN00112313.0"};
    *source = counting.get();
    CacheOptions options;
    options.path = path_;
    options.refresh = refresh;
    options.now = [this] { return now_; };
    auto cached = CachedSource::Wrap(std::move(counting), options);
    EXPECT_TRUE(cached.ok()) << cached.status().ToString();
    return std::move(*cached);
  }

  std::vector<std::optional<LegalStatus>> Ask(StatusSource& source, const std::vector<std::string>& texts,
                                              Status* status = nullptr) {
    std::vector<CheckedNumber> numbers;
    for (const std::string& t : texts) numbers.push_back(testing::Check(t));
    std::vector<std::optional<LegalStatus>> out(numbers.size());
    Status s = source.Lookup(numbers, &out);
    if (status != nullptr) *status = s;
    return out;
  }

  std::string path_;
  int64_t now_ = 1'790'000'000;
};

TEST_F(StatusCacheTest, ASecondRunIsServedFromTheFileWithEveryField) {
  CountingSource* first;
  auto cache = Cache(&first);
  auto fresh = Ask(*cache, {"ZL 2014 1 0026192.3", "00112313.0", "ZL 2017 1 0000001.6"});
  EXPECT_EQ(first->asked.size(), 3u);
  CountingSource* second;
  auto again = Cache(&second);  // another run, the same file
  auto cached = Ask(*again, {"ZL 2014 1 0026192.3", "00112313.0", "ZL 2017 1 0000001.6"});
  EXPECT_TRUE(second->asked.empty()) << "nothing asked again";
  EXPECT_EQ(again->hits(), 3u);
  ASSERT_TRUE(cached[0].has_value());
  EXPECT_EQ(cached[0]->state, LegalState::kLapsed);
  EXPECT_EQ(cached[0]->termination_date, Date(2019, 1, 21));
  EXPECT_EQ(cached[0]->note, "no cessation event seen");
  EXPECT_EQ(cached[0]->events, fresh[0]->events);
  EXPECT_EQ(cached[0]->type, PatentType::kInvention);
  EXPECT_FALSE(cached[2].has_value()) << "the source's 'no answer' is kept too";
}

TEST_F(StatusCacheTest, NoAnswerIsKeptADayAndAnAnswerAWeek) {
  CountingSource* source;
  auto cache = Cache(&source);
  Ask(*cache, {"ZL 2014 1 0026192.3", "ZL 2017 1 0000001.6"});
  now_ += 2 * 24 * 3600;  // two days on
  Ask(*cache, {"ZL 2014 1 0026192.3", "ZL 2017 1 0000001.6"});
  EXPECT_EQ(source->asked, (std::vector<std::string>{"CN201410026192.3", "CN201710000001.6", "CN201710000001.6"}));
  now_ += 6 * 24 * 3600;  // eight days after the first answer
  Ask(*cache, {"ZL 2014 1 0026192.3"});
  EXPECT_EQ(source->asked.back(), "CN201410026192.3");
}

TEST_F(StatusCacheTest, AFailedBatchIsNeverRememberedAsNoAnswer) {
  CountingSource* source;
  auto cache = Cache(&source);
  source->failing = true;
  Status status;
  auto out = Ask(*cache, {"ZL 2014 1 0026192.3", "ZL 2017 1 0000001.6"}, &status);
  EXPECT_FALSE(status.ok()) << "the failure is passed on";
  EXPECT_TRUE(out[0].has_value()) << "what it did answer is passed on and kept";
  source->failing = false;
  Ask(*cache, {"ZL 2014 1 0026192.3", "ZL 2017 1 0000001.6"});
  EXPECT_EQ(source->asked, (std::vector<std::string>{"CN201410026192.3", "CN201710000001.6", "CN201710000001.6"}))
      << "only the number the failed batch left unanswered is asked again";
}

TEST_F(StatusCacheTest, RefreshAsksAgainAndReplaces) {
  CountingSource* source;
  auto cache = Cache(&source);
  Ask(*cache, {"00112313.0"});
  CountingSource* refreshing;
  auto refreshed = Cache(&refreshing, /*refresh=*/true);
  Ask(*refreshed, {"00112313.0"});
  EXPECT_EQ(refreshing->asked.size(), 1u);
  EXPECT_EQ(refreshed->misses(), 1u);
}

TEST(StatusCacheOpenTest, AnUnusablePathIsNamed) {
  CacheOptions options;
  options.path = "/proc/patmark/status.db";
  auto cached = CachedSource::Wrap(std::make_unique<CountingSource>(), options);
  ASSERT_FALSE(cached.ok());
  EXPECT_NE(cached.status().message().find("/proc/patmark/status.db"), std::string::npos);
}

}  // namespace
}  // namespace patmark
