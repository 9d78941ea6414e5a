// Running the real `livingwell` binary from tests.
//
// `RunCommand` runs a command to completion with the given standard input
// and extra environment, and returns its exit code and output.
// `ChildProcess` starts one in the background, drains its standard output
// all the time on a thread of its own (so a chatty child never blocks on a
// full pipe), lets the test wait for a line (with a timeout), and can
// signal and reap it; the destructor
// kills a child that is still running, so a failing test leaves nothing
// behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
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
  std::string output() const;

 private:
  void Drain();

  pid_t pid_ = -1;
  int out_fd_ = -1;
  bool reaped_ = false;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::string seen_;         // guarded by mu_
  std::size_t scanned_ = 0;  // guarded by mu_: WaitForLine has consumed seen_ up to here
  bool eof_ = false;         // guarded by mu_
  std::thread reader_;
};

}  // namespace lw::testing
