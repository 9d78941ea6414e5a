#include "services/smtp_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <utility>

#include "domain/network/outbox.h"

namespace lw {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

struct Reply {
  int code = 0;
  std::string text;  // every line, joined by " "
};

// One SMTP conversation. Each step runs the io_context for at most the
// timeout; a step that has not finished by then closes the socket.
class Conversation {
 public:
  explicit Conversation(const SmtpOptions& options) : options_(options) {}

  Status Connect() {
    tcp::resolver resolver(io_);
    error_code ec;
    std::optional<tcp::resolver::results_type> endpoints;
    resolver.async_resolve(options_.host, std::to_string(options_.port),
                           [&](error_code e, tcp::resolver::results_type r) {
                             ec = e;
                             endpoints = std::move(r);
                           });
    if (!RunStep() || ec) return Problem("resolve " + Where(), ec);
    asio::async_connect(socket_, *endpoints, [&](error_code e, const tcp::endpoint&) { ec = e; });
    if (!RunStep() || ec) return Problem("connect to " + Where(), ec);
    return Ok();
  }

  // Reads one reply, which may span lines ("250-..." then "250 ...").
  Result<Reply> Read() {
    Reply reply;
    for (;;) {
      error_code ec;
      std::size_t n = 0;
      asio::async_read_until(socket_, asio::dynamic_buffer(buffer_, kMaxReply), "\r\n",
                             [&](error_code e, std::size_t got) {
                               ec = e;
                               n = got;
                             });
      if (!RunStep() || ec) return Fail(Problem("read the server's reply", ec).error());
      std::string line = buffer_.substr(0, n - 2);
      buffer_.erase(0, n);
      if (line.size() < 3 || line[0] < '1' || line[0] > '5') {
        return Fail(ErrorCode::kUnavailable, "the server's reply is not SMTP: " + line);
      }
      reply.code = std::stoi(line.substr(0, 3));
      if (!reply.text.empty()) reply.text += ' ';
      reply.text += line;
      if (line.size() == 3 || line[3] != '-') return reply;
    }
  }

  Status Write(std::string_view text) {
    error_code ec;
    asio::async_write(socket_, asio::buffer(text), [&](error_code e, std::size_t) { ec = e; });
    if (!RunStep() || ec) return Problem("write to the server", ec);
    return Ok();
  }

  // Sends `line` (CRLF added) and expects a reply of class `want` (2 or 3).
  Result<Reply> Command(const std::string& line, int want) {
    if (auto s = Write(line + "\r\n"); !s) return Fail(s.error());
    auto reply = Read();
    if (!reply) return reply;
    if (reply->code / 100 != want) return Fail(ErrorCode::kUnavailable, reply->text);
    return reply;
  }

  void Close() {
    error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

 private:
  static constexpr std::size_t kMaxReply = std::size_t{64} * 1024;

  // Runs the pending operation; false (socket closed) if it timed out.
  bool RunStep() {
    io_.restart();
    io_.run_for(options_.timeout);
    if (io_.stopped()) return true;
    timed_out_ = true;
    error_code ignored;
    socket_.close(ignored);
    io_.restart();
    io_.run();  // lets the cancelled operation finish
    return false;
  }

  Status Problem(const std::string& doing, error_code ec) {
    if (timed_out_) return Fail(ErrorCode::kUnavailable, "timed out: " + doing);
    return Fail(ErrorCode::kUnavailable, doing + ": " + ec.message());
  }

  std::string Where() const { return options_.host + ":" + std::to_string(options_.port); }

  const SmtpOptions& options_;
  asio::io_context io_;
  tcp::socket socket_{io_};
  std::string buffer_;
  bool timed_out_ = false;
};

// "Mon, 23 Nov 2026 16:12:17 +0000" (RFC 5322 3.3), in UTC.
std::string RfcDate(Timestamp t) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::seconds>(t - day)};
  char out[40];
  std::snprintf(out, sizeof out, "%s, %02u %s %d %02d:%02d:%02d +0000",
                kDays[std::chrono::weekday{day}.c_encoding()], static_cast<unsigned>(ymd.day()),
                kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return out;
}

// The DATA section: headers, a blank line, the body; CRLF line ends; a line
// starting "." gets another (RFC 5321 4.5.2); ends with the lone ".".
std::string DataSection(const MailMessage& m, Timestamp now, const std::string& helo_name) {
  std::string out;
  out += "Date: " + RfcDate(now) + "\r\n";
  out += "From: " + m.from + "\r\n";
  out += "To: " + m.to + "\r\n";
  out += "Subject: " + m.subject + "\r\n";
  out += "Message-ID: <" + std::to_string(ToUnixMicros(now)) + "." +
         std::to_string(std::hash<std::string>{}(m.to + m.subject + m.body)) + "@" + helo_name +
         ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "\r\n";
  std::string_view body = m.body;
  while (!body.empty()) {
    std::size_t end = body.find('\n');
    std::string_view line = body.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with('.')) out += '.';
    out += line;
    out += "\r\n";
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  out += ".\r\n";
  return out;
}

class SmtpSender : public MailSender {
 public:
  explicit SmtpSender(SmtpOptions options) : options_(std::move(options)) {}

  Status Send(const MailMessage& m, Timestamp now) override {
    if (!IsValidEmailAddress(m.from)) {
      return Fail(ErrorCode::kInvalidArgument, "not an email address to send from: " + m.from);
    }
    if (!IsValidEmailAddress(m.to)) {
      return Fail(ErrorCode::kInvalidArgument, "not an email address to send to: " + m.to);
    }
    if (m.subject.find_first_of("\r\n") != std::string::npos) {
      return Fail(ErrorCode::kInvalidArgument, "the subject must be one line");
    }
    Conversation c(options_);
    Status s = Talk(c, m, now);
    c.Close();
    return s;
  }

 private:
  Status Talk(Conversation& c, const MailMessage& m, Timestamp now) {
    if (auto s = c.Connect(); !s) return s;
    auto greeting = c.Read();
    if (!greeting) return Fail(greeting.error());
    if (greeting->code / 100 != 2) return Fail(ErrorCode::kUnavailable, greeting->text);
    if (auto r = c.Command("EHLO " + options_.helo_name, 2); !r) {
      if (r.error().message.starts_with("timed out") || !r.error().message.starts_with("5")) {
        return Fail(r.error());
      }
      if (auto h = c.Command("HELO " + options_.helo_name, 2); !h) return Fail(h.error());
    }
    if (auto r = c.Command("MAIL FROM:<" + m.from + ">", 2); !r) return Fail(r.error());
    if (auto r = c.Command("RCPT TO:<" + m.to + ">", 2); !r) return Fail(r.error());
    if (auto r = c.Command("DATA", 3); !r) return Fail(r.error());
    if (auto s = c.Write(DataSection(m, now, options_.helo_name)); !s) return s;
    auto accepted = c.Read();
    if (!accepted) return Fail(accepted.error());
    if (accepted->code / 100 != 2) return Fail(ErrorCode::kUnavailable, accepted->text);
    (void)c.Command("QUIT", 2);  // the message is accepted whatever QUIT says
    return Ok();
  }

  SmtpOptions options_;
};

}  // namespace

std::unique_ptr<MailSender> MakeSmtpSender(SmtpOptions options) {
  return std::make_unique<SmtpSender>(std::move(options));
}

}  // namespace lw
