#include <boost/json.hpp>

#include "api/api.h"
#include "http/error_status.h"

namespace lw::api {
namespace {

std::string_view Title(int status) {
  switch (status) {
    case 400:
      return "Bad request";
    case 401:
      return "Sign-in required";
    case 403:
      return "Forbidden";
    case 404:
      return "Not found";
    case 405:
      return "Method not allowed";
    case 408:
      return "Request timeout";
    case 409:
      return "Conflict";
    case 412:
      return "The record has changed";
    case 413:
      return "Request too large";
    case 415:
      return "Unsupported media type";
    case 422:
      return "There is a problem with the request";
    case 428:
      return "If-Match required";
    case 429:
      return "Too many requests";
    case 503:
      return "Service unavailable";
    default:
      return status >= 500 ? "Internal error" : "Error";
  }
}

std::string_view Slug(int status) {
  switch (status) {
    case 400:
      return "bad-request";
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not-found";
    case 405:
      return "method-not-allowed";
    case 408:
      return "request-timeout";
    case 413:
      return "too-large";
    case 415:
      return "unsupported-media-type";
    case 428:
      return "if-match-required";
    case 429:
      return "too-many-requests";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

http::Response Render(const boost::json::object& body, int status) {
  http::Response r = http::Response::Json(boost::json::serialize(body), status);
  r.content_type = "application/problem+json";
  return r;
}

}  // namespace

http::Response ProblemForStatus(int status, const http::Request& request, std::string_view detail) {
  boost::json::object o;
  o["type"] = "urn:livingwell:problem:" + std::string(Slug(status));
  o["title"] = Title(status);
  o["status"] = status;
  if (!detail.empty()) o["detail"] = detail;
  o["instance"] = request.path;
  return Render(o, status);
}

http::Response ProblemForError(const Error& error, const http::Request& request) {
  const int status = http::HttpStatusFor(error.code);
  boost::json::object o;
  o["type"] = "urn:livingwell:problem:" + std::string(ErrorCodeName(error.code));
  o["title"] = Title(status);
  o["status"] = status;
  // Failures on our side are logged (log_detail), not described to the caller.
  if (error.code == ErrorCode::kUnavailable) {
    o["detail"] = "The service is unavailable just now. Try again in a few minutes.";
  } else if (status >= 500) {
    o["detail"] = "Something went wrong on our side";
  } else {
    o["detail"] = error.message;
  }
  o["instance"] = request.path;
  if (!error.field_errors.empty()) {
    boost::json::array errors;
    for (const auto& f : error.field_errors) {
      errors.push_back(boost::json::object{{"field", f.field}, {"message", f.message}});
    }
    o["errors"] = std::move(errors);
  }
  if (error.code == ErrorCode::kConflict) o["current_version"] = error.current_version;
  http::Response response = Render(o, status);
  if (status >= 500) response.log_detail = error.message;
  return response;
}

}  // namespace lw::api
