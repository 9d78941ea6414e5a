#include "testing/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace lw::testing {
namespace {

using Clock = std::chrono::steady_clock;

// fork + exec with the given pipes as stdin/stdout/stderr (-1: /dev/null).
pid_t Spawn(const std::vector<std::string>& argv, const EnvList& env, int in_fd, int out_fd,
            int err_fd) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  int devnull = open("/dev/null", O_RDWR);
  dup2(in_fd >= 0 ? in_fd : devnull, 0);
  dup2(out_fd >= 0 ? out_fd : devnull, 1);
  dup2(err_fd >= 0 ? err_fd : devnull, 2);
  for (int fd = 3; fd < 1024; ++fd) close(fd);
  for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  execv(args[0], args.data());
  _exit(127);
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input,
                         const EnvList& env, std::chrono::milliseconds timeout) {
  int in[2], out[2], err[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) return {};
  pid_t pid = Spawn(argv, env, in[0], out[1], err[1]);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  CommandResult result;
  if (!input.empty()) {
    ssize_t ignored = write(in[1], input.data(), input.size());
    (void)ignored;
  }
  close(in[1]);
  const auto deadline = Clock::now() + timeout;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  while (open_fds > 0 && Clock::now() < deadline) {
    if (poll(fds, 2, 100) <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      char buf[4096];
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(n));
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  if (open_fds > 0) kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = ExitCode(status);
  return result;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const EnvList& env) {
  int out[2];
  // Close-on-exec, so no other child started meanwhile holds the pipe open.
  if (pipe2(out, O_CLOEXEC) != 0) return;
  pid_ = Spawn(argv, env, -1, out[1], -1);
  close(out[1]);
  out_fd_ = out[0];
  reader_ = std::thread([this] { Drain(); });
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !reaped_) {
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  if (reader_.joinable()) reader_.join();  // the pipe reaches EOF once the child is gone
  if (out_fd_ >= 0) close(out_fd_);
}

void ChildProcess::Drain() {
  char buf[4096];
  while (true) {
    ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    std::lock_guard lock(mu_);
    if (n <= 0) {
      eof_ = true;
      cv_.notify_all();
      return;
    }
    seen_.append(buf, static_cast<std::size_t>(n));
    cv_.notify_all();
  }
}

std::string ChildProcess::output() const {
  std::lock_guard lock(mu_);
  return seen_;
}

std::optional<std::string> ChildProcess::WaitForLine(const std::string& needle,
                                                     std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::unique_lock lock(mu_);
  while (true) {
    std::size_t nl;
    while ((nl = seen_.find('\n', scanned_)) != std::string::npos) {
      std::string line = seen_.substr(scanned_, nl - scanned_);
      scanned_ = nl + 1;
      if (line.find(needle) != std::string::npos) return line;
    }
    if (eof_) return std::nullopt;
    if (cv_.wait_until(lock, deadline) == std::cv_status::timeout) {
      // One last look at what arrived with the timeout.
      if (seen_.find('\n', scanned_) == std::string::npos) return std::nullopt;
    }
  }
}

void ChildProcess::Signal(int signal) {
  if (pid_ > 0 && !reaped_) kill(pid_, signal);
}

std::optional<int> ChildProcess::Wait(std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return std::nullopt;
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      reaped_ = true;
      return ExitCode(status);
    }
    usleep(10'000);
  }
  return std::nullopt;
}

}  // namespace lw::testing
