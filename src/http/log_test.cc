#include "http/log.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace lw::http {
namespace log_test {
namespace {

// 2026-03-09T10:15:00.000042Z
const Timestamp kStart = FromUnixMicros(1773051300'000042);

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = std::tmpfile();
    ASSERT_NE(file_, nullptr);
  }
  void TearDown() override { std::fclose(file_); }

  std::vector<std::string> Lines() {
    std::fflush(file_);
    std::rewind(file_);
    std::vector<std::string> lines;
    std::string current;
    for (int c = std::fgetc(file_); c != EOF; c = std::fgetc(file_)) {
      if (c == '\n') {
        lines.push_back(current);
        current.clear();
      } else {
        current.push_back(static_cast<char>(c));
      }
    }
    EXPECT_TRUE(current.empty()) << "last line not terminated";
    return lines;
  }

  std::FILE* file_ = nullptr;
  ManualClock clock_{kStart};
};

TEST_F(LogTest, WritesOneJsonObjectPerLine) {
  Logger logger(file_, LogLevel::kInfo, &clock_);
  logger.Log(LogLevel::kInfo, "request",
             {Str("request_id", "abc"), Num("status", 200), Str("path", "/people")});
  logger.Flush();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0],
            "{\"ts\":\"2026-03-09T10:15:00.000042Z\",\"level\":\"info\",\"event\":\"request\","
            "\"request_id\":\"abc\",\"status\":200,\"path\":\"/people\"}");
}

TEST_F(LogTest, EscapesQuotesBackslashesAndControlCharacters) {
  Logger logger(file_, LogLevel::kInfo, &clock_);
  logger.Log(LogLevel::kWarn, "e\"v",
             {Str("text", "a\"b\\c\nd\re\tf\x01g\x1f\x7f"), Str("k\"ey", "v")});
  logger.Flush();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("\"event\":\"e\\\"v\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"text\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001f\\u007f\""),
            std::string::npos);
  EXPECT_NE(lines[0].find("\"k\\\"ey\":\"v\""), std::string::npos);
  auto parsed = boost::json::parse(lines[0]);
  EXPECT_EQ(parsed.at("text").as_string(), "a\"b\\c\nd\re\tf\x01g\x1f\x7f");
  EXPECT_EQ(parsed.at("level").as_string(), "warn");
}

TEST_F(LogTest, PassesUtf8ThroughAndReplacesInvalidBytes) {
  Logger logger(file_, LogLevel::kInfo, &clock_);
  logger.Log(LogLevel::kInfo, "x",
             {Str("ok", "caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80"), Str("bad",
                                                                          "a\xFF"
                                                                          "b\xC3"
                                                                          "c\xED\xA0\x80")});
  logger.Flush();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  auto parsed = boost::json::parse(lines[0]);  // throws on invalid UTF-8
  EXPECT_EQ(parsed.at("ok").as_string(), "caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80");
  EXPECT_EQ(parsed.at("bad").as_string(),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_F(LogTest, DropsLinesBelowTheMinimumLevel) {
  Logger logger(file_, LogLevel::kWarn, &clock_);
  logger.Log(LogLevel::kDebug, "debug", {});
  logger.Log(LogLevel::kInfo, "info", {});
  logger.Log(LogLevel::kError, "error", {});
  logger.Flush();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("\"level\":\"error\""), std::string::npos);
}

TEST_F(LogTest, TimestampsCarryMicroseconds) {
  Logger logger(file_, LogLevel::kInfo, &clock_);
  logger.Log(LogLevel::kInfo, "a", {});
  clock_.Advance(Micros(999'958));
  logger.Log(LogLevel::kInfo, "b", {});
  clock_.Set(FromUnixMicros(0));
  logger.Log(LogLevel::kInfo, "c", {});
  logger.Flush();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[0].starts_with("{\"ts\":\"2026-03-09T10:15:00.000042Z\""));
  EXPECT_TRUE(lines[1].starts_with("{\"ts\":\"2026-03-09T10:15:01.000000Z\""));
  EXPECT_TRUE(lines[2].starts_with("{\"ts\":\"1970-01-01T00:00:00.000000Z\""));
}

TEST_F(LogTest, DestructorWritesEverythingFromManyThreads) {
  {
    Logger logger(file_, LogLevel::kInfo, &clock_);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&logger, t] {
        for (int i = 0; i < 2000; ++i) {
          logger.Log(LogLevel::kInfo, "n", {Num("thread", t), Num("i", i)});
        }
      });
    }
    for (auto& thread : threads) thread.join();
  }
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 8000u);
  for (const auto& line : lines) {
    boost::system::error_code ec;
    boost::json::parse(line, ec);
    ASSERT_FALSE(ec) << line;
  }
}

TEST_F(LogTest, BackgroundThreadFlushesWithoutBeingAsked) {
  Logger logger(file_, LogLevel::kInfo, &clock_);
  logger.Log(LogLevel::kInfo, "soon", {});
  // The flusher runs every 100 ms; allow it plenty of time.
  std::vector<std::string> lines;
  for (int i = 0; i < 100 && lines.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    lines = Lines();
    std::fseek(file_, 0, SEEK_END);
  }
  ASSERT_EQ(lines.size(), 1u);
}

}  // namespace
}  // namespace log_test
}  // namespace lw::http
