#include "http/static_assets.h"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/check.h"
#include "http/text.h"

namespace lw::http {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kShortLived = "public, max-age=3600";

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (unsigned char c : digest) {
    hex.push_back(kHex[c >> 4]);
    hex.push_back(kHex[c & 0xf]);
  }
  return hex;
}

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(ErrorCode::kUnavailable, "cannot read asset " + path.string());
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Fail(ErrorCode::kUnavailable, "cannot read asset " + path.string());
  return std::move(contents).str();
}

}  // namespace

std::string_view StaticAssets::ContentTypeFor(std::string_view file_name) {
  std::size_t dot = file_name.rfind('.');
  std::string ext = dot == std::string_view::npos ? "" : AsciiToLower(file_name.substr(dot + 1));
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  if (ext == "json" || ext == "map") return "application/json";
  if (ext == "txt") return "text/plain; charset=utf-8";
  if (ext == "html") return "text/html; charset=utf-8";
  return "application/octet-stream";
}

Result<std::unique_ptr<StaticAssets>> StaticAssets::Load(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Fail(ErrorCode::kUnavailable, "cannot read static assets directory " + dir + ": " +
                                             (ec ? ec.message() : "not a directory"));
  }
  StaticAssets assets;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::string file_name = entry.path().filename().string();
    if (file_name.starts_with('.')) {  // editor and VCS droppings
      if (entry.is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file(ec) || ec) continue;
    auto body = ReadFile(entry.path());
    if (!body) return Fail(body.error());
    std::string name = entry.path().lexically_relative(dir).generic_string();
    std::string hash = Sha256Hex(*body);
    fs::path rel(name);
    std::string parent = rel.parent_path().generic_string();
    std::string url = "/assets/";
    if (!parent.empty()) url.append(parent).push_back('/');
    url.append(rel.stem().string()).append(".").append(hash.substr(0, 8));
    url.append(rel.extension().string());

    Asset asset{.url = url,
                .content_type = std::string(ContentTypeFor(file_name)),
                .body = std::move(*body),
                .etag = "\"" + hash + "\"",
                .cache_control = std::string(kImmutable)};
    Asset plain = asset;
    plain.cache_control = std::string(kShortLived);
    assets.by_plain_path_.emplace("/assets/" + name, std::move(plain));
    assets.by_url_.emplace(url, std::move(asset));
    assets.url_by_name_.emplace(std::move(name), std::move(url));
  }
  if (ec) {
    return Fail(ErrorCode::kUnavailable,
                "cannot read static assets directory " + dir + ": " + ec.message());
  }
  return std::make_unique<StaticAssets>(std::move(assets));
}

const std::string& StaticAssets::Url(std::string_view name) const {
  auto it = url_by_name_.find(std::string(name));
  LW_CHECK(it != url_by_name_.end());
  return it->second;
}

const Asset* StaticAssets::Find(std::string_view request_path) const {
  std::string key(request_path);
  if (auto it = by_url_.find(key); it != by_url_.end()) return &it->second;
  if (auto it = by_plain_path_.find(key); it != by_plain_path_.end()) return &it->second;
  return nullptr;
}

}  // namespace lw::http
