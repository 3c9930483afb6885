#include "checker/status/source_wrappers.h"

namespace patmark {

Status DownAfterFailures::Lookup(const std::vector<CheckedNumber>& numbers,
                                 std::vector<std::optional<LegalStatus>>* out) {
  if (down()) {
    return UnavailableError("down for the rest of the run after " + std::to_string(limit_) +
                            " failed batches in a row; last: " + last_failure_);
  }
  Status s = StatusSourceWrapper::Lookup(numbers, out);
  if (s.ok()) {
    failures_in_a_row_ = 0;
  } else {
    ++failures_in_a_row_;
    last_failure_ = s.message();
  }
  return s;
}

}  // namespace patmark
