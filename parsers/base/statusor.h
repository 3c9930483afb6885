// StatusOr<T>: either a value of type T or a non-OK Status explaining why
// there is none.
//
//   StatusOr<Date> d = Date::Parse("2017-04-29");
//   if (!d.ok()) return d.status();
//   Use(*d);
//
// Accessing the value of a non-OK StatusOr is a bug (checked by assert).
#ifndef PATMARK_PARSERS_BASE_STATUSOR_H_
#define PATMARK_PARSERS_BASE_STATUSOR_H_

#include <cassert>
#include <optional>
#include <utility>

#include "parsers/base/status.h"

namespace patmark {

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // REQUIRES: !status.ok().
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit
    assert(!status_.ok());
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "StatusOr built from OK status");
  }
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace patmark

#endif  // PATMARK_PARSERS_BASE_STATUSOR_H_
