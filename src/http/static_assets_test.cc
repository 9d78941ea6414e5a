#include "http/static_assets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testing/temp_dir.h"

namespace lw::http {
namespace static_assets_test {
namespace {

// SHA-256("hello").
constexpr std::string_view kHelloSha =
    "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

void Write(const std::string& path, std::string_view content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

class StaticAssetsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(dir_.File("css/app.css"), "hello");
    Write(dir_.File("nhsuk/nhsuk-frontend.min.js"), "console.log(1)");
    Write(dir_.File("images/nhsuk-icon-search.svg"), "<svg/>");
    Write(dir_.File("favicon.ico"), "ico");
    Write(dir_.File("LICENSE"), "text");
    Write(dir_.File(".gitkeep"), "");
    auto loaded = StaticAssets::Load(dir_.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    assets_ = std::move(*loaded);
  }

  lw::testing::TempDir dir_;
  std::unique_ptr<StaticAssets> assets_;
};

TEST_F(StaticAssetsTest, NamesCarryTheFirstEightHexDigitsOfTheHash) {
  EXPECT_EQ(assets_->size(), 5u);  // the hidden file is skipped
  EXPECT_EQ(assets_->Url("css/app.css"), "/assets/css/app.2cf24dba.css");
  const std::string& js = assets_->Url("nhsuk/nhsuk-frontend.min.js");
  EXPECT_TRUE(js.starts_with("/assets/nhsuk/nhsuk-frontend.min.")) << js;
  EXPECT_TRUE(js.ends_with(".js")) << js;
  EXPECT_EQ(js.size(), std::string("/assets/nhsuk/nhsuk-frontend.min.12345678.js").size());
  EXPECT_TRUE(assets_->Url("LICENSE").starts_with("/assets/LICENSE."));
}

TEST_F(StaticAssetsTest, FindsHashedAddressesWithImmutableCaching) {
  const Asset* css = assets_->Find("/assets/css/app.2cf24dba.css");
  ASSERT_NE(css, nullptr);
  EXPECT_EQ(css->body, "hello");
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(css->etag, "\"" + std::string(kHelloSha) + "\"");
  EXPECT_EQ(css->cache_control, "public, max-age=31536000, immutable");
  EXPECT_EQ(css->url, "/assets/css/app.2cf24dba.css");
}

TEST_F(StaticAssetsTest, FindsPlainPathsWithShortCaching) {
  const Asset* svg = assets_->Find("/assets/images/nhsuk-icon-search.svg");
  ASSERT_NE(svg, nullptr);
  EXPECT_EQ(svg->body, "<svg/>");
  EXPECT_EQ(svg->content_type, "image/svg+xml");
  EXPECT_EQ(svg->cache_control, "public, max-age=3600");
  const Asset* hashed = assets_->Find(assets_->Url("images/nhsuk-icon-search.svg"));
  ASSERT_NE(hashed, nullptr);
  EXPECT_EQ(svg->etag, hashed->etag);
}

TEST_F(StaticAssetsTest, MissesReturnNull) {
  EXPECT_EQ(assets_->Find("/assets/css/app.00000000.css"), nullptr);
  EXPECT_EQ(assets_->Find("/assets/nope.css"), nullptr);
  EXPECT_EQ(assets_->Find("/css/app.css"), nullptr);
  EXPECT_EQ(assets_->Find("/assets/.gitkeep"), nullptr);
  EXPECT_EQ(assets_->Find("/assets/css/../css/app.css"), nullptr);
}

TEST(StaticAssetsContentTypeTest, KnowsTheTypesWeServe) {
  EXPECT_EQ(StaticAssets::ContentTypeFor("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(StaticAssets::ContentTypeFor("a.min.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(StaticAssets::ContentTypeFor("a.svg"), "image/svg+xml");
  EXPECT_EQ(StaticAssets::ContentTypeFor("a.PNG"), "image/png");
  EXPECT_EQ(StaticAssets::ContentTypeFor("favicon.ico"), "image/x-icon");
  EXPECT_EQ(StaticAssets::ContentTypeFor("f.woff2"), "font/woff2");
  EXPECT_EQ(StaticAssets::ContentTypeFor("f.woff"), "font/woff");
  EXPECT_EQ(StaticAssets::ContentTypeFor("m.json"), "application/json");
  EXPECT_EQ(StaticAssets::ContentTypeFor("r.txt"), "text/plain; charset=utf-8");
  EXPECT_EQ(StaticAssets::ContentTypeFor("p.html"), "text/html; charset=utf-8");
  EXPECT_EQ(StaticAssets::ContentTypeFor("LICENSE"), "application/octet-stream");
}

TEST(StaticAssetsLoadTest, MissingDirectoryIsUnavailable) {
  auto loaded = StaticAssets::Load("/nonexistent/livingwell-static");
  ASSERT_FALSE(loaded.has_value());
  EXPECT_EQ(loaded.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(loaded.error().message.find("/nonexistent/livingwell-static"), std::string::npos);
}

TEST(StaticAssetsLoadTest, EmptyDirectoryLoads) {
  lw::testing::TempDir dir;
  auto loaded = StaticAssets::Load(dir.path());
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ((*loaded)->size(), 0u);
}

TEST_F(StaticAssetsTest, UnknownNameIsABug) {
  EXPECT_DEATH(assets_->Url("css/missing.css"), "invariant failed");
}

}  // namespace
}  // namespace static_assets_test
}  // namespace lw::http
