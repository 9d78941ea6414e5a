#include "http/server.h"

#include <sodium.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <csignal>
#include <exception>

#include "http/connection.h"
#include "http/server_impl.h"

namespace lw::http {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using boost::system::error_code;

Server::Impl::Impl(const ServerOptions& options, Router router, ServerHooks hooks,
                   const StaticAssets* assets, Logger& logger, Metrics& metrics)
    : options_(options),
      pipeline_(options, std::move(router), std::move(hooks), assets, logger, metrics),
      metrics_(metrics),
      io_context_(std::max(1, options.threads)),
      acceptor_(net::make_strand(io_context_)),
      accept_retry_(acceptor_.get_executor()) {}

Server::Impl::~Impl() { Shutdown(); }

Status Server::Impl::Listen() {
  auto fail = [&](const std::string& reason) {
    return Fail(ErrorCode::kUnavailable, "cannot listen on " + options_.bind + ":" +
                                             std::to_string(options_.port) + ": " + reason);
  };
  if (options_.port < 0 || options_.port > 65535) return fail("port out of range");
  error_code ec;
  auto address = net::ip::make_address(options_.bind, ec);
  if (ec) return fail(ec.message());
  tcp::endpoint endpoint(address, static_cast<unsigned short>(options_.port));
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return fail(ec.message());
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return fail(ec.message());
  acceptor_.bind(endpoint, ec);
  if (ec) return fail(ec.message());
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return fail(ec.message());
  port_ = acceptor_.local_endpoint(ec).port();
  if (ec) return fail(ec.message());
  return Ok();
}

void Server::Impl::Run() {
  {
    std::lock_guard lock(mu_);
    running_ = true;
  }
  work_.emplace(io_context_.get_executor());
  CatchSignals();
  net::post(acceptor_.get_executor(), [this] { Accept(); });
  int threads = std::max(1, options_.threads);
  for (int i = 0; i < threads; ++i) {
    threads_.emplace_back([this] {
      // Handlers catch their own exceptions; this keeps the thread serving
      // if something escapes anyway.
      while (true) {
        try {
          io_context_.run();
          return;
        } catch (const std::exception& e) {
          pipeline_.logger().Log(LogLevel::kError, "io_thread_exception", {Str("error", e.what())});
        } catch (...) {
          pipeline_.logger().Log(LogLevel::kError, "io_thread_exception",
                                 {Str("error", "unknown exception")});
        }
      }
    });
  }
}

void Server::Impl::Accept() {
  acceptor_.async_accept(net::make_strand(io_context_), [this](error_code ec, tcp::socket socket) {
    OnAccept(ec, std::move(socket));
  });
}

void Server::Impl::OnAccept(error_code ec, tcp::socket socket) {
  if (ec) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    // Out of file descriptors and the like: wait a moment rather than spin.
    pipeline_.logger().Log(LogLevel::kWarn, "accept_failed", {Str("error", ec.message())});
    accept_retry_.expires_after(std::chrono::milliseconds(100));
    accept_retry_.async_wait([this](error_code wait_ec) {
      if (!wait_ec && acceptor_.is_open()) Accept();
    });
    return;
  }
  if (draining_.load()) {
    socket.close(ec);
    return;
  }
  socket.set_option(tcp::no_delay(true), ec);
  bool admitted = admitted_.load() < options_.max_connections;
  if (admitted) {
    admitted_.fetch_add(1);
    metrics_.ConnectionOpened();
  }
  std::uint64_t id = next_id_++;
  auto connection = std::make_shared<Connection>(*this, std::move(socket), id, admitted);
  {
    std::lock_guard lock(mu_);
    connections_.emplace(id, connection);
  }
  connection->Start();
  Accept();
}

void Server::Impl::ConnectionEnded(std::uint64_t id, bool admitted) {
  if (admitted) {
    admitted_.fetch_sub(1);
    metrics_.ConnectionClosed();
  }
  std::lock_guard lock(mu_);
  connections_.erase(id);
  if (connections_.empty()) cv_.notify_all();
}

void Server::Impl::Shutdown() {
  std::lock_guard shutdown_lock(shutdown_mu_);
  {
    std::lock_guard lock(mu_);
    if (stopped_) return;
    if (!running_) {
      stopped_ = true;
      cv_.notify_all();
      return;
    }
  }
  draining_.store(true);
  net::post(acceptor_.get_executor(), [this] {
    error_code ec;
    acceptor_.close(ec);
    accept_retry_.cancel();
    std::lock_guard lock(mu_);
    acceptor_closed_ = true;
    cv_.notify_all();
  });
  std::vector<std::shared_ptr<Connection>> live;
  {
    std::lock_guard lock(mu_);
    for (const auto& [id, weak] : connections_) {
      if (auto connection = weak.lock()) live.push_back(std::move(connection));
    }
  }
  for (const auto& connection : live) connection->Drain();
  live.clear();
  {
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, options_.shutdown_grace,
                 [this] { return acceptor_closed_ && connections_.empty(); });
  }
  work_.reset();
  io_context_.stop();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
  {
    std::lock_guard lock(mu_);
    stopped_ = true;
    signals_.reset();  // SIGINT and SIGTERM take their default action again
  }
  cv_.notify_all();
}

void Server::Impl::CatchSignals() {
  std::lock_guard lock(mu_);
  signals_.emplace(io_context_, SIGINT, SIGTERM);
  signals_->async_wait([this](error_code ec, int signal_number) {
    if (ec) return;
    pipeline_.logger().Log(LogLevel::kInfo, "signal_received", {Num("signal", signal_number)});
    std::lock_guard signal_lock(mu_);
    signalled_ = true;
    // Only the first signal is ours: without a handler, a second one takes
    // the default action and ends a shutdown that is taking too long.
    signals_.reset();
    cv_.notify_all();
  });
}

void Server::Impl::WaitForSignal() {
  std::unique_lock lock(mu_);
  if (stopped_ || !running_) return;
  cv_.wait(lock, [this] { return signalled_ || stopped_; });
  bool shut_down_here = signalled_ && !stopped_;
  lock.unlock();
  if (shut_down_here) Shutdown();
}

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options, Router router,
                                              ServerHooks hooks, const StaticAssets* assets,
                                              Logger& logger, Metrics& metrics) {
  if (sodium_init() < 0) return Fail(ErrorCode::kUnavailable, "libsodium cannot initialise");
  auto impl =
      std::make_unique<Impl>(options, std::move(router), std::move(hooks), assets, logger, metrics);
  if (Status listening = impl->Listen(); !listening) return Fail(listening.error());
  impl->Run();
  return std::make_unique<Server>(PassKey(), std::move(impl));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::Server(PassKey, std::unique_ptr<Impl> impl) : Server(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const { return impl_->port(); }
void Server::Shutdown() { impl_->Shutdown(); }
void Server::WaitForSignal() { impl_->WaitForSignal(); }

}  // namespace lw::http
