#include "http/connection.h"

#include <array>
#include <boost/asio/buffer.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/url/parse.hpp>
#include <limits>

#include "base/check.h"
#include "http/text.h"

namespace lw::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

constexpr std::size_t kReadChunk = std::size_t{8} * 1024;
constexpr auto kLingerTime = std::chrono::seconds(1);
constexpr std::size_t kMaxLingerBytes = std::size_t{1024} * 1024;
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
// Bodies larger than this are not kept around between requests.
constexpr std::size_t kKeepCapacity = std::size_t{64} * 1024;

std::string RemoteAddress(const tcp::socket& socket) {
  error_code ec;
  auto endpoint = socket.remote_endpoint(ec);
  return ec ? std::string() : endpoint.address().to_string();
}

void ReleaseIfLarge(std::string& s) {
  if (s.capacity() > kKeepCapacity) {
    std::string().swap(s);
  } else {
    s.clear();
  }
}

}  // namespace

Connection::Connection(Server::Impl& server, tcp::socket socket, std::uint64_t id, bool admitted)
    : server_(server),
      id_(id),
      admitted_(admitted),
      stream_(std::move(socket)),
      request_timer_(stream_.get_executor()),
      remote_(RemoteAddress(stream_.socket())) {}

Connection::~Connection() { server_.ConnectionEnded(id_, admitted_); }

void Connection::Start() {
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
    if (self->admitted_) {
      self->BeginRequest();
    } else {
      self->Reject();
    }
  });
}

void Connection::Drain() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    if (self->state_ == State::kIdle) self->stream_.cancel();  // OnIdleRead closes
  });
}

Connection::Parser& Connection::parser() {
  LW_CHECK(parser_.has_value());  // emplaced by BeginRequest before any read
  return *parser_;
}

void Connection::BeginRequest() {
  if (server_.draining()) {
    Close();
    return;
  }
  const ServerOptions& options = server_.options();
  ++sequence_;
  parser_.emplace();
  parser().header_limit(static_cast<std::uint32_t>(
      std::min<std::size_t>(options.max_header_bytes, std::numeric_limits<std::uint32_t>::max())));
  parser().body_limit(static_cast<std::uint64_t>(options.max_body_bytes));
  parser().eager(true);
  timer_armed_ = false;
  timed_out_ = false;
  continue_sent_ = false;
  if (buffer_.size() > 0) {  // pipelined: the next request has begun
    state_ = State::kReading;
    deadline_ = Clock::now() + options.request_timeout;
    Parse();
    return;
  }
  state_ = State::kIdle;
  // A fresh connection that sends nothing is held only as long as a request may take.
  stream_.expires_after(fresh_ ? options.request_timeout : options.idle_timeout);
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          beast::bind_front_handler(&Connection::OnIdleRead, shared_from_this()));
}

void Connection::OnIdleRead(error_code ec, std::size_t bytes) {
  stream_.expires_never();
  if (ec) {  // idle timeout (the stream closed the socket), EOF, or Drain
    Close();
    return;
  }
  buffer_.commit(bytes);
  state_ = State::kReading;
  deadline_ = Clock::now() + server_.options().request_timeout;
  Parse();
}

void Connection::Parse() {
  error_code ec;
  while (buffer_.size() > 0 && !parser().is_done()) {
    std::size_t used = parser().put(buffer_.data(), ec);
    buffer_.consume(used);
    if (ec == bhttp::error::need_more) {
      ec = {};
      break;
    }
    if (ec || used == 0) break;
  }
  if (ec == bhttp::error::header_limit || ec == bhttp::error::body_limit) {
    FailRequest(413);
    return;
  }
  if (ec) {
    FailRequest(400);
    return;
  }
  if (parser().is_done()) {
    if (timer_armed_) request_timer_.cancel();
    HandleRequest();
    return;
  }
  if (parser().is_header_done() && !continue_sent_ &&
      EqualsIgnoreCase(parser().get()[bhttp::field::expect], "100-continue")) {
    SendContinue();
    return;
  }
  ReadMore();
}

void Connection::ReadMore() {
  state_ = State::kReading;
  if (Clock::now() >= deadline_) {
    FailRequest(408);
    return;
  }
  // The request timer answers 408 itself, so it cannot be the stream's
  // own timeout (which closes the socket).
  if (!timer_armed_) {
    timer_armed_ = true;
    request_timer_.expires_at(deadline_);
    request_timer_.async_wait([self = shared_from_this(), sequence = sequence_](error_code ec) {
      self->OnRequestTimer(ec, sequence);
    });
  }
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
}

void Connection::OnRequestTimer(error_code ec, std::uint64_t sequence) {
  if (sequence != sequence_) return;  // a request that has since finished
  timer_armed_ = false;
  if (ec || state_ != State::kReading) return;
  timed_out_ = true;
  stream_.cancel();  // OnRead sees operation_aborted and answers 408
}

void Connection::OnRead(error_code ec, std::size_t bytes) {
  buffer_.commit(bytes);
  if (timed_out_) {
    FailRequest(408);
    return;
  }
  if (ec) {  // the client went away mid-request
    Close();
    return;
  }
  Parse();
}

void Connection::SendContinue() {
  continue_sent_ = true;
  state_ = State::kWriting;
  stream_.expires_after(server_.options().idle_timeout);
  net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                   [self = shared_from_this()](error_code ec, std::size_t) {
                     self->stream_.expires_never();
                     if (ec) {
                       self->Close();
                       return;
                     }
                     self->ReadMore();
                   });
}

bool Connection::FillRequest() {
  auto& message = parser().get();
  request_.method = std::string(message.method_string());
  request_.target = std::string(message.target());
  request_.headers.reserve(16);
  for (const auto& field : message) {
    request_.headers.emplace_back(AsciiToLower(field.name_string()), std::string(field.value()));
  }
  auto url = boost::urls::parse_origin_form(request_.target);
  if (!url) return false;
  request_.path = url->path();
  request_.query = std::string(url->encoded_query());
  return true;
}

void Connection::HandleRequest() {
  state_ = State::kHandling;
  started_ = Clock::now();
  request_.remote_address = remote_;
  bool target_ok = FillRequest();
  request_.body = std::move(parser().get().body());
  const Pipeline& pipeline = server_.pipeline();
  pipeline.AssignRequestId(request_);
  if (!target_ok) {
    route_label_ = kUnmatchedLabel;
    response_ = pipeline.LimitError(400, request_);
    Write(false);
    return;
  }
  response_ = pipeline.Handle(request_, route_label_);
  // Checked after the handler: a shutdown that began meanwhile closes this.
  Write(parser().get().keep_alive() && !server_.draining());
}

void Connection::FailRequest(int status) {
  state_ = State::kHandling;
  if (timer_armed_) request_timer_.cancel();
  started_ = Clock::now();
  request_.remote_address = remote_;
  // So the log and the error page know the path. A body over the limit is
  // detected at Content-Length, when the request line is already parsed.
  if (!parser().get().target().empty()) FillRequest();
  server_.pipeline().AssignRequestId(request_);
  route_label_ = kUnmatchedLabel;
  response_ = server_.pipeline().LimitError(status, request_);
  Write(false);
}

void Connection::Reject() {
  state_ = State::kHandling;
  started_ = Clock::now();
  request_.remote_address = remote_;
  server_.pipeline().AssignRequestId(request_);
  route_label_ = kUnmatchedLabel;
  response_ = server_.pipeline().LimitError(503, request_);
  response_.SetHeader("Retry-After", "1");
  Write(false);
}

void Connection::Write(bool keep_alive) {
  keep_alive_ = keep_alive;
  state_ = State::kWriting;
  bool http10 = parser_.has_value() && parser_->is_header_done() && parser_->get().version() == 10;
  bool with_body = server_.pipeline().Head(request_, response_, keep_alive, http10, head_);
  std::array<net::const_buffer, 2> buffers = {
      net::buffer(head_), with_body
                              ? net::buffer(response_.Payload().data(), response_.Payload().size())
                              : net::const_buffer()};
  stream_.expires_after(server_.options().idle_timeout);
  net::async_write(stream_, buffers,
                   beast::bind_front_handler(&Connection::OnWrite, shared_from_this()));
}

void Connection::OnWrite(error_code ec, std::size_t bytes) {
  stream_.expires_never();
  auto latency = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_);
  server_.pipeline().Record(request_, response_.status, route_label_, latency, bytes);
  // Drop this exchange; keep small buffers' capacity for the next one.
  request_.method.clear();
  request_.target.clear();
  request_.path.clear();
  request_.query.clear();
  request_.request_id.clear();
  request_.headers.clear();
  request_.params.clear();
  request_.form.reset();
  ReleaseIfLarge(request_.body);
  ReleaseIfLarge(response_.body);
  if (ec) {
    Close();
    return;
  }
  if (!keep_alive_) {
    Linger();
    return;
  }
  fresh_ = false;
  BeginRequest();
}

void Connection::Linger() {
  state_ = State::kClosing;
  error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  if (ec) {
    Close();
    return;
  }
  buffer_.clear();  // whatever the client sent is no longer wanted
  lingered_ = 0;
  stream_.expires_after(kLingerTime);
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          beast::bind_front_handler(&Connection::OnLinger, shared_from_this()));
}

void Connection::OnLinger(error_code ec, std::size_t bytes) {
  lingered_ += bytes;  // never committed: discarded
  if (ec || lingered_ > kMaxLingerBytes) {
    Close();
    return;
  }
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          beast::bind_front_handler(&Connection::OnLinger, shared_from_this()));
}

void Connection::Close() {
  if (state_ == State::kClosed) return;
  state_ = State::kClosed;
  error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
  stream_.close();
  request_timer_.cancel();
}

}  // namespace lw::http
