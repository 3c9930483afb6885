// Early-return helpers for Status and StatusOr, after absl/status/status_macros.h.
//
//   PATMARK_RETURN_IF_ERROR(WriteHeader(out));
//   PATMARK_ASSIGN_OR_RETURN(Date as_of, Date::Parse(text));
#ifndef PATMARK_PARSERS_BASE_STATUS_MACROS_H_
#define PATMARK_PARSERS_BASE_STATUS_MACROS_H_

#include "parsers/base/status.h"
#include "parsers/base/statusor.h"

#define PATMARK_RETURN_IF_ERROR(expr)                    \
  do {                                                   \
    ::patmark::Status patmark_status_ = (expr);          \
    if (!patmark_status_.ok()) return patmark_status_;   \
  } while (0)

#define PATMARK_STATUS_CONCAT_INNER_(a, b) a##b
#define PATMARK_STATUS_CONCAT_(a, b) PATMARK_STATUS_CONCAT_INNER_(a, b)

#define PATMARK_ASSIGN_OR_RETURN(lhs, expr) \
  PATMARK_ASSIGN_OR_RETURN_IMPL_(PATMARK_STATUS_CONCAT_(patmark_statusor_, __LINE__), lhs, expr)

#define PATMARK_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                   \
  if (!statusor.ok()) return statusor.status();             \
  lhs = std::move(statusor).value()

#endif  // PATMARK_PARSERS_BASE_STATUS_MACROS_H_
