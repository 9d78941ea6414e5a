// SmtpClient: hands one plain-text email to an SMTP server (RFC 5321), as
// the outbox's sender (services/outbox.h). Boost.Asio stays in the .cc.
//
// It speaks plain SMTP, with no TLS and no authentication: it is meant for
// a relay on the same host or network (Postfix, or the locality's own mail
// relay) that takes mail from this server and delivers it onwards, over TLS
// where the relay is so configured. docs/operating.md says how.
//
// Each Send opens a connection, says EHLO (HELO if EHLO is refused), MAIL
// FROM, RCPT TO, DATA (the message with Date, From, To, Subject,
// Message-ID, MIME-Version and Content-Type: text/plain; charset=UTF-8
// headers, lines ending CRLF, dot-stuffed), QUIT, and closes. Every read
// and write is bounded by `timeout`.
//
// Failure: kUnavailable whose message is the server's last reply ("451
// 4.3.0 Try again later") or what went wrong on the way ("connect to
// mail.example:25: Connection refused", "timed out waiting for the server");
// kInvalidArgument for a from or to that IsValidEmailAddress refuses, or a
// subject with a line break. Nothing is retried here: the outbox decides.
//
// Thread-safety: Send may be called from any thread; calls are independent.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "base/clock.h"
#include "base/error.h"

namespace lw {

struct MailMessage {
  std::string from;
  std::string to;
  std::string subject;
  std::string body;  // plain text; "\n" or "\r\n" line ends
};

// Where outbound mail goes: the interface the outbox job depends on, so
// that tests can fake it.
class MailSender {
 public:
  virtual ~MailSender() = default;
  // Sends one message at `now` (its Date header); see the header comment.
  virtual Status Send(const MailMessage& message, Timestamp now) = 0;
};

struct SmtpOptions {
  std::string host;                           // the relay's name or address
  int port = 25;                              // its SMTP port
  std::string helo_name = "livingwell";       // the name given in EHLO
  std::chrono::milliseconds timeout{10'000};  // for connecting and for each reply
};

// A sender over SMTP with `options`; never fails to construct (the server
// is only contacted on Send).
std::unique_ptr<MailSender> MakeSmtpSender(SmtpOptions options);

}  // namespace lw
