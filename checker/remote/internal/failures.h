// FailedLookups: what a remote source's batch could not answer, reported as
// one Status: "3 of 120 look-ups failed; first: CN201410026192.3: HTTP 503".
#ifndef PATMARK_CHECKER_REMOTE_INTERNAL_FAILURES_H_
#define PATMARK_CHECKER_REMOTE_INTERNAL_FAILURES_H_

#include <string>

#include "parsers/base/status.h"

namespace patmark::remote_internal {

class FailedLookups {
 public:
  void Add(std::string failure) {
    if (count_++ == 0) first_ = std::move(failure);
  }
  // OK when nothing failed; else Unavailable counting the failures of `asked`.
  Status Result(size_t asked) const {
    if (count_ == 0) return OkStatus();
    return UnavailableError(std::to_string(count_) + " of " + std::to_string(asked) + " look-ups failed; first: " + first_);
  }

 private:
  size_t count_ = 0;
  std::string first_;
};

}  // namespace patmark::remote_internal

#endif  // PATMARK_CHECKER_REMOTE_INTERNAL_FAILURES_H_
