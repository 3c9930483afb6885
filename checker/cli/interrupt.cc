#include "checker/cli/interrupt.h"

#include <csignal>

namespace patmark::cli {
namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void OnInterrupt(int signal) {
  interrupted = 1;
  std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the process
}

}  // namespace

void StopOnInterrupt() {
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
}

bool Interrupted() { return interrupted != 0; }

Status StopWhenInterrupted::Accept(ScannedRecord&& scanned) {
  if (Interrupted()) return UnavailableError("interrupted");
  return next_->Accept(std::move(scanned));
}

}  // namespace patmark::cli
