#include "api/json_route.h"

#include <charconv>
#include <utility>

#include "api/api.h"

namespace lw::api {

namespace json = boost::json;

std::string ETag(long long version) { return "\"" + std::to_string(version) + "\""; }

std::optional<long long> ParseVersionTag(std::string_view tag, long long min_version) {
  if (tag.starts_with("W/")) tag.remove_prefix(2);
  if (tag.size() < 3 || tag.front() != '"' || tag.back() != '"') return std::nullopt;
  std::string_view digits = tag.substr(1, tag.size() - 2);
  long long version = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), version);
  if (ec != std::errc() || end != digits.data() + digits.size() || version < min_version) {
    return std::nullopt;
  }
  return version;
}

std::expected<long long, http::Response> IfMatch(const http::Request& request,
                                                 long long min_version) {
  auto if_match = request.Header("if-match");
  if (!if_match) return std::unexpected(ProblemForStatus(428, request));
  auto version = ParseVersionTag(*if_match, min_version);
  if (!version) {
    return std::unexpected(Invalid(
        {{"If-Match", min_version == 0 ? "If-Match must be an ETag like \"3\", or \"0\" for none"
                                       : "If-Match must be an ETag like \"3\""}},
        request));
  }
  return *version;
}

std::expected<json::object, http::Response> JsonBody(const http::Request& request,
                                                     bool empty_is_object) {
  if (empty_is_object && request.body.empty()) return json::object();
  auto type = request.Header("content-type").value_or("");
  if (!type.starts_with("application/json")) {
    return std::unexpected(ProblemForStatus(415, request));
  }
  boost::system::error_code ec;
  json::value v = json::parse(request.body, ec);
  if (ec || !v.is_object()) {
    return std::unexpected(ProblemForStatus(400, request, "The body must be a JSON object"));
  }
  return std::move(v.as_object());
}

http::Response JsonOk(const json::value& body, int status) {
  return http::Response::Json(json::serialize(body), status);
}

http::Response JsonRecord(const json::object& body, long long version, int status) {
  http::Response r = JsonOk(body, status);
  r.SetHeader("ETag", ETag(version));
  return r;
}

http::Response Invalid(std::vector<FieldError> errors, const http::Request& request) {
  return ProblemForError(Error::Invalid("There is a problem", std::move(errors)), request);
}

}  // namespace lw::api
