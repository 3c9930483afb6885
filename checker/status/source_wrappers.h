// Decorators of StatusSource, in the style of LevelDB's EnvWrapper: a
// wrapper forwards to its target, and each subclass changes one thing.
//
//   auto ops = std::make_unique<DownAfterFailures>(std::move(ops_source), 3);
//   chain.Add(std::move(ops));
#ifndef PATMARK_CHECKER_STATUS_SOURCE_WRAPPERS_H_
#define PATMARK_CHECKER_STATUS_SOURCE_WRAPPERS_H_

#include <memory>
#include <string>

#include "checker/status/status_source.h"

namespace patmark {

class StatusSourceWrapper : public StatusSource {
 public:
  explicit StatusSourceWrapper(std::unique_ptr<StatusSource> target) : target_(std::move(target)) {}
  std::string_view name() const override { return target_->name(); }
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override {
    return target_->Lookup(numbers, out);
  }

 protected:
  StatusSource* target() { return target_.get(); }

 private:
  std::unique_ptr<StatusSource> target_;
};

// A source that failed `limit` batches in a row is down for the rest of the
// run: it is no longer asked, and says so, so that its numbers go to the
// next source (or become unknown) at once instead of after every timeout.
class DownAfterFailures : public StatusSourceWrapper {
 public:
  DownAfterFailures(std::unique_ptr<StatusSource> target, int limit)
      : StatusSourceWrapper(std::move(target)), limit_(limit) {}
  Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) override;
  bool down() const { return failures_in_a_row_ >= limit_; }

 private:
  int limit_;
  int failures_in_a_row_ = 0;
  std::string last_failure_;
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_SOURCE_WRAPPERS_H_
