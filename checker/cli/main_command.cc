// Command-line parsing (CLI11) and dispatch. CLI11 reports usage errors by
// throwing CLI::ParseError; they are caught here and nowhere else.
#include <CLI/CLI.hpp>

#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_codes.h"

namespace patmark::cli {
namespace {

void AddReadOptions(CLI::App* cmd, ReadArgs* args) {
  cmd->add_option("inputs", args->inputs, "catalog files (.csv, .jsonl, .json, .txt); - for standard input")
      ->default_val(std::vector<std::string>{"-"});
  cmd->add_option("--format", args->format, "csv | jsonl | json | text | text-file (default: from the extension)");
  cmd->add_option("--encoding", args->encoding, "auto | utf-8 | gb18030")->capture_default_str();
  cmd->add_option("--text-field", args->text_fields,
                  "a field to scan (repeatable; default: every field but the id)");
  cmd->add_option("--id-field", args->id_field, "the field that holds the record id")->capture_default_str();
  cmd->add_option("--as-of", args->as_of, "the inspection date, YYYY-MM-DD (default: today)");
  cmd->add_option("--jobs,-j", args->jobs, "scanning threads (default: one per core; output stays in input order)")
      ->check(CLI::Range(1u, 256u));
}

void AddSourceOptions(CLI::App* cmd, SourceArgs* args) {
  cmd->add_option("--register", args->register_path,
                  "legal-status register: an SQLite file (patmark register import), or CSV/JSONL loaded on the fly");
  cmd->add_option("--register-complete", args->complete_offices,
                  "offices for which the register is complete: a number it lacks is not_found (repeatable)");
  cmd->add_flag("--offline", args->offline, "use no remote legal-status source");
  cmd->add_option("--source", args->sources,
                  "a legal-status source to ask, in order (repeatable): register, ops, uspto, http:NAME "
                  "(default: the register)")
      ->check(CLI::Validator(
          [](std::string& name) -> std::string {
            if (name == "register" || name == "ops" || name == "uspto" || (name.starts_with("http:") && name.size() > 5)) {
              return "";
            }
            return "expected register, ops, uspto or http:NAME";
          },
          "SOURCE"));
  cmd->add_option("--config", args->config, "the config file: remote sources, credentials' variables, the office");
  cmd->add_flag("--refresh", args->refresh, "ask remote sources again instead of using their cached answers");
}

void AddLetterOptions(CLI::App* cmd, LetterArgs* args) {
  cmd->add_option("--template-dir", args->template_dir,
                  "a directory of letter templates (notice.zh.html.mustache, …) replacing the built-in ones");
  cmd->add_flag("--include-warnings", args->include_warnings, "letters also for marks with warnings only");
  cmd->add_flag("--pdf", args->pdf, "also print each letter to PDF (headless Chromium)");
}

void AddFindingOptions(CLI::App* cmd, std::string* language, bool* strict) {
  cmd->add_option("--lang", *language, "language of findings: zh | en")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->add_flag("--strict", *strict, "exit 3 when a legal-status source failed");
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"patmark: patent-marking compliance checker"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "patmark 0.1.0");

  ReadArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "find patent marks; one JSONL line per input record");
  AddReadOptions(extract, &extract_args);

  StatusArgs status_args;
  CLI::App* status = app.add_subcommand("status", "legal status of patent numbers; one JSON line each");
  status->add_option("numbers", status_args.numbers, "patent numbers in any accepted form")->required();
  status->add_option("--as-of", status_args.as_of, "the inspection date, YYYY-MM-DD (default: today)");
  AddSourceOptions(status, &status_args.sources);

  CheckArgs check_args;
  CLI::App* check = app.add_subcommand("check", "the whole check of each record; one JSONL line per record");
  AddReadOptions(check, &check_args.read);
  check->add_option("--text", check_args.text, "check this one text (a spot check) instead of input files");
  check->add_flag("--brief", check_args.brief, "lines for people (verdict, state, findings, basis) instead of JSONL");
  AddSourceOptions(check, &check_args.sources);
  AddFindingOptions(check, &check_args.language, &check_args.strict);

  AuditArgs audit_args;
  CLI::App* audit = app.add_subcommand("audit", "bulk audit: findings.jsonl, findings.csv, summary.json in --out");
  AddReadOptions(audit, &audit_args.read);
  audit->add_option("--out", audit_args.out_dir, "the output directory (created when missing)")->required();
  audit->add_option("--company-field", audit_args.company_field, "the field naming the responsible company")
      ->capture_default_str();
  audit->add_flag("--quiet", audit_args.quiet, "no progress line");
  audit->add_flag("--resume", audit_args.resume,
                  "go on from where an interrupted audit into --out stopped (same inputs and options)");
  audit->add_option("--checkpoint-every", audit_args.checkpoint_every, "records between checkpoints")
      ->check(CLI::Range(uint64_t{1}, uint64_t{1} << 40))
      ->capture_default_str();
  AddSourceOptions(audit, &audit_args.sources);
  AddFindingOptions(audit, &audit_args.language, &audit_args.strict);
  AddLetterOptions(audit, &audit_args.letters);

  LettersArgs letters_args;
  CLI::App* letters = app.add_subcommand("letters", "rectification notices and advisory letters from findings.jsonl");
  letters->add_option("findings", letters_args.findings, "the lines of patmark check or audit (findings.jsonl); - for stdin")
      ->required();
  letters->add_option("--out", letters_args.out_dir, "the letters directory (created when missing)")->required();
  letters->add_option("--as-of", letters_args.as_of, "the inspection date, YYYY-MM-DD (default: today)");
  letters->add_option("--config", letters_args.letters.config,
                      "the config file; its \"office\": name, address, document prefix, deadline, …");
  AddLetterOptions(letters, &letters_args.letters);

  RegisterImportArgs import_args;
  CLI::App* reg = app.add_subcommand("register", "manage the local legal-status register");
  reg->require_subcommand(1);
  CLI::App* import = reg->add_subcommand("import", "load a register CSV/JSONL into the SQLite register");
  import->add_option("file", import_args.file, "register rows (.csv, .jsonl)")->required();
  import->add_option("--db", import_args.db, "the SQLite register to create or update")->required();
  import->add_option("--as-of", import_args.as_of, "reject numbers filed after this date (default: today)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return RunExtract(extract_args);
  if (status->parsed()) return RunStatus(status_args);
  if (check->parsed()) return RunCheck(check_args);
  if (audit->parsed()) return RunAudit(audit_args);
  if (letters->parsed()) return RunLetters(letters_args);
  if (import->parsed()) return RunRegisterImport(import_args);
  return kExitUsage;
}

}  // namespace patmark::cli
