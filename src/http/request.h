// Request: an HTTP request as handlers see it. No Beast types here.
//
// Contract: header names are lower case; `path` is the percent-decoded path
// without the query; `params` holds the route's path parameters (filled by
// the router); `form` holds the decoded fields of an
// application/x-www-form-urlencoded body (filled by the pipeline before the
// handler runs). All accessors return std::nullopt on a miss.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lw::http {

// Decoded name/value pairs in order; a name may repeat (checkboxes).
class Form {
 public:
  void Add(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }
  std::optional<std::string_view> Get(std::string_view name) const;
  // The value, or "" when absent.
  std::string_view Value(std::string_view name) const { return Get(name).value_or(""); }
  std::vector<std::string_view> GetAll(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Decodes "a=1&b=two+words&c=%3Cx%3E". Malformed percent escapes fail.
std::optional<Form> ParseUrlEncoded(std::string_view text);

struct Request {
  std::string method;  // "GET", "POST" ...
  std::string target;  // as sent: "/people?team=x"
  std::string path;    // "/people"
  std::string query;   // "team=x"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote_address;  // peer IP
  std::string request_id;
  std::unordered_map<std::string, std::string> params;
  std::optional<Form> form;

  std::optional<std::string_view> Header(std::string_view lower_name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  std::optional<std::string> QueryParam(std::string_view name) const;
  // Every value of a repeated name, in order ("locality=a&locality=b").
  std::vector<std::string> QueryParams(std::string_view name) const;
  std::string_view Param(std::string_view name) const;  // "" when absent
};

}  // namespace lw::http
