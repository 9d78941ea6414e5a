#include "app/toml_reader.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <sstream>

namespace lw::toml_file {

std::string Join(const Known& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

std::string Path(std::string_view prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

std::string Row(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

std::string Parent(const std::string& path) {
  const std::size_t cut = path.find_last_of(".[");
  return cut == std::string::npos ? std::string() : path.substr(0, cut);
}

std::string Reader::Where(const toml::source_region& r) const {
  if (r.begin.line == 0) return source_;
  return source_ + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

void Reader::Problem(const toml::source_region& at, const std::string& path, std::string message) {
  Add(at, path, std::move(message));
  reported_.insert(path);
}

void Reader::Problem(const toml::node& at, const std::string& path, std::string message) {
  Problem(at.source(), path, std::move(message));
}

void Reader::CheckKeys(const toml::table& table, std::string_view prefix, std::string_view what,
                       const Known& known) {
  for (auto&& [key, node] : table) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    Add(key.source(), Path(prefix, key.str()),
        "unknown key: " + std::string(what) + " takes " + Join(known));
  }
}

const toml::node* Reader::Get(const toml::table& t, std::string_view prefix, std::string_view key) {
  const toml::node* node = t.get(key);
  if (node != nullptr) where_[Path(prefix, key)] = node->source();
  return node;
}

std::optional<std::string> Reader::String(const toml::table& t, std::string_view prefix,
                                          std::string_view key) {
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return std::nullopt;
  if (!node->is_string()) {
    Problem(*node, Path(prefix, key), "must be text in quotes");
    return std::nullopt;
  }
  return node->as_string()->get();
}

std::optional<bool> Reader::Bool(const toml::table& t, std::string_view prefix,
                                 std::string_view key) {
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return std::nullopt;
  if (!node->is_boolean()) {
    Problem(*node, Path(prefix, key), "must be true or false");
    return std::nullopt;
  }
  return node->as_boolean()->get();
}

std::optional<int> Reader::Int(const toml::table& t, std::string_view prefix,
                               std::string_view key) {
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return std::nullopt;
  if (!node->is_integer()) {
    Problem(*node, Path(prefix, key), "must be a whole number");
    return std::nullopt;
  }
  const std::int64_t v = node->as_integer()->get();
  return static_cast<int>(std::clamp<std::int64_t>(v, INT_MIN, INT_MAX));
}

std::optional<Points> Reader::Number(const toml::table& t, std::string_view prefix,
                                     std::string_view key) {
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return std::nullopt;
  std::optional<Points> p;
  if (node->is_integer()) {
    const std::int64_t v = node->as_integer()->get();
    if (v >= -1'000'000 && v <= 1'000'000) p = Points::Whole(static_cast<std::int32_t>(v));
  } else if (node->is_floating_point()) {
    p = PointsFromDouble(node->as_floating_point()->get());
  }
  if (!p) {
    Problem(*node, Path(prefix, key),
            "must be a number with at most two decimal places, such as 25 or 2.87");
  }
  return p;
}

std::vector<std::string> Reader::Strings(const toml::table& t, std::string_view prefix,
                                         std::string_view key) {
  std::vector<std::string> out;
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return out;
  const std::string path = Path(prefix, key);
  if (!node->is_array()) {
    Problem(*node, path, "must be a list of text in quotes, such as [\"q2\", \"q3\"]");
    return out;
  }
  const toml::array& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    where_[Row(path, i)] = array[i].source();
    if (!array[i].is_string()) {
      Problem(array[i], Row(path, i), "must be text in quotes");
      continue;
    }
    out.push_back(array[i].as_string()->get());
  }
  return out;
}

const toml::table* Reader::Table(const toml::table& t, std::string_view prefix,
                                 std::string_view key) {
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return nullptr;
  if (!node->is_table()) {
    Problem(*node, Path(prefix, key), "must be a table: [" + Path(prefix, key) + "]");
    return nullptr;
  }
  return node->as_table();
}

std::vector<std::pair<std::size_t, const toml::table*>> Reader::Rows(const toml::table& t,
                                                                     std::string_view prefix,
                                                                     std::string_view key) {
  std::vector<std::pair<std::size_t, const toml::table*>> rows;
  const toml::node* node = Get(t, prefix, key);
  if (node == nullptr) return rows;
  const std::string path = Path(prefix, key);
  if (!node->is_array()) {
    Problem(*node, path, "must be a list of tables, each headed [[" + path + "]]");
    return rows;
  }
  const toml::array& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    where_[Row(path, i)] = array[i].source();
    if (!array[i].is_table()) {
      Problem(array[i], Row(path, i), "must be a table, headed [[" + path + "]]");
      continue;
    }
    rows.emplace_back(i, array[i].as_table());
  }
  return rows;
}

void Reader::Require(const toml::table& t, std::string_view prefix, std::string_view key,
                     std::string_view why) {
  if (t.get(key) != nullptr) return;
  Problem(t.source(), Path(prefix, key), "is missing: " + std::string(why));
}

void Reader::AddValidation(const std::vector<FieldError>& errors) {
  for (const auto& e : errors) {
    if (AlreadyReported(e.field)) continue;
    std::string path = e.field;
    auto at = where_.find(path);
    while (at == where_.end() && !path.empty()) {
      path = Parent(path);
      at = where_.find(path);
    }
    Add(at != where_.end() ? at->second : toml::source_region{}, e.field, e.message);
  }
}

bool Reader::AlreadyReported(std::string path) const {
  for (; !path.empty(); path = Parent(path)) {
    if (reported_.contains(path)) return true;
  }
  return false;
}

std::vector<FieldError> Reader::TakeErrors() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const Placed& a, const Placed& b) {
    auto key = [](const Placed& p) {
      return std::pair(p.line == 0 ? UINT32_MAX : p.line, p.column);
    };
    return key(a) < key(b);
  });
  std::vector<FieldError> out;
  out.reserve(errors_.size());
  for (auto& p : errors_) out.push_back(std::move(p.error));
  errors_.clear();
  return out;
}

void Reader::Add(const toml::source_region& r, const std::string& path, std::string message) {
  errors_.push_back({r.begin.line, r.begin.column, {Where(r) + ": " + path, std::move(message)}});
}

std::optional<toml::table> ParseDocument(std::string_view text, std::string_view source_name,
                                         Reader& reader) {
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    reader.Problem(e.source(), "", std::string(e.description()));
    return std::nullopt;
  }
}

std::vector<FieldError> SyntaxError(Reader& reader) {
  std::vector<FieldError> errors = reader.TakeErrors();
  for (auto& e : errors) {
    if (e.field.ends_with(": ")) e.field.resize(e.field.size() - 2);
  }
  return errors;
}

std::unexpected<Error> Problems(std::string_view source, std::vector<FieldError> errors) {
  std::string message = std::string(source) + ": " + std::to_string(errors.size()) +
                        (errors.size() == 1 ? " problem" : " problems");
  return Fail(Error::Invalid(std::move(message), std::move(errors)));
}

Result<std::string> ReadFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Fail(
        Error::Invalid(path + ": cannot be read",
                       {{path, "cannot read " + std::string(what) + ": " + std::strerror(errno)}}));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace lw::toml_file
