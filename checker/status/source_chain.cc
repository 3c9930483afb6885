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
  // Distinct keys, each with the first number that had it; slot[i] is the
  // distinct entry numbers[i] shares (unused when it has no canonical form).
  std::map<std::string, size_t> first_of_key;
  std::vector<CheckedNumber> distinct;
  std::vector<size_t> slot(numbers.size());
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i].canonical.empty()) continue;
    auto [it, added] = first_of_key.emplace(LookupKey(numbers[i]), distinct.size());
    if (added) distinct.push_back(numbers[i]);
    slot[i] = it->second;
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
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i].canonical.empty()) {
      out.emplace_back();
      continue;
    }
    const std::optional<LegalStatus>& answer = found[slot[i]];
    out.push_back(answer ? *answer : EstimateFromNumber(numbers[i], as_of));
  }
  return out;
}

}  // namespace patmark
