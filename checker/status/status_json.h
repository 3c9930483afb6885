// LegalStatus to JSON and back, whole (every field, the events, the note):
// how the status cache stores an answer. Not the design.md §4 output shape,
// which checker/report writes.
#ifndef PATMARK_CHECKER_STATUS_STATUS_JSON_H_
#define PATMARK_CHECKER_STATUS_STATUS_JSON_H_

#include <string>
#include <string_view>

#include "checker/status/legal_status.h"
#include "parsers/base/statusor.h"

namespace patmark {

std::string LegalStatusToJson(const LegalStatus& status);
// InvalidArgument when `json` is not what LegalStatusToJson writes.
StatusOr<LegalStatus> LegalStatusFromJson(std::string_view json);

}  // namespace patmark

#endif  // PATMARK_CHECKER_STATUS_STATUS_JSON_H_
