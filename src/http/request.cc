#include "http/request.h"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/pct_string_view.hpp>

#include "http/text.h"

namespace lw::http {

namespace {

// Percent-decodes one name or value of an urlencoded pair ('+' is a space).
std::optional<std::string> DecodeComponent(std::string_view text) {
  auto pct = boost::urls::make_pct_string_view(text);
  if (!pct) return std::nullopt;
  return pct->decode(boost::urls::encoding_opts(/*space_as_plus=*/true));
}

// Calls `visit(name, value)` for each "name=value" piece of an urlencoded
// string until it returns false. A piece with a malformed escape stops the
// walk with false when `strict`, and is skipped otherwise.
template <typename Visit>
bool ForEachPair(std::string_view text, bool strict, Visit&& visit) {
  while (!text.empty()) {
    std::size_t amp = text.find('&');
    std::string_view piece = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (piece.empty()) continue;  // "a=1&&b=2"
    std::size_t eq = piece.find('=');
    std::string_view raw_name = piece.substr(0, eq);
    std::string_view raw_value = eq == std::string_view::npos ? "" : piece.substr(eq + 1);
    auto name = DecodeComponent(raw_name);
    auto value = DecodeComponent(raw_value);
    if (!name || !value) {
      if (strict) return false;
      continue;
    }
    if (!visit(std::move(*name), std::move(*value))) return true;
  }
  return true;
}

}  // namespace

std::optional<std::string_view> Form::Get(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (n == name) return std::string_view(v);
  }
  return std::nullopt;
}

std::vector<std::string_view> Form::GetAll(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [n, v] : fields_) {
    if (n == name) out.emplace_back(v);
  }
  return out;
}

std::optional<Form> ParseUrlEncoded(std::string_view text) {
  Form form;
  bool ok = ForEachPair(text, /*strict=*/true, [&](std::string name, std::string value) {
    form.Add(std::move(name), std::move(value));
    return true;
  });
  if (!ok) return std::nullopt;
  return form;
}

std::optional<std::string_view> Request::Header(std::string_view lower_name) const {
  for (const auto& [n, v] : headers) {
    if (n == lower_name) return std::string_view(v);
  }
  return std::nullopt;
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  // RFC 6265 section 5.4: "a=b; c=d". Browsers send one Cookie header, but
  // look at every one in case a proxy split them.
  for (const auto& [n, v] : headers) {
    if (n != "cookie") continue;
    std::string_view rest = v;
    while (!rest.empty()) {
      std::size_t semi = rest.find(';');
      std::string_view piece = TrimOws(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      std::size_t eq = piece.find('=');
      if (eq == std::string_view::npos) continue;
      if (TrimOws(piece.substr(0, eq)) != name) continue;
      std::string_view value = TrimOws(piece.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      return std::string(value);
    }
  }
  return std::nullopt;
}

std::optional<std::string> Request::QueryParam(std::string_view name) const {
  std::optional<std::string> found;
  // A malformed pair is a miss; it does not hide the others.
  ForEachPair(query, /*strict=*/false, [&](const std::string& n, std::string v) {
    if (n != name) return true;
    found = std::move(v);
    return false;
  });
  return found;
}

std::vector<std::string> Request::QueryParams(std::string_view name) const {
  std::vector<std::string> found;
  ForEachPair(query, /*strict=*/false, [&](const std::string& n, std::string v) {
    if (n == name) found.push_back(std::move(v));
    return true;
  });
  return found;
}

std::string_view Request::Param(std::string_view name) const {
  auto it = params.find(std::string(name));
  if (it == params.end()) return "";
  return it->second;
}

}  // namespace lw::http
