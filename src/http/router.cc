#include "http/router.h"

#include <array>
#include <utility>

#include "base/check.h"

namespace lw::http {

namespace {

using Segments = std::array<std::string_view, Router::kMaxSegments>;

// Splits "/a/b" into {"a", "b"} and "/" into {""}. Returns the count, or
// nullopt when the path does not start with '/' or has too many segments.
std::optional<std::size_t> Split(std::string_view path, Segments& out) {
  if (path.empty() || path.front() != '/') return std::nullopt;
  path.remove_prefix(1);
  std::size_t n = 0;
  while (true) {
    if (n == out.size()) return std::nullopt;
    std::size_t slash = path.find('/');
    out[n++] = path.substr(0, slash);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return n;
}

bool IsMethodToken(std::string_view method) {
  if (method.empty()) return false;
  for (char c : method) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

void AppendMethod(std::string& allow, std::string_view method) {
  // Few methods per path: a linear scan of the list so far is enough.
  std::string_view rest = allow;
  while (!rest.empty()) {
    std::size_t comma = rest.find(", ");
    if (rest.substr(0, comma) == method) return;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 2);
  }
  if (!allow.empty()) allow.append(", ");
  allow.append(method);
}

}  // namespace

void Router::Add(std::string method, std::string pattern, RouteAccess access, Handler handler,
                 RouteKind kind) {
  LW_CHECK(IsMethodToken(method));
  LW_CHECK(handler != nullptr);
  Segments parts;
  auto count = Split(pattern, parts);
  LW_CHECK(count.has_value());
  Compiled compiled;
  for (std::size_t i = 0; i < *count; ++i) {
    std::string_view part = parts[i];
    Segment segment;
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      segment.text = std::string(part.substr(1, part.size() - 2));
      segment.is_param = true;
      LW_CHECK(!segment.text.empty());
      for (const Segment& earlier : compiled.segments) {
        LW_CHECK(!(earlier.is_param && earlier.text == segment.text));
      }
    } else {
      LW_CHECK(part.find_first_of("{}") == std::string_view::npos);
      segment.text = std::string(part);
      compiled.literal_mask |= 1u << (31 - i);
    }
    compiled.segments.push_back(std::move(segment));
  }
  // The same method and shape twice would make one of them unreachable.
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    if (routes_[r].method != method) continue;
    const auto& a = compiled_[r].segments;
    const auto& b = compiled.segments;
    bool same = a.size() == b.size();
    for (std::size_t i = 0; same && i < a.size(); ++i) {
      same = a[i].is_param == b[i].is_param && (a[i].is_param || a[i].text == b[i].text);
    }
    LW_CHECK(!same);
  }
  std::string name = pattern;
  routes_.push_back(Route{.method = std::move(method),
                          .pattern = std::move(pattern),
                          .access = access,
                          .handler = std::move(handler),
                          .kind = kind,
                          .name = std::move(name)});
  compiled_.push_back(std::move(compiled));
}

bool Router::Matches(const Compiled& compiled, const std::string_view* parts, std::size_t count) {
  if (compiled.segments.size() != count) return false;
  for (std::size_t i = 0; i < count; ++i) {
    const Segment& s = compiled.segments[i];
    if (s.is_param ? parts[i].empty() : s.text != parts[i]) return false;
  }
  return true;
}

Router::Match Router::Find(std::string_view method, std::string_view path) const {
  Match match;
  Segments parts;
  auto count = Split(path, parts);
  if (!count) return match;

  std::size_t best = routes_.size();
  std::size_t best_get = routes_.size();  // a GET route to answer HEAD with
  bool path_matched = false;
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    const Compiled& c = compiled_[r];
    if (!Matches(c, parts.data(), *count)) continue;
    path_matched = true;
    const std::string& m = routes_[r].method;
    if (m == method) {
      if (best == routes_.size() || c.literal_mask > compiled_[best].literal_mask) best = r;
    } else if (method == "HEAD" && m == "GET") {
      if (best_get == routes_.size() || c.literal_mask > compiled_[best_get].literal_mask) {
        best_get = r;
      }
    }
  }
  if (best == routes_.size()) best = best_get;
  if (best == routes_.size()) {
    if (!path_matched) return match;
    match.method_not_allowed = true;
    for (std::size_t r = 0; r < routes_.size(); ++r) {
      if (!Matches(compiled_[r], parts.data(), *count)) continue;
      AppendMethod(match.allow, routes_[r].method);
      if (routes_[r].method == "GET") AppendMethod(match.allow, "HEAD");
    }
    return match;
  }
  match.route = &routes_[best];
  const Compiled& c = compiled_[best];
  for (std::size_t i = 0; i < *count; ++i) {
    if (c.segments[i].is_param) match.params.emplace(c.segments[i].text, std::string(parts[i]));
  }
  return match;
}

}  // namespace lw::http
