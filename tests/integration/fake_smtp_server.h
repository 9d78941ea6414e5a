// FakeSmtpServer: a tiny SMTP server on 127.0.0.1, port 0, for the outbox
// tests. It takes one connection at a time, answers EHLO/HELO, MAIL FROM,
// RCPT TO, DATA, RSET and QUIT, and records what each conversation carried.
// `RefuseNext(n, reply)` makes it answer the next n MAIL FROM commands with
// `reply` (say "451 4.3.0 Try again later"), as a busy relay would.
//
// Thread-safety: the accessors may be called from the test thread while
// the server's own thread serves.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lw::testing {

class FakeSmtpServer {
 public:
  struct Received {
    std::string mail_from;  // the address inside MAIL FROM:<...>
    std::vector<std::string> rcpt_to;
    std::string data;  // the DATA section as sent, CRLFs and all, without the final "."
  };

  FakeSmtpServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(listener_, 8);
    socklen_t len = sizeof addr;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~FakeSmtpServer() {
    stopping_ = true;
    thread_.join();
    ::close(listener_);
  }
  FakeSmtpServer(const FakeSmtpServer&) = delete;
  FakeSmtpServer& operator=(const FakeSmtpServer&) = delete;

  int port() const { return port_; }

  void RefuseNext(int n, std::string reply) {
    std::lock_guard lock(mu_);
    refusals_ = n;
    refusal_ = std::move(reply);
  }
  std::vector<Received> received() const {
    std::lock_guard lock(mu_);
    return received_;
  }
  int connections() const { return connections_.load(); }

 private:
  void Serve() {
    while (!stopping_) {
      pollfd p{.fd = listener_, .events = POLLIN, .revents = 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      ++connections_;
      Converse(fd);
      ::close(fd);
    }
  }

  // The next CRLF-terminated line, without the CRLF; false on EOF or after
  // 5 s of silence.
  bool ReadLine(int fd, std::string& line) {
    for (;;) {
      std::size_t end = buffer_.find("\r\n");
      if (end != std::string::npos) {
        line = buffer_.substr(0, end);
        buffer_.erase(0, end + 2);
        return true;
      }
      pollfd p{.fd = fd, .events = POLLIN, .revents = 0};
      if (::poll(&p, 1, 5000) <= 0) return false;
      char chunk[4096];
      ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) return false;
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  static void Say(int fd, const std::string& text) {
    std::string out = text + "\r\n";
    (void)::send(fd, out.data(), out.size(), MSG_NOSIGNAL);
  }

  static std::string Address(const std::string& line) {
    std::size_t open = line.find('<');
    std::size_t close = line.rfind('>');
    if (open == std::string::npos || close == std::string::npos || close < open) return "";
    return line.substr(open + 1, close - open - 1);
  }

  void Converse(int fd) {
    buffer_.clear();
    Say(fd, "220 fake.example ESMTP ready");
    Received current;
    std::string line;
    while (ReadLine(fd, line)) {
      const std::string verb = line.substr(0, 4);
      if (verb == "EHLO" || verb == "HELO") {
        Say(fd, "250-fake.example greets you");
        Say(fd, "250 8BITMIME");
      } else if (line.starts_with("MAIL FROM:")) {
        std::string refusal;
        {
          std::lock_guard lock(mu_);
          if (refusals_ > 0) {
            --refusals_;
            refusal = refusal_;
          }
        }
        if (!refusal.empty()) {
          Say(fd, refusal);
          continue;
        }
        current = Received{.mail_from = Address(line)};
        Say(fd, "250 2.1.0 OK");
      } else if (line.starts_with("RCPT TO:")) {
        current.rcpt_to.push_back(Address(line));
        Say(fd, "250 2.1.5 OK");
      } else if (verb == "DATA") {
        Say(fd, "354 End data with <CR><LF>.<CR><LF>");
        std::string data;
        while (ReadLine(fd, line) && line != ".") data += line + "\r\n";
        current.data = data;
        {
          std::lock_guard lock(mu_);
          received_.push_back(current);
        }
        Say(fd, "250 2.0.0 Queued");
      } else if (verb == "RSET") {
        current = {};
        Say(fd, "250 2.0.0 OK");
      } else if (verb == "QUIT") {
        Say(fd, "221 2.0.0 Bye");
        return;
      } else {
        Say(fd, "500 5.5.2 What?");
      }
    }
  }

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_ = false;
  std::atomic<int> connections_ = 0;
  std::string buffer_;  // the server thread's only
  mutable std::mutex mu_;
  int refusals_ = 0;  // guarded by mu_
  std::string refusal_;
  std::vector<Received> received_;
  std::thread thread_;
};

}  // namespace lw::testing
