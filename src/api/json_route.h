// What the JSON routes share (people, introductions, team_api*.cc): ETags, If-Match,
// reading a JSON body, and answering with JSON or problem+json.
//
// Private to api/: it includes Boost.JSON.
//
// Contract:
//  - `ParseVersionTag` reads an ETag such as "3" (or W/"3"): the whole
//    value must be a whole number >= `min_version` in quotes; else nullopt.
//  - `IfMatch` is the request's If-Match version: a 428 problem without
//    one, a 422 problem naming "If-Match" when it is not such an ETag.
//  - `JsonBody` is the body as a JSON object: 415 unless the content type
//    is application/json, 400 unless the body is one JSON object; with
//    `empty_is_object`, an empty body of any type is {}.
//  - `Invalid` is a 422 problem listing `errors`, named as given.
//
// Thread-safety: pure functions.
#pragma once

#include <boost/json.hpp>

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "http/response.h"

namespace lw::api {

std::string ETag(long long version);
std::optional<long long> ParseVersionTag(std::string_view tag, long long min_version = 1);
std::expected<long long, http::Response> IfMatch(const http::Request& request,
                                                 long long min_version = 1);
std::expected<boost::json::object, http::Response> JsonBody(const http::Request& request,
                                                            bool empty_is_object = false);

http::Response JsonOk(const boost::json::value& body, int status = 200);
// `body` with its version as the ETag header.
http::Response JsonRecord(const boost::json::object& body, long long version, int status = 200);
http::Response Invalid(std::vector<FieldError> errors, const http::Request& request);

}  // namespace lw::api
