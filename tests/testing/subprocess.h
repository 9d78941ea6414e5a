// Running the real `livingwell` binary from tests.
//
// `RunCommand` runs a command to completion with the given standard input
// and extra environment, and returns its exit code and output.
// `ChildProcess` starts one in the background, reads its standard output
// line by line (with a timeout), and can signal and reap it; the destructor
// kills a child that is still running, so a failing test leaves nothing
// behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lw::testing {

using EnvList = std::vector<std::pair<std::string, std::string>>;

struct CommandResult {
  int exit_code = -1;  // -1: killed by a signal or could not start
  std::string out;
  std::string err;
};

CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input = "",
                         const EnvList& env = {},
                         std::chrono::milliseconds timeout = std::chrono::seconds(60));

class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, const EnvList& env = {});
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  bool started() const { return pid_ > 0; }
  // The next line of standard output containing `needle`, or nullopt on timeout/EOF.
  std::optional<std::string> WaitForLine(const std::string& needle,
                                         std::chrono::milliseconds timeout);
  void Signal(int signal);
  // Exit code once it has exited, or nullopt after `timeout`.
  std::optional<int> Wait(std::chrono::milliseconds timeout);
  // Everything read from standard output so far.
  const std::string& output() const { return seen_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string buffer_;
  std::string seen_;
  bool reaped_ = false;
};

}  // namespace lw::testing
