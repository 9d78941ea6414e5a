// StaticAssets: CSS, JavaScript, images and fonts served from memory with
// content-hashed names and long-lived cache headers.
//
// Contract: `Load(dir)` reads every regular file under `dir` (recursively,
// skipping hidden names that start with '.') at start-up; each is served
// at "/assets/<dir>/<stem>.<hash8>.<ext>" where hash8 is the first 8 hex
// digits of its SHA-256, with `Cache-Control: public, max-age=31536000,
// immutable`. Each is also served at its plain path
// "/assets/<relative path>" (stylesheets refer to their images that way)
// with `Cache-Control: public, max-age=3600`; both carry the same ETag (the
// full SHA-256 in quotes). `Url("css/app.css")` gives the hashed address
// for templates (LW_CHECK-fails for an unknown name: a template naming a
// missing asset is a bug). `Find(path)` looks up a request path (null on a
// miss). Fails with kUnavailable naming the directory when it cannot be
// read.
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
  std::string etag;           // "\"3f2a9c1d...\""
  std::string cache_control;  // depends on the address it was found at
};

class StaticAssets {
 public:
  static Result<std::unique_ptr<StaticAssets>> Load(const std::string& dir);

  const std::string& Url(std::string_view name) const;
  const Asset* Find(std::string_view request_path) const;  // null on a miss
  std::size_t size() const { return by_url_.size(); }      // number of files

  // "text/css; charset=utf-8" for "app.css"; application/octet-stream when unknown.
  static std::string_view ContentTypeFor(std::string_view file_name);

 private:
  StaticAssets() = default;
  std::unordered_map<std::string, std::string> url_by_name_;
  std::unordered_map<std::string, Asset> by_url_;
  std::unordered_map<std::string, Asset> by_plain_path_;  // "/assets/css/app.css"
};

}  // namespace lw::http
