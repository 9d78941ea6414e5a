#include "http/request.h"

#include <gtest/gtest.h>

namespace lw::http {
namespace request_test {
namespace {

TEST(ParseUrlEncodedTest, DecodesPlusAndPercentEscapes) {
  auto form = ParseUrlEncoded("a=1&b=two+words&c=%3Cx%3E&d=caf%C3%A9");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Value("a"), "1");
  EXPECT_EQ(form->Value("b"), "two words");
  EXPECT_EQ(form->Value("c"), "<x>");
  EXPECT_EQ(form->Value("d"), "caf\xC3\xA9");
  EXPECT_EQ(form->fields().size(), 4u);
}

TEST(ParseUrlEncodedTest, PercentEncodedPlusStaysAPlus) {
  auto form = ParseUrlEncoded("sum=1%2B1&name%20x=y");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Value("sum"), "1+1");
  EXPECT_EQ(form->Value("name x"), "y");
}

TEST(ParseUrlEncodedTest, KeepsRepeatedNamesInOrder) {
  auto form = ParseUrlEncoded("need=food&need=housing&other=x&need=money");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->GetAll("need"), (std::vector<std::string_view>{"food", "housing", "money"}));
  EXPECT_EQ(form->Value("need"), "food");
}

TEST(ParseUrlEncodedTest, EmptyPiecesAndMissingValues) {
  auto form = ParseUrlEncoded("&a=&&b&c=3&");
  ASSERT_TRUE(form.has_value());
  ASSERT_EQ(form->fields().size(), 3u);
  EXPECT_EQ(form->Get("a"), std::optional<std::string_view>(""));
  EXPECT_EQ(form->Get("b"), std::optional<std::string_view>(""));
  EXPECT_EQ(form->Value("c"), "3");
  EXPECT_FALSE(form->Get("d").has_value());
  EXPECT_EQ(form->Value("d"), "");
  EXPECT_TRUE(form->GetAll("d").empty());
}

TEST(ParseUrlEncodedTest, EmptyInputIsAnEmptyForm) {
  auto form = ParseUrlEncoded("");
  ASSERT_TRUE(form.has_value());
  EXPECT_TRUE(form->fields().empty());
}

TEST(ParseUrlEncodedTest, MalformedEscapesFail) {
  EXPECT_FALSE(ParseUrlEncoded("a=%").has_value());
  EXPECT_FALSE(ParseUrlEncoded("a=%4").has_value());
  EXPECT_FALSE(ParseUrlEncoded("a=%zz").has_value());
  EXPECT_FALSE(ParseUrlEncoded("ok=1&b%G1=2").has_value());
}

TEST(RequestTest, HeaderLooksUpLowerCaseNames) {
  Request r;
  r.headers = {{"content-type", "text/plain"}, {"x-a", "1"}, {"x-a", "2"}};
  EXPECT_EQ(r.Header("content-type"), std::optional<std::string_view>("text/plain"));
  EXPECT_EQ(r.Header("x-a"), std::optional<std::string_view>("1"));
  EXPECT_FALSE(r.Header("accept").has_value());
}

TEST(RequestTest, CookieParsesTheCookieHeader) {
  Request r;
  r.headers = {{"cookie", "lw_session=abc123; theme=\"dark\";  lw_csrf=t0k=n ;empty="}};
  EXPECT_EQ(r.Cookie("lw_session"), std::optional<std::string>("abc123"));
  EXPECT_EQ(r.Cookie("theme"), std::optional<std::string>("dark"));
  EXPECT_EQ(r.Cookie("lw_csrf"), std::optional<std::string>("t0k=n"));
  EXPECT_EQ(r.Cookie("empty"), std::optional<std::string>(""));
  EXPECT_FALSE(r.Cookie("lw").has_value());
  EXPECT_FALSE(r.Cookie("session").has_value());
}

TEST(RequestTest, CookieSearchesEveryCookieHeader) {
  Request r;
  r.headers = {{"cookie", "a=1"}, {"cookie", "b=2"}};
  EXPECT_EQ(r.Cookie("b"), std::optional<std::string>("2"));
  Request none;
  EXPECT_FALSE(none.Cookie("a").has_value());
}

TEST(RequestTest, QueryParamDecodes) {
  Request r;
  r.query = "team=north+east&q=%C3%A9t%C3%A9&flag&team=second";
  EXPECT_EQ(r.QueryParam("team"), std::optional<std::string>("north east"));
  EXPECT_EQ(r.QueryParam("q"), std::optional<std::string>("\xC3\xA9t\xC3\xA9"));
  EXPECT_EQ(r.QueryParam("flag"), std::optional<std::string>(""));
  EXPECT_FALSE(r.QueryParam("missing").has_value());
}

TEST(RequestTest, QueryParamsGivesEveryValueOfARepeatedName) {
  Request r;
  r.query = "locality=a&team=t&locality=b+c&locality=%zz&locality=";
  EXPECT_EQ(r.QueryParams("locality"), (std::vector<std::string>{"a", "b c", ""}));
  EXPECT_EQ(r.QueryParams("team"), std::vector<std::string>{"t"});
  EXPECT_TRUE(r.QueryParams("missing").empty());
}

TEST(RequestTest, QueryParamSkipsMalformedPairs) {
  Request r;
  r.query = "good=1&bad=%zz&later=2";
  EXPECT_EQ(r.QueryParam("good"), std::optional<std::string>("1"));
  EXPECT_FALSE(r.QueryParam("bad").has_value());
  EXPECT_EQ(r.QueryParam("later"), std::optional<std::string>("2"));
}

TEST(RequestTest, ParamIsEmptyWhenAbsent) {
  Request r;
  r.params = {{"id", "p-123"}};
  EXPECT_EQ(r.Param("id"), "p-123");
  EXPECT_EQ(r.Param("other"), "");
}

}  // namespace
}  // namespace request_test
}  // namespace lw::http
