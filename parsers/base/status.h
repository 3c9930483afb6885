// Status: the result of an operation that can fail, carried as a value.
//
// Every library API in patmark reports failure through a Status (or a
// StatusOr<T>, see statusor.h) instead of throwing. The codes and names follow
// absl::Status so that a later move to abseil is a rename:
//
//   Status OpenCatalog(const std::string& path) {
//     if (path.empty()) return InvalidArgumentError("no input file given");
//     return OkStatus();
//   }
//
//   Status s = OpenCatalog(path);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
// A message names what the user must fix, including the file, record and
// field where there is one: `catalog.csv: record 17, field "box": ...`.
//
// Status is a small value type; copies are cheap (one enum and one string).
// Thread safety: const methods may be called concurrently.
#ifndef PATMARK_PARSERS_BASE_STATUS_H_
#define PATMARK_PARSERS_BASE_STATUS_H_

#include <string>
#include <string_view>

namespace patmark {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller's input is malformed
  kNotFound,           // a named thing (file, number, source) does not exist
  kFailedPrecondition, // the system is not in a state to do this
  kUnavailable,        // a remote service did not answer; may work later
  kDeadlineExceeded,   // a time limit passed
  kResourceExhausted,  // a quota or rate limit was hit
  kPermissionDenied,   // credentials or file permissions refused
  kDataLoss,           // stored data is corrupt
  kUnimplemented,      // not supported by this build or source
  kInternal,           // a bug in patmark
};

// Returns a stable lower-case name for `code`, e.g. "invalid_argument".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  // REQUIRES: code != kOk, or message is empty.
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>". OK stays OK.
  Status WithContext(std::string_view context) const;

  // Marks a status as deliberately not examined.
  void IgnoreError() const {}

  friend bool operator==(const Status&, const Status&) = default;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status FailedPreconditionError(std::string message);
Status UnavailableError(std::string message);
Status DeadlineExceededError(std::string message);
Status ResourceExhaustedError(std::string message);
Status PermissionDeniedError(std::string message);
Status DataLossError(std::string message);
Status UnimplementedError(std::string message);
Status InternalError(std::string message);

}  // namespace patmark

#endif  // PATMARK_PARSERS_BASE_STATUS_H_
