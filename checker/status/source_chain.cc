#include <map>

#include "checker/status/status_source.h"
#include "checker/status/term.h"

namespace patmark {

std::string LookupKey(const CheckedNumber& n) {
  std::string key = n.canonical;
  if (n.check != 0 && key.size() > 2 && key[key.size() - 2] == '.') key.resize(key.size() - 2);
  if (!n.kind_code.empty() && key.size() > n.kind_code.size() &&
      key.compare(key.size() - n.kind_code.size(), n.kind_code.size(), n.kind_code) == 0) {
    key.resize(key.size() - n.kind_code.size());
  }
  return key;
}

std::vector<LegalStatus> SourceChain::Resolve(const std::vector<CheckedNumber>& numbers, const Date& as_of) {
  // Distinct keys, each with the first number that had it.
  std::map<std::string, size_t> first_of_key;
  std::vector<CheckedNumber> distinct;
  for (const CheckedNumber& n : numbers) {
    if (n.canonical.empty()) continue;
    if (first_of_key.emplace(LookupKey(n), distinct.size()).second) distinct.push_back(n);
  }
  lookups_ = distinct.size();
  std::vector<std::optional<LegalStatus>> found(distinct.size());
  for (const auto& source : sources_) {
    std::vector<CheckedNumber> ask;
    std::vector<size_t> where;
    for (size_t i = 0; i < distinct.size(); ++i) {
      if (!found[i]) {
        ask.push_back(distinct[i]);
        where.push_back(i);
      }
    }
    if (ask.empty()) break;
    std::vector<std::optional<LegalStatus>> answers(ask.size());
    Status status = source->Lookup(ask, &answers);
    if (!status.ok()) {
      failures_.push_back(std::string(source->name()) + ": " + status.message());
      continue;
    }
    for (size_t j = 0; j < ask.size(); ++j) {
      if (answers[j]) found[where[j]] = std::move(answers[j]);
    }
  }
  std::vector<LegalStatus> out;
  out.reserve(numbers.size());
  for (const CheckedNumber& n : numbers) {
    if (n.canonical.empty()) {
      out.emplace_back();
      continue;
    }
    const std::optional<LegalStatus>& answer = found[first_of_key[LookupKey(n)]];
    out.push_back(answer ? *answer : EstimateFromNumber(n, as_of));
  }
  return out;
}

}  // namespace patmark
