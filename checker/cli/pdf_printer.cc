#include "checker/cli/pdf_printer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

extern char** environ;

namespace patmark::cli {
namespace {

namespace fs = std::filesystem;

bool IsExecutable(const std::string& path) { return !path.empty() && access(path.c_str(), X_OK) == 0; }

}  // namespace

std::string FindChromium() {
  if (const char* chosen = std::getenv("PATMARK_CHROMIUM"); chosen != nullptr) {
    return IsExecutable(chosen) ? chosen : "";
  }
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    for (const char* name : {"chromium", "chromium-browser"}) {
      std::string candidate = dir + "/" + name;
      if (IsExecutable(candidate)) return candidate;
    }
  }
  return "";
}

Status PrintWithChromium(const std::string& chromium, const std::string& html_path, const std::string& pdf_path) {
  if (chromium.empty()) {
    return FailedPreconditionError(
        "--pdf needs Chromium, which is not installed (Debian: apt-get install chromium; or set PATMARK_CHROMIUM); "
        "the HTML and text letters are written");
  }
  std::error_code ec;
  fs::path profile = fs::temp_directory_path(ec) / ("patmark-chromium-" + std::to_string(getpid()));
  const std::string url = "file://" + fs::absolute(html_path, ec).string();
  // --no-sandbox: Chromium refuses to run as root otherwise; the pages are
  // our own letters, and their Content-Security-Policy forbids scripts.
  std::vector<std::string> args = {chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                                   "--no-first-run", "--disable-background-networking",
                                   "--disable-component-update", "--disable-sync",
                                   "--user-data-dir=" + profile.string(), "--no-pdf-header-footer",
                                   "--print-to-pdf=" + pdf_path, url};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int spawned = posix_spawn(&pid, chromium.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return InternalError(chromium + ": cannot start it to print " + pdf_path);
  int status = 0;
  waitpid(pid, &status, 0);
  fs::remove_all(profile, ec);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(pdf_path) || fs::file_size(pdf_path, ec) == 0) {
    return InternalError(chromium + " failed to print " + html_path + " to " + pdf_path);
  }
  return OkStatus();
}

}  // namespace patmark::cli
