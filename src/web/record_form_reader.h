// For tests of the record pages' forms (included only by record_*_test.cc):
// the fields a browser would submit from a rendered form, so a test can
// post back exactly what a page offers and change only what a person would.
//
// Contract: `SubmittedForm` finds the first <form> whose action is
// `action` and returns, in document order within each kind: every <input>
// with a name (text and hidden by their value; checkboxes and radios only
// when checked), every <textarea>, and every <select> (its selected option,
// else its first). Buttons are not included: add `add=...` to press one.
// Character references the Html builder writes (&amp; &lt; &gt; &quot;
// &#39;) are decoded. Not a general HTML parser: it reads what our
// components write.
#pragma once

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <string_view>
#include <utility>

#include "http/request.h"

namespace lw::web::testing {

inline std::string Unescaped(std::string text) {
  static constexpr std::pair<std::string_view, std::string_view> kRefs[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [ref, ch] : kRefs) {
    for (std::size_t at = text.find(ref); at != std::string::npos; at = text.find(ref, at + 1)) {
      text.replace(at, ref.size(), ch);
    }
  }
  return text;
}

// The value of attribute `name` in `tag`; "" when absent.
inline std::string AttrOf(const std::string& tag, const std::string& name) {
  std::smatch m;
  if (std::regex_search(tag, m, std::regex(" " + name + "=\"([^\"]*)\""))) {
    return Unescaped(m[1]);
  }
  return "";
}

inline http::Form SubmittedForm(const std::string& html, std::string_view action) {
  http::Form form;
  const std::size_t start = html.find("<form action=\"" + std::string(action) + "\"");
  EXPECT_NE(start, std::string::npos) << "no form for " << action;
  if (start == std::string::npos) return form;
  const std::size_t end = html.find("</form>", start);
  const std::string body = html.substr(start, end - start);

  static const std::regex kInput(R"(<input\b[^>]*>)");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), kInput);
       it != std::sregex_iterator(); ++it) {
    const std::string tag = it->str();
    const std::string name = AttrOf(tag, "name");
    const std::string type = AttrOf(tag, "type");
    if (name.empty()) continue;
    const bool choice = type == "checkbox" || type == "radio";
    if (choice && tag.find(" checked") == std::string::npos) continue;
    form.Add(name, AttrOf(tag, "value"));
  }
  static const std::regex kTextarea(R"(<textarea\b([^>]*)>([^<]*)</textarea>)");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), kTextarea);
       it != std::sregex_iterator(); ++it) {
    form.Add(AttrOf((*it)[1].str(), "name"), Unescaped((*it)[2].str()));
  }
  static const std::regex kSelect(R"(<select\b([^>]*)>([\s\S]*?)</select>)");
  static const std::regex kOption(R"re(<option value="([^"]*)"( selected)?>)re");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), kSelect);
       it != std::sregex_iterator(); ++it) {
    const std::string options = (*it)[2].str();
    std::string value;
    bool first = true;
    for (auto o = std::sregex_iterator(options.begin(), options.end(), kOption);
         o != std::sregex_iterator(); ++o) {
      if (first || (*o)[2].matched) value = Unescaped((*o)[1].str());
      first = false;
      if ((*o)[2].matched) break;
    }
    form.Add(AttrOf((*it)[1].str(), "name"), value);
  }
  return form;
}

// `form` with every value of `name` replaced by `value` (added if absent).
inline http::Form With(const http::Form& form, std::string_view name, std::string_view value) {
  http::Form out;
  bool done = false;
  for (const auto& [n, v] : form.fields()) {
    if (n != name) {
      out.Add(n, v);
    } else if (!done) {
      out.Add(n, std::string(value));
      done = true;
    }
  }
  if (!done) out.Add(std::string(name), std::string(value));
  return out;
}

}  // namespace lw::web::testing
