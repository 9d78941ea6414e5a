// Connection: one accepted TCP connection, serving HTTP/1.1 requests one
// after another (keep-alive) until either side closes. Internal to
// src/http: it is the only place that reads and writes sockets with Beast.
//
// States (all transitions run on the connection's strand):
//
//   kIdle ----bytes arrive----> kReading ----request complete----> kHandling
//     ^  \                        |  \                                |
//     |   timeout/EOF/drain       |   limit, malformed, timeout       v
//     |          |                |   (413/400/408)              kWriting
//     |          v                v          |                    |     |
//     |       kClosed <---- kClosing <-------+-------- no keep-alive    |
//     +------------------------------------------------- keep-alive ----+
//
//   kIdle:     waiting for the first byte of a request (idle_timeout, or
//              request_timeout on a fresh connection); on timeout, EOF or
//              Drain() the connection just closes. Bytes already buffered
//              (pipelining) skip this state.
//   kReading:  part of a request has arrived; the whole of it must arrive
//              within request_timeout of the first byte, else 408.
//   kHandling: the pipeline runs synchronously on this I/O thread.
//   kWriting:  the response is written (under idle_timeout).
//   kClosing:  after a response with `Connection: close`: our side is shut
//              down for sending and what the client still sends is read and
//              discarded for a moment, so it sees the response and not a
//              reset.
//   kClosed:   the socket is closed; the object dies with its last handler.
//
// A connection over max_connections is never admitted: it writes 503 and
// goes to kClosing.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "http/request.h"
#include "http/response.h"
#include "http/server_impl.h"

namespace lw::http {

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(Server::Impl& server, boost::asio::ip::tcp::socket socket, std::uint64_t id,
             bool admitted);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void Start();
  // Thread-safe: closes the connection if it is idle; otherwise the request
  // in progress finishes (and is answered with `Connection: close`).
  void Drain();

 private:
  enum class State { kIdle, kReading, kHandling, kWriting, kClosing, kClosed };
  using Clock = std::chrono::steady_clock;
  using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

  Parser& parser();
  void BeginRequest();
  void OnIdleRead(boost::system::error_code ec, std::size_t bytes);
  void Parse();
  void ReadMore();
  void OnRead(boost::system::error_code ec, std::size_t bytes);
  void OnRequestTimer(boost::system::error_code ec, std::uint64_t sequence);
  void SendContinue();
  void HandleRequest();
  void FailRequest(int status);
  void Reject();
  void Write(bool keep_alive);
  void OnWrite(boost::system::error_code ec, std::size_t bytes);
  void Linger();
  void OnLinger(boost::system::error_code ec, std::size_t bytes);
  void Close();
  bool FillRequest();  // request line and headers from the parser; false for a bad target

  Server::Impl& server_;
  const std::uint64_t id_;
  const bool admitted_;
  boost::beast::tcp_stream stream_;
  boost::asio::steady_timer request_timer_;
  boost::beast::flat_buffer buffer_;
  std::optional<Parser> parser_;  // one per request
  std::string remote_;

  State state_ = State::kIdle;
  bool fresh_ = true;           // no request served yet on this connection
  bool timer_armed_ = false;    // request_timer_ has a wait pending
  bool timed_out_ = false;      // the request timer cancelled the read
  bool continue_sent_ = false;  // "100 Continue" written for this request
  bool keep_alive_ = false;
  std::uint64_t sequence_ = 0;  // requests begun; tells stale timer events apart
  Clock::time_point deadline_;  // when the request in progress must be complete
  Clock::time_point started_;   // when the request was complete
  std::size_t lingered_ = 0;    // bytes discarded in kClosing

  Request request_;
  Response response_;
  std::string_view route_label_;
  std::string head_;  // serialized response head; its capacity is reused
};

}  // namespace lw::http
