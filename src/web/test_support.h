// Helpers for the web layer's own tests (included only by *_test.cc).
//
// `FakeAssets` writes a handful of small, fixed asset files into a fresh
// temporary directory and loads them with the real StaticAssets, so the
// hashed URLs in rendered pages are stable across runs and machines.
// `PageChecks` holds the rules every rendered page must keep.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <string>

#include "http/static_assets.h"
#include "testing/temp_dir.h"

namespace lw::web::testing {

class FakeAssets {
 public:
  FakeAssets() {
    Write("nhsuk/nhsuk-frontend.min.css", "body{margin:0}\n");
    Write("nhsuk/nhsuk-frontend.min.js", "export function initAll(){}\n");
    Write("css/app.css", ".lw-footer__crisis{font-weight:600}\n");
    Write("js/app.js", "document.body.classList.add('js-enabled');\n");
    Write("images/favicon.ico", "ico");
    Write("images/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    auto loaded = http::StaticAssets::Load(dir_.path());
    if (!loaded)
      ADD_FAILURE() << loaded.error().message;
    else
      assets_ = std::move(*loaded);
  }
  const http::StaticAssets& assets() const { return *assets_; }

 private:
  void Write(const std::string& name, const std::string& body) {
    std::filesystem::path path = std::filesystem::path(dir_.path()) / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << body;
  }
  lw::testing::TempDir dir_;
  std::unique_ptr<http::StaticAssets> assets_;
};

// Rules for every page: no inline script (a <script> without src), no
// inline style (attribute or element), exactly one h1.
inline void ExpectPageRules(const std::string& html) {
  static const std::regex kScript(R"(<script\b[^>]*>)");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kScript);
       it != std::sregex_iterator(); ++it) {
    EXPECT_NE(it->str().find(" src=\""), std::string::npos) << "inline script: " << it->str();
  }
  EXPECT_EQ(html.find("style="), std::string::npos) << "inline style attribute";
  EXPECT_EQ(html.find("<style"), std::string::npos) << "inline style element";
  std::size_t h1 = 0;
  for (std::size_t at = html.find("<h1"); at != std::string::npos; at = html.find("<h1", at + 1))
    ++h1;
  EXPECT_EQ(h1, 1u) << "a page has exactly one h1";
}

// Compares `actual` with src/web/testdata/<name>; with LW_UPDATE_GOLDEN=1 in
// the environment, rewrites the file instead. The directory is found from
// LW_SOURCE_DIR (src/CMakeLists.txt), never from __FILE__, which ccache's
// base_dir makes relative to the build directory.
inline void ExpectGolden(const std::string& name, const std::string& actual) {
  std::filesystem::path path =
      std::filesystem::path(LW_SOURCE_DIR) / "src" / "web" / "testdata" / name;
  const char* update = std::getenv("LW_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << path << " (run with LW_UPDATE_GOLDEN=1)";
  std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(actual, expected) << "differs from " << path
                              << " (if the change is intended, rerun with LW_UPDATE_GOLDEN=1)";
}

}  // namespace lw::web::testing
