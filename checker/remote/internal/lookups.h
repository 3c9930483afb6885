// What the one-request-per-number sources share: asking (AskEach) and
// reporting what a batch could not answer (FailedLookups: "3 of 120
// look-ups failed; first: CN201410026192.3: HTTP 503").
#ifndef PATMARK_CHECKER_REMOTE_INTERNAL_LOOKUPS_H_
#define PATMARK_CHECKER_REMOTE_INTERNAL_LOOKUPS_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/net/http_transport.h"
#include "parsers/base/status.h"
#include "parsers/numbers/patent_number.h"

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

struct Answer {
  size_t index;  // into the numbers asked about
  StatusOr<HttpResponse> response;
};

// One request for each number that `request_for` has one for (nullopt: not
// this source's), all performed together.
inline std::vector<Answer> AskEach(HttpTransport& transport, const std::vector<CheckedNumber>& numbers,
                                   const std::function<std::optional<HttpRequest>(const CheckedNumber&)>& request_for) {
  std::vector<size_t> asked;
  std::vector<HttpRequest> requests;
  for (size_t i = 0; i < numbers.size(); ++i) {
    std::optional<HttpRequest> request = request_for(numbers[i]);
    if (!request) continue;
    request->headers.emplace_back("Accept", "application/json");
    requests.push_back(std::move(*request));
    asked.push_back(i);
  }
  std::vector<Answer> answers;
  if (requests.empty()) return answers;
  std::vector<StatusOr<HttpResponse>> responses = transport.Perform(requests);
  for (size_t k = 0; k < responses.size(); ++k) answers.push_back(Answer{asked[k], std::move(responses[k])});
  return answers;
}

}  // namespace patmark::remote_internal

#endif  // PATMARK_CHECKER_REMOTE_INTERNAL_LOOKUPS_H_
