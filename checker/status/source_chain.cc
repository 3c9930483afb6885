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

std::vector<std::string> SourceChain::names() const {
  std::vector<std::string> out;
  for (const auto& source : sources_) out.emplace_back(source->name());
  return out;
}

void SourceChain::LookUpNew(const std::vector<CheckedNumber>& numbers, const std::vector<std::string>& keys) {
  std::vector<CheckedNumber> distinct;
  std::vector<const std::string*> distinct_keys;
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (keys[i].empty()) continue;
    if (!answers_.emplace(keys[i], std::nullopt).second) continue;  // asked before
    distinct.push_back(numbers[i]);
    distinct_keys.push_back(&keys[i]);
  }
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
    if (!status.ok()) failures_.push_back(std::string(source->name()) + ": " + status.message());
    for (size_t j = 0; j < ask.size(); ++j) {  // what a failing source did answer still counts
      if (answers[j]) found[where[j]] = std::move(answers[j]);
    }
  }
  for (size_t i = 0; i < distinct.size(); ++i) answers_[*distinct_keys[i]] = std::move(found[i]);
}

std::vector<LegalStatus> SourceChain::Resolve(const std::vector<CheckedNumber>& numbers, const Date& as_of) {
  std::vector<std::string> keys;
  keys.reserve(numbers.size());
  for (const CheckedNumber& n : numbers) keys.push_back(n.canonical.empty() ? std::string() : LookupKey(n));
  LookUpNew(numbers, keys);
  std::vector<LegalStatus> out;
  out.reserve(numbers.size());
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (keys[i].empty()) {
      out.emplace_back();
      continue;
    }
    const std::optional<LegalStatus>& answer = answers_.at(keys[i]);
    out.push_back(answer ? StatusOn(*answer, as_of) : EstimateFromNumber(numbers[i], as_of));
  }
  return out;
}

}  // namespace patmark
