// The subcommands of `patmark`, each a short function over the libraries.
// Main() parses the command line with CLI11 and maps outcomes to the exit
// codes of exit_codes.h. Only this component prints.
#ifndef PATMARK_CHECKER_CLI_COMMANDS_H_
#define PATMARK_CHECKER_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace patmark::cli {

// Options shared by the commands that read catalogs.
struct ReadArgs {
  std::vector<std::string> inputs;
  std::string format;             // empty: from the extension
  std::string encoding = "auto";
  std::vector<std::string> text_fields;
  std::string id_field = "id";
  std::string as_of;              // empty: today
};

int RunExtract(const ReadArgs& args);

int Main(int argc, char** argv);

}  // namespace patmark::cli

#endif  // PATMARK_CHECKER_CLI_COMMANDS_H_
