// Html: a string builder for HTML in which text is escaped by construction.
//
// Contract: only two kinds of thing can be appended.
//  - `Markup`: a fragment of markup written in the source code. Its only
//    constructor is `consteval` and takes a `const char*`, so it accepts
//    string literals (and other compile-time constants) and nothing built at
//    run time.
//  - Escaped text: `Text(value)` (element content) and `Attr(value)` (a
//    quoted attribute value) escape & < > " ' so any runtime string,
//    however hostile, appears as text. Integers are appended as digits.
// Another `Html` can be appended whole: it was built by the same rules.
//
//   Html h;
//   h << "<h1 class=\"nhsuk-heading-l\">" << Text(name) << "</h1>";
//   h << "<a href=\"/people/" << Attr(id) << "\">";
//
// What does not compile (html_test.cc checks these with static_assert):
//   std::string s = request_input;
//   h << s;           // error: no operator<< for std::string
//   h << s.c_str();   // error: Markup's consteval constructor needs a
//                     //        constant expression
//   h << std::string_view(s);  // error: no operator<< for string_view
//
// Attribute values must always be written inside double quotes in the
// literal (`href="` << Attr(x) << `"`): escaping cannot protect an
// unquoted attribute. URLs built from input must start with a fixed
// literal path ("/people/") so no `javascript:` scheme can get in.
//
// Thread-safety: a value type; no shared state.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace lw::web {

// A fragment of markup from the source code.
class Markup {
 public:
  // consteval: a runtime string cannot become markup.
  consteval Markup(const char* literal) : text_(literal) {}  // NOLINT(google-explicit-constructor)
  constexpr std::string_view view() const { return text_; }

 private:
  std::string_view text_;
};

// Text to be escaped where it is appended. Holds a view: use it at once.
class EscapedText {
 public:
  explicit constexpr EscapedText(std::string_view text) : text_(text) {}
  constexpr std::string_view view() const { return text_; }

 private:
  std::string_view text_;
};

// Element content: <p>Text(x)</p>.
constexpr EscapedText Text(std::string_view text) { return EscapedText(text); }
// A double-quoted attribute value: value="Attr(x)". Same escaping as Text;
// a separate name so the intent shows at the call site.
constexpr EscapedText Attr(std::string_view value) { return EscapedText(value); }

// Appends `text` to `out` with & < > " ' replaced by character references.
void AppendEscaped(std::string& out, std::string_view text);
// The escaped form of `text` (for tests and for headers built elsewhere).
std::string Escape(std::string_view text);

class Html {
 public:
  Html() = default;

  Html& operator<<(Markup markup) {
    out_.append(markup.view());
    return *this;
  }
  Html& operator<<(EscapedText text) {
    AppendEscaped(out_, text.view());
    return *this;
  }
  Html& operator<<(const Html& fragment) {
    out_.append(fragment.out_);
    return *this;
  }
  // Integers as decimal digits (bool and characters excluded: they would
  // print as numbers by surprise).
  template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char> && !std::same_as<I, char8_t>) Html&
  operator<<(I number) {
    out_.append(std::to_string(number));
    return *this;
  }

  const std::string& str() const { return out_; }
  std::string Release() && { return std::move(out_); }
  bool empty() const { return out_.empty(); }

 private:
  std::string out_;
};

}  // namespace lw::web
