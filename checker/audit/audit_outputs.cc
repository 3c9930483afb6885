#include "checker/audit/audit_outputs.h"

#include <cerrno>
#include <array>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <sstream>

#include <rapidjson/document.h>

#include "parsers/base/status_macros.h"

namespace patmark {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPartial = ".partial";

Status CannotWrite(const std::string& path, const std::string& why) {
  return UnavailableError(path + ": cannot write: " + why);
}

}  // namespace

constexpr const char* kCheckpoint = "checkpoint.json";
// The report's problem rows, gathered during the run, read by Finish.
constexpr const char* kProblemRows = "report-rows.jsonl";
constexpr int kCheckpointVersion = 1;

AuditOutputs::AuditOutputs(const AuditOptions& options)
    : options_(options),
      jsonl_(jsonl_file_, CatalogColumns{options.company_field, "address", options.product_field, "production_date"}),
      csv_(csv_file_, options.company_field, options.product_field),
      problems_(problems_file_, options.company_field, options.product_field),
      summary_(options.company_field) {}

std::string AuditOutputs::PathOf(const std::string& name) const { return (fs::path(options_.out_dir) / name).string(); }

StatusOr<std::unique_ptr<AuditOutputs>> AuditOutputs::Create(const AuditOptions& options) {
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) return CannotWrite(options.out_dir, ec.message());
  if (!fs::is_directory(options.out_dir)) return CannotWrite(options.out_dir, "not a directory");
  std::unique_ptr<AuditOutputs> out(new AuditOutputs(options));
  if (options.resume) PATMARK_RETURN_IF_ERROR(out->Resume());
  if (!out->resumed_) {
    // A checkpoint of an earlier run must not outlive the files it measures.
    fs::remove(out->PathOf(kCheckpoint), ec);
    PATMARK_RETURN_IF_ERROR(out->Open(/*append=*/false));
    out->csv_.WriteHeader();
  }
  return out;
}

std::array<AuditOutputs::StreamedFile, 3> AuditOutputs::Streamed() {
  return {{{"findings.jsonl", &jsonl_file_}, {"findings.csv", &csv_file_}, {kProblemRows, &problems_file_}}};
}

Status AuditOutputs::Open(bool append) {
  auto mode = std::ios::binary | (append ? std::ios::app : std::ios::trunc);
  for (const auto& [name, file] : Streamed()) {
    file->open(PathOf(name) + kPartial, mode);
    if (!*file) return CannotWrite(PathOf(name) + kPartial, std::strerror(errno));
  }
  return OkStatus();
}

Status AuditOutputs::Resume() {
  const std::string path = PathOf(kCheckpoint);
  if (!fs::exists(path)) return OkStatus();  // nothing to resume: a fresh run
  auto cannot_resume = [&](const std::string& why) {
    return InvalidArgumentError(path + ": cannot resume: " + why + "; run without --resume to start over");
  };
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("version") || !doc["version"].IsInt() ||
      doc["version"].GetInt() != kCheckpointVersion || !doc.HasMember("fingerprint") ||
      !doc["fingerprint"].IsString() || !doc.HasMember("files") || !doc["files"].IsObject() ||
      !doc.HasMember("summary")) {
    return cannot_resume("not a checkpoint this version of patmark wrote");
  }
  if (doc["fingerprint"].GetString() != options_.fingerprint) {
    return cannot_resume("it was made by a run with other inputs or options (or the inputs changed since)");
  }
  for (const auto& [name, file] : Streamed()) {
    const rapidjson::Value& files = doc["files"];
    if (!files.HasMember(name) || !files[name].IsUint64()) return cannot_resume(std::string("no length for ") + name);
    const uint64_t length = files[name].GetUint64();
    const std::string partial = PathOf(name) + kPartial;
    std::error_code ec;
    // Killed while Finish renamed the files: take the finished one back.
    if (!fs::exists(partial) && fs::exists(PathOf(name))) fs::rename(PathOf(name), partial, ec);
    if (!fs::exists(partial) || fs::file_size(partial, ec) < length) return cannot_resume(partial + " is missing or shorter than saved");
    fs::resize_file(partial, length, ec);  // drops what was written after the checkpoint
    if (ec) return CannotWrite(partial, ec.message());
  }
  if (Status s = summary_.LoadState(doc["summary"]); !s.ok()) return cannot_resume(s.message());
  PATMARK_RETURN_IF_ERROR(Open(/*append=*/true));
  resumed_ = true;
  return OkStatus();
}

Status AuditOutputs::Checkpoint() {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("version");
  w.Int(kCheckpointVersion);
  w.Key("fingerprint");
  WriteString(&w, options_.fingerprint);
  w.Key("files");
  w.StartObject();
  for (const auto& [name, file] : Streamed()) {
    file->flush();
    std::error_code ec;
    uintmax_t length = fs::file_size(PathOf(name) + kPartial, ec);
    if (!*file || ec) return CannotWrite(PathOf(name) + kPartial, ec ? ec.message() : "write failed (disk full?)");
    w.Key(name);
    w.Uint64(length);
  }
  w.EndObject();
  w.Key("summary");
  summary_.SaveState(&w);
  w.EndObject();
  // Written aside and renamed: a kill mid-write leaves the previous checkpoint.
  const std::string path = PathOf(kCheckpoint);
  {
    std::ofstream out(path + kPartial, std::ios::binary | std::ios::trunc);
    if (!WriteLine(buffer, out).ok() || !out.flush()) return CannotWrite(path + kPartial, "write failed (disk full?)");
  }
  std::error_code ec;
  fs::rename(path + kPartial, path, ec);
  if (ec) return CannotWrite(path, ec.message());
  return OkStatus();
}

Status AuditOutputs::Accept(const CheckedRecord& checked) {
  for (CheckSink* sink : std::initializer_list<CheckSink*>{&jsonl_, &csv_, &problems_, &summary_}) {
    Status s = sink->Accept(checked);
    if (!s.ok()) return CannotWrite(options_.out_dir, s.message() + " (disk full?)");
  }
  if (summary_.records() % options_.checkpoint_records == 0) return Checkpoint();
  return OkStatus();
}

Status AuditOutputs::Finish(const SummaryContext& context) {
  std::ostringstream summary_json;
  Status s = summary_.WriteJson(context, summary_json);
  std::ofstream summary_file(PathOf("summary.json") + kPartial, std::ios::binary | std::ios::trunc);
  summary_file << summary_json.str();
  for (std::ofstream* f : {&jsonl_file_, &csv_file_, &problems_file_, &summary_file}) {
    f->close();
    if (!*f && s.ok()) s = CannotWrite(options_.out_dir, "closing an output failed (disk full?)");
  }
  if (s.ok()) s = WriteReport(summary_json.str());
  if (!s.ok()) return s;
  for (const char* name : {"findings.jsonl", "findings.csv", "summary.json", "report.html"}) {
    std::error_code ec;
    fs::rename(PathOf(name) + kPartial, PathOf(name), ec);
    if (ec) return CannotWrite(PathOf(name), ec.message());
  }
  std::error_code ec;
  fs::remove(PathOf(kProblemRows) + kPartial, ec);
  fs::remove(PathOf(kCheckpoint), ec);
  return OkStatus();
}

Status AuditOutputs::WriteReport(const std::string& summary_json) {
  rapidjson::Document summary;
  summary.Parse(summary_json.data(), summary_json.size());
  if (summary.HasParseError()) return InternalError("summary.json does not parse back");
  std::ifstream rows(PathOf(kProblemRows) + kPartial, std::ios::binary);
  std::ofstream html(PathOf("report.html") + kPartial, std::ios::binary | std::ios::trunc);
  if (!html) return CannotWrite(PathOf("report.html") + kPartial, std::strerror(errno));
  Status s = WriteHtmlReport(summary, rows, HtmlReportOptions{options_.language}, html);
  html.close();
  if (s.ok() && !html) s = CannotWrite(PathOf("report.html") + kPartial, "write failed (disk full?)");
  return s;
}

}  // namespace patmark
