// Server::Impl: the listening socket, the I/O threads and the set of live
// connections. Internal to src/http (it includes Asio); nothing outside
// this folder includes it.
//
// Lifecycle (one controlling thread calls Start, Shutdown, WaitForSignal):
//
//   kServing --Shutdown()--> kDraining --all connections gone or grace over-->
//   kStopped
//
//   kServing:  the acceptor accepts; each accepted socket becomes a
//              Connection (admitted while fewer than max_connections are
//              admitted, otherwise it only answers 503).
//   kDraining: draining() is true; the acceptor is closed (posted to its
//              strand), idle connections are closed, busy ones finish their
//              request, answer it with `Connection: close` and close.
//   kStopped:  the io_context is stopped and the threads joined; anything
//              still open is destroyed with the io_context.
//
// SIGINT and SIGTERM are caught from Run() until the first one arrives or
// the server stops; the first sets signalled_, which WaitForSignal acts on
// (at once if it came before WaitForSignal was called).
//
// Connections call ConnectionEnded from their destructor, on any thread;
// the registry is guarded by mu_.
#pragma once

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include "http/pipeline.h"
#include "http/server.h"

namespace lw::http {

class Connection;

class Server::Impl {
 public:
  Impl(const ServerOptions& options, Router router, ServerHooks hooks, const StaticAssets* assets,
       Logger& logger, Metrics& metrics);
  ~Impl();

  Status Listen();
  void Run();  // starts accepting and the I/O threads
  void Shutdown();
  void WaitForSignal();
  int port() const { return port_; }

  // For connections.
  const ServerOptions& options() const { return options_; }
  const Pipeline& pipeline() const { return pipeline_; }
  bool draining() const { return draining_.load(); }
  void ConnectionEnded(std::uint64_t id, bool admitted);

 private:
  void CatchSignals();
  void Accept();
  void OnAccept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

  const ServerOptions options_;
  Pipeline pipeline_;
  Metrics& metrics_;
  int port_ = 0;

  // Read by connections' destructors, which may run while io_context_ is
  // being destroyed: declared before it so they outlive it.
  std::mutex mu_;
  std::condition_variable cv_;
  std::unordered_map<std::uint64_t, std::weak_ptr<Connection>> connections_;  // guarded by mu_
  bool running_ = false;          // guarded by mu_; Run() was called
  bool acceptor_closed_ = false;  // guarded by mu_
  bool signalled_ = false;        // guarded by mu_
  bool stopped_ = false;          // guarded by mu_
  std::atomic<int> admitted_{0};  // connections counting against max_connections
  std::atomic<bool> draining_{false};
  std::uint64_t next_id_ = 0;  // acceptor strand only
  std::mutex shutdown_mu_;     // one Shutdown at a time

  boost::asio::io_context io_context_;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> work_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer accept_retry_;          // after EMFILE and the like
  std::optional<boost::asio::signal_set> signals_;  // guarded by mu_
  std::vector<std::thread> threads_;
};

}  // namespace lw::http
