// FakeServer: tools/fake_status_server.py, started for a test on a free
// loopback port and stopped when the object goes. Its /_stats and /_faults
// routes tell what clients did and inject faults.
#ifndef PATMARK_TESTS_TESTING_FAKE_SERVER_H_
#define PATMARK_TESTS_TESTING_FAKE_SERVER_H_

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "tests/testing/fixture_path.h"

extern char** environ;

namespace patmark::testing {

class FakeServer {
 public:
  // `args` go to the script (--ops-secret S, --ops-token-seconds N, …).
  explicit FakeServer(const std::vector<std::string>& args = {}) {
    int out[2];
    if (pipe(out) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::string script = std::string(PATMARK_SOURCE_DIR) + "/tools/fake_status_server.py";
    std::vector<std::string> words = {"python3", script};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    if (posix_spawnp(&pid_, "python3", &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::FILE* from_server = fdopen(out[0], "r");
    int port = 0;
    if (from_server != nullptr && std::fscanf(from_server, "PORT %d", &port) == 1) port_ = port;
    if (from_server != nullptr) std::fclose(from_server);
  }
  ~FakeServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  FakeServer(const FakeServer&) = delete;
  FakeServer& operator=(const FakeServer&) = delete;

  bool ok() const { return port_ > 0; }
  // "http://127.0.0.1:<port>" + path.
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace patmark::testing

#endif  // PATMARK_TESTS_TESTING_FAKE_SERVER_H_
