// The subcommands of `patmark`, each a short function over the libraries.
// Main() parses the command line with CLI11 and maps outcomes to the exit
// codes of exit_codes.h. Only this component prints.
#ifndef PATMARK_CHECKER_CLI_COMMANDS_H_
#define PATMARK_CHECKER_CLI_COMMANDS_H_

#include <istream>
#include <string>
#include <vector>

#include "checker/status/status_source.h"
#include "parsers/base/statusor.h"

namespace patmark::cli {

// Options shared by the commands that read catalogs.
struct ReadArgs {
  std::vector<std::string> inputs;
  std::string format;             // empty: from the extension
  std::string encoding = "auto";
  std::vector<std::string> text_fields;
  std::string id_field = "id";
  std::string as_of;              // empty: today
  unsigned jobs = 0;              // scanning threads; 0: one per core
};

// Options of the commands that look up legal status.
struct SourceArgs {
  std::string register_path;                  // SQLite file, or CSV/JSONL loaded on the fly
  std::vector<std::string> complete_offices;  // --register-complete CN
  bool offline = false;                       // no remote source
  std::vector<std::string> sources;           // --source, in order: register, ops; empty: the register if given
  std::string config;                         // --config: sources (and, for audit, the office)
  bool refresh = false;                       // --refresh: ask remote sources again, past the cache
};

struct StatusArgs {
  std::vector<std::string> numbers;
  std::string as_of;  // empty: today
  SourceArgs sources;
};

struct CheckArgs {
  ReadArgs read;       // read.as_of is the inspection date
  std::string text;    // --text: check this one text instead of the inputs
  SourceArgs sources;
  std::string language = "zh";
  bool strict = false;  // exit 3 when a source failed
  bool brief = false;   // human-readable lines instead of JSONL
};

struct RegisterImportArgs {
  std::string file;
  std::string db;
  std::string as_of;
};

// Options of the letters, on `letters` and `audit`.
struct LetterArgs {
  std::string config;        // office config JSON; "" for blanks to fill in (audit: --config of its sources)
  std::string template_dir;  // templates replacing the built-in ones
  bool include_warnings = false;
  bool pdf = false;          // also print each letter to PDF with Chromium
};

struct LettersArgs {
  std::string findings;  // findings.jsonl, or - for standard input
  std::string out_dir;
  std::string as_of;     // empty: today
  LetterArgs letters;
};

int RunExtract(const ReadArgs& args);
struct AuditArgs {
  ReadArgs read;
  SourceArgs sources;
  std::string out_dir;
  std::string company_field = "company";
  std::string language = "zh";
  bool quiet = false;   // no progress line, no closing message
  bool strict = false;
  bool resume = false;  // go on from the checkpoint in out_dir
  uint64_t checkpoint_every = 65536;  // records between checkpoints
  LetterArgs letters;
};

int RunStatus(const StatusArgs& args);
int RunCheck(const CheckArgs& args);
int RunAudit(const AuditArgs& args);
int RunRegisterImport(const RegisterImportArgs& args);
int RunLetters(const LettersArgs& args);
// Writes the letters of `findings` into `out_dir`; prints what failed and
// returns false then.
bool WriteLettersOf(std::istream& findings, const LetterArgs& args, const Date& as_of, const std::string& out_dir,
                    bool quiet);

// The source chain the options ask for. Rejected rows of a register file
// loaded on the fly are printed to stderr; the other rows are used.
StatusOr<SourceChain> BuildSources(const SourceArgs& args);

int Main(int argc, char** argv);

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_COMMANDS_H_
