#include "web/html.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lw::web {
namespace html_test {
namespace {

// Escaped by construction: a runtime string cannot be appended as markup.
template <typename T>
concept Appendable = requires(Html& h, T value) {
  h << value;
};
static_assert(!Appendable<std::string>, "std::string must go through Text()/Attr()");
static_assert(!Appendable<const std::string&>);
static_assert(!Appendable<std::string_view>);
static_assert(!Appendable<char>);
static_assert(!Appendable<bool>);
static_assert(!std::is_constructible_v<Markup, std::string>);
static_assert(!std::is_constructible_v<Markup, std::string_view>);
static_assert(Appendable<Markup>);
static_assert(Appendable<EscapedText>);
static_assert(Appendable<int>);
// Not checkable with a concept (requires-expressions are unevaluated), so
// written down: `h << some_string.c_str()` fails to compile because
// Markup's constructor is consteval and the pointer is not a constant.

TEST(HtmlTest, LiteralsAreMarkupAndTextIsEscaped) {
  Html h;
  std::string name = "Asha Patel";
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(name) << "</h1>";
  EXPECT_EQ(h.str(), "<h1 class=\"nhsuk-heading-l\">Asha Patel</h1>");
}

TEST(HtmlTest, ScriptInTextIsInert) {
  Html h;
  std::string hostile = "<script>alert(1)</script>";
  h << "<p>" << Text(hostile) << "</p>";
  EXPECT_EQ(h.str(), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
}

TEST(HtmlTest, AttributeInjectionIsInert) {
  Html h;
  std::string double_quoted = "x\" onmouseover=\"alert(1)";
  std::string single_quoted = "x' autofocus onfocus='alert(1)";
  h << "<input value=\"" << Attr(double_quoted) << "\">";
  h << "<input value='" << Attr(single_quoted) << "'>";
  EXPECT_EQ(h.str(),
            "<input value=\"x&quot; onmouseover=&quot;alert(1)\">"
            "<input value='x&#39; autofocus onfocus=&#39;alert(1)'>");
}

TEST(HtmlTest, EscapesEveryReservedCharacter) {
  EXPECT_EQ(Escape("& < > \" '"), "&amp; &lt; &gt; &quot; &#39;");
  // Already-escaped text is escaped again: what was typed is what is shown.
  EXPECT_EQ(Escape("&amp;"), "&amp;amp;");
  EXPECT_EQ(Escape(""), "");
}

TEST(HtmlTest, OtherBytesPassThrough) {
  // UTF-8, tabs and newlines are text, not markup.
  EXPECT_EQ(Escape("Zoë O’Brien\t\n"), "Zoë O’Brien\t\n");
  std::string with_nul("a\0b", 3);
  EXPECT_EQ(Escape(with_nul), with_nul);
}

TEST(HtmlTest, IntegersAreDigits) {
  Html h;
  h << "<td>" << 42 << "</td><td>" << -7LL << "</td><td>" << std::size_t{0} << "</td>";
  EXPECT_EQ(h.str(), "<td>42</td><td>-7</td><td>0</td>");
}

TEST(HtmlTest, FragmentsNest) {
  Html inner;
  inner << "<li>" << Text("a & b") << "</li>";
  Html outer;
  outer << "<ul>" << inner << "</ul>";
  EXPECT_EQ(outer.str(), "<ul><li>a &amp; b</li></ul>");
  EXPECT_EQ(std::move(outer).Release(), "<ul><li>a &amp; b</li></ul>");
}

TEST(HtmlTest, MarkupChosenAtRunTimeFromLiterals) {
  for (bool error : {false, true}) {
    Html h;
    h << "<div class=\"" << (error ? Markup("x x--error") : Markup("x")) << "\"></div>";
    EXPECT_EQ(h.str(), error ? "<div class=\"x x--error\"></div>" : "<div class=\"x\"></div>");
  }
}

TEST(HtmlTest, EmptyBuilder) {
  Html h;
  EXPECT_TRUE(h.empty());
  h << "";
  EXPECT_TRUE(h.empty());
  h << Text("x");
  EXPECT_FALSE(h.empty());
}

}  // namespace
}  // namespace html_test
}  // namespace lw::web
