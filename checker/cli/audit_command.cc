// patmark audit INPUT... --out DIR: the bulk audit, its outputs in DIR.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "checker/audit/audit_outputs.h"
#include "checker/cli/check_run.h"
#include "checker/cli/exit_codes.h"
#include "checker/cli/interrupt.h"

namespace patmark::cli {
namespace {

namespace fs = std::filesystem;

// A file as the fingerprint sees it: its path, size and modification time,
// so that a resumed run notices an input that changed in between.
std::string FileStamp(const std::string& path) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (ec) return path + "|?";
  auto time = fs::last_write_time(path, ec).time_since_epoch().count();
  return path + "|" + std::to_string(size) + "|" + std::to_string(time);
}

// Everything that decides the bytes of the outputs, in one string.
std::string Fingerprint(const AuditArgs& args, const Date& as_of) {
  std::string f = "as_of=" + as_of.ToString() + "\nformat=" + args.read.format +
                  "\nencoding=" + args.read.encoding + "\nid_field=" + args.read.id_field +
                  "\ncompany_field=" + args.company_field + "\nlang=" + args.language +
                  "\noffline=" + (args.sources.offline ? "1" : "0") + "\nregister=" +
                  (args.sources.register_path.empty() ? "" : FileStamp(args.sources.register_path));
  for (const std::string& field : args.read.text_fields) f += "\ntext_field=" + field;
  for (const std::string& office : args.sources.complete_offices) f += "\ncomplete=" + office;
  for (const std::string& source : args.sources.sources) f += "\nsource=" + source;
  for (const std::string& input : args.read.inputs) f += "\ninput=" + FileStamp(input);
  return f;
}

}  // namespace

int RunAudit(const AuditArgs& args) {
  StopOnInterrupt();
  StatusOr<std::unique_ptr<CheckRun>> run = CheckRun::Prepare(args.read, args.sources, args.language);
  if (!run.ok()) {
    std::cerr << "patmark: " << run.status().message() << "\n";
    return kExitUsage;
  }
  AuditOptions options;
  options.out_dir = args.out_dir;
  options.company_field = args.company_field;
  options.language = ParseLanguage(args.language).value_or(Language::kZh);
  options.fingerprint = Fingerprint(args, (*run)->as_of());
  options.resume = args.resume;
  options.checkpoint_records = args.checkpoint_every;
  StatusOr<std::unique_ptr<AuditOutputs>> outputs = AuditOutputs::Create(options);
  if (!outputs.ok()) {
    std::cerr << "patmark: " << outputs.status().message() << "\n";
    return kExitUsage;
  }
  AuditOutputs& out = **outputs;
  if (args.resume && !args.quiet) {
    std::cerr << "patmark: "
              << (out.resumed() ? "resuming after record " + std::to_string(out.records_done())
                                : args.out_dir + " holds no checkpoint; starting from the beginning")
              << "\n";
  }
  (*run)->set_skip_records(out.records_done());
  bool progress = !args.quiet && isatty(STDERR_FILENO);
  int read_exit = (*run)->Run(args.read, /*text=*/"", progress, &out);
  if ((*run)->interrupted()) {
    Status saved = out.Checkpoint();
    std::cerr << "patmark: interrupted after " << out.records_done() << " records; "
              << (saved.ok() ? "run the same command with --resume to go on" : saved.message()) << "\n";
    return kExitInterrupted;
  }
  Status finished = out.Finish(SummaryContext{(*run)->as_of(), (*run)->chain().names()});
  if (!finished.ok() || (*run)->output_failed()) {
    std::cerr << "patmark: " << (finished.ok() ? args.out_dir + ": cannot write the outputs" : finished.message())
              << "\n";
    return kExitUsage;
  }
  std::ifstream findings((fs::path(args.out_dir) / "findings.jsonl").string(), std::ios::binary);
  LetterArgs letters = args.letters;
  letters.config = args.sources.config;  // one config file: sources and office
  if (!WriteLettersOf(findings, letters, (*run)->as_of(), (fs::path(args.out_dir) / "letters").string(),
                      /*quiet=*/true)) {
    return kExitUsage;
  }
  if (!args.quiet) {
    std::cerr << "patmark: wrote findings.jsonl, findings.csv, summary.json, report.html and letters/ in "
              << args.out_dir << "\n";
  }
  int exit_code = (*run)->ExitCode(read_exit, args.strict);
  // A resumed run judged only the rest: the violations before count too.
  if (exit_code == kExitOk && out.summary().records_with(Verdict::kViolation) > 0) exit_code = kExitViolation;
  return exit_code;
}

}  // namespace patmark::cli
