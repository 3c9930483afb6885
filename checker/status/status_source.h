// StatusSource: anything that can tell the legal status of patent numbers
// (the local register, EPO OPS, the USPTO, an office's own service), and
// SourceChain, which asks them in order.
//
//   SourceChain chain;
//   chain.Add(std::move(register_source));
//   std::vector<LegalStatus> statuses = chain.Resolve(numbers, as_of);
//
// Each distinct number is asked once per run: Resolve looks up the distinct
// lookup keys it has not seen in earlier calls (a bulk run resolves batch
// after batch; only distinct numbers and their answers are kept). A source
// that has no answer for a number leaves it to the next; a number no source
// answers gets the term estimate, or kUnknown. Every answer is seen as of the
// inspection date (StatusOn).
#ifndef PATMARK_CHECKER_STATUS_STATUS_SOURCE_H_
#define PATMARK_CHECKER_STATUS_STATUS_SOURCE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/status/legal_status.h"
#include "parsers/base/status.h"

namespace patmark {

class StatusSource {
 public:
  virtual ~StatusSource() = default;
  virtual std::string_view name() const = 0;
  // Fills (*out)[i] for numbers[i] it knows; leaves the rest nullopt. A non-OK
  // Status means the source failed for some or all of this batch: what it
  // did fill counts, the other numbers pass on to the next source, and the
  // failure is reported (and makes --strict exit 3).
  // REQUIRES: out->size() == numbers.size().
  virtual Status Lookup(const std::vector<CheckedNumber>& numbers, std::vector<std::optional<LegalStatus>>* out) = 0;
};

// The key under which a number's right is known, whatever form the mark used:
// the canonical form without check character, and for CN publications
// without kind code ("ZL 2014 1 0026192.3", "201410026192.3" and
// "CN201410026192.3" all give "CN201410026192").
std::string LookupKey(const CheckedNumber& number);

class SourceChain {
 public:
  void Add(std::unique_ptr<StatusSource> source) { sources_.push_back(std::move(source)); }
  bool empty() const { return sources_.empty(); }

  // One status per number, in order, as of `as_of`. Numbers that failed
  // format checks so badly that they have no canonical form stay kUnknown.
  // `as_of` must be the same in every call of a run.
  std::vector<LegalStatus> Resolve(const std::vector<CheckedNumber>& numbers, const Date& as_of);

  // Failures of whole sources ("register: database is locked"), in order.
  const std::vector<std::string>& failures() const { return failures_; }
  // How many distinct keys have been looked up so far in this run.
  size_t lookups() const { return answers_.size(); }
  // The names of the sources, in the order they are asked.
  std::vector<std::string> names() const;

 private:
  // Asks the sources about the keys (keys[i] of numbers[i]; empty: none) not
  // seen before and records their answers (nullopt: none) in answers_.
  void LookUpNew(const std::vector<CheckedNumber>& numbers, const std::vector<std::string>& keys);

  std::vector<std::unique_ptr<StatusSource>> sources_;
  std::vector<std::string> failures_;
  std::map<std::string, std::optional<LegalStatus>> answers_;  // by LookupKey
};

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_STATUS_SOURCE_H_
