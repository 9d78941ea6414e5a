// StaticAssets: CSS, JavaScript, images and fonts served from memory with
// content-hashed names and long-lived cache headers.
//
// Contract: `Load(dir)` reads every regular file under `dir` (recursively)
// at start-up; each is served at "/assets/<stem>.<hash8>.<ext>" where hash8
// is the first 8 hex digits of its SHA-256, with
// `Cache-Control: public, max-age=31536000, immutable`. `Url("css/app.css")`
// gives that address for templates (LW_CHECK-fails for an unknown name: a
// template naming a missing asset is a bug). `Find(path)` looks up a
// request path. Fails with kUnavailable naming the directory when it
// cannot be read.
//
// Thread-safety: immutable after Load; safe from any thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/error.h"

namespace lw::http {

struct Asset {
  std::string url;           // "/assets/css/app.3f2a9c1d.css"
  std::string content_type;  // "text/css; charset=utf-8"
  std::string body;
  std::string etag;          // "\"3f2a9c1d...\""
};

class StaticAssets {
 public:
  static Result<std::unique_ptr<StaticAssets>> Load(const std::string& dir);

  const std::string& Url(std::string_view name) const;
  const Asset* Find(std::string_view request_path) const;  // null on a miss
  std::size_t size() const { return by_url_.size(); }

 private:
  StaticAssets() = default;
  std::unordered_map<std::string, std::string> url_by_name_;
  std::unordered_map<std::string, Asset> by_url_;
};

}  // namespace lw::http
