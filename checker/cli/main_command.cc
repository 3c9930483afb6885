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
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"patmark: patent-marking compliance checker"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "patmark 0.1.0");

  ReadArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "find patent marks; one JSONL line per input record");
  AddReadOptions(extract, &extract_args);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return RunExtract(extract_args);
  return kExitUsage;
}

}  // namespace patmark::cli
