#include "checker/audit/audit_outputs.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace patmark {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPartial = ".partial";

Status CannotWrite(const std::string& path, const std::string& why) {
  return UnavailableError(path + ": cannot write: " + why);
}

}  // namespace

AuditOutputs::AuditOutputs(const AuditOptions& options)
    : options_(options),
      jsonl_file_(PathOf("findings.jsonl") + kPartial, std::ios::binary | std::ios::trunc),
      csv_file_(PathOf("findings.csv") + kPartial, std::ios::binary | std::ios::trunc),
      jsonl_(jsonl_file_),
      csv_(csv_file_, options.company_field, options.product_field),
      summary_(options.company_field) {}

std::string AuditOutputs::PathOf(const char* name) const { return (fs::path(options_.out_dir) / name).string(); }

StatusOr<std::unique_ptr<AuditOutputs>> AuditOutputs::Create(const AuditOptions& options) {
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) return CannotWrite(options.out_dir, ec.message());
  if (!fs::is_directory(options.out_dir)) return CannotWrite(options.out_dir, "not a directory");
  std::unique_ptr<AuditOutputs> out(new AuditOutputs(options));
  for (std::ofstream* f : {&out->jsonl_file_, &out->csv_file_}) {
    if (!*f) return CannotWrite(options.out_dir, std::strerror(errno));
  }
  return out;
}

Status AuditOutputs::Accept(const CheckedRecord& checked) {
  for (CheckSink* sink : std::initializer_list<CheckSink*>{&jsonl_, &csv_, &summary_}) {
    Status s = sink->Accept(checked);
    if (!s.ok()) return CannotWrite(options_.out_dir, s.message() + " (disk full?)");
  }
  return OkStatus();
}

Status AuditOutputs::Finish(const SummaryContext& context) {
  std::ofstream summary_file(PathOf("summary.json") + kPartial, std::ios::binary | std::ios::trunc);
  Status s = summary_.WriteJson(context, summary_file);
  for (std::ofstream* f : {&jsonl_file_, &csv_file_, &summary_file}) {
    f->close();
    if (!*f && s.ok()) s = CannotWrite(options_.out_dir, "closing an output failed (disk full?)");
  }
  if (!s.ok()) return s;
  for (const char* name : {"findings.jsonl", "findings.csv", "summary.json"}) {
    std::error_code ec;
    fs::rename(PathOf(name) + kPartial, PathOf(name), ec);
    if (ec) return CannotWrite(PathOf(name), ec.message());
  }
  return OkStatus();
}

}  // namespace patmark
