// The patmark binary: everything is in the libraries; see commands.h.
#include <csignal>
#include <iostream>

#include "checker/cli/commands.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error
  std::ios::sync_with_stdio(false);
  return patmark::cli::Main(argc, argv);
}
