#include "app/config.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace lw {
namespace config_test {
namespace {

std::string Problem(const Config& c) {
  Status s = ValidateConfig(c);
  return s ? "" : s.error().message;
}

TEST(ConfigTest, TheDefaultsAreValidAndLeaveMailQueued) {
  Config c;
  EXPECT_EQ(Problem(c), "");
  EXPECT_EQ(c.public_url, "http://127.0.0.1:8080");
  EXPECT_EQ(c.smtp_host, "");
  EXPECT_EQ(c.smtp_port, 25);
}

TEST(ConfigTest, PublicUrlIsAnHttpOrHttpsBaseWithoutATrailingSlash) {
  Config c;
  c.public_url = "https://livingwell.example.nhs.uk";
  EXPECT_EQ(Problem(c), "");
  for (const char* bad : {"livingwell.example.nhs.uk", "https://livingwell.example.nhs.uk/",
                          "ftp://x.example", "https://", "https://a b.example"}) {
    c.public_url = bad;
    EXPECT_TRUE(Problem(c).starts_with("public-url: ")) << bad;
  }
}

TEST(ConfigTest, SyntheticIsDemoOrLocalityAndComesWithTheDemo) {
  Config c;
  c.demo = true;
  for (const char* good : {"", "demo", "locality"}) {
    c.synthetic = good;
    EXPECT_EQ(Problem(c), "") << good;
  }
  c.synthetic = "gm";
  EXPECT_EQ(Problem(c), "synthetic: must be 'demo' or 'locality', not 'gm'");
  c.synthetic = "demo";
  c.demo = false;
  EXPECT_EQ(Problem(c), "synthetic: needs demo: it is loaded with the demo data");
}

TEST(ConfigTest, ClockStartIsADateAtNineInLondonOrAnExactUtcTime) {
  Config c;
  EXPECT_NE(dynamic_cast<SystemClock*>(ClockFor(c).get()), nullptr);
  for (const char* bad :
       {"tomorrow", "2026-02-30", "2026-06-17T09:00", "2026-06-17T24:00:00Z", "2026-06-17T08:00:00",
        "2026-06-17T08:00:00.5Z", "2026-06-17 08:00:00Z"}) {
    c.clock_start = bad;
    EXPECT_EQ(Problem(c), std::string("clock-start: must be a date like 2026-06-15 or a UTC time "
                                      "like 2026-06-15T08:00:00.250Z, not '") +
                              bad + "'")
        << bad;
  }
  c.clock_start = "2026-06-17";  // BST: 09:00 in London is 08:00 UTC
  EXPECT_EQ(Problem(c), "");
  const Timestamp now = ClockFor(c)->Now();
  const Timestamp nine = FromUnixMicros(1781683200LL * 1000000);  // 2026-06-17T08:00:00Z
  EXPECT_GE(now, nine);
  EXPECT_LT(now, nine + std::chrono::minutes(1));
  // An exact instant, to the millisecond, so that several commands can
  // share one timeline.
  c.clock_start = "2026-06-17T08:00:07.250Z";
  EXPECT_EQ(Problem(c), "");
  const Timestamp later = ClockFor(c)->Now();
  EXPECT_GE(later, nine + std::chrono::milliseconds(7250));
  EXPECT_LT(later, nine + std::chrono::minutes(1));
}

TEST(ConfigTest, TheSqliteCacheIsFromTwoTo4096Mb) {
  Config c;
  EXPECT_EQ(c.sqlite_cache_mb, 64);
  for (int bad : {0, 1, 4097}) {
    c.sqlite_cache_mb = bad;
    EXPECT_EQ(Problem(c), "sqlite-cache-mb: must be from 2 to 4096") << bad;
  }
  c.sqlite_cache_mb = 512;
  EXPECT_EQ(Problem(c), "");
}

TEST(ConfigTest, TheEvaluationRefreshesWithinAWeekAndOpenDataIsNeverExact) {
  Config c;
  EXPECT_EQ(c.evaluation_refresh_seconds, 300);
  EXPECT_EQ(c.open_data_disclosure, "mhsds");
  for (int bad : {0, 7 * 24 * 3600 + 1}) {
    c.evaluation_refresh_seconds = bad;
    EXPECT_EQ(Problem(c), "evaluation-refresh-seconds: must be from 1 to 604800") << bad;
  }
  c.evaluation_refresh_seconds = 60;
  for (const char* bad : {"none", "", "MHSDS"}) {
    c.open_data_disclosure = bad;
    EXPECT_EQ(Problem(c), "open-data-disclosure: must be 'mhsds' or 'hes-style'") << bad;
  }
  c.open_data_disclosure = "hes-style";
  EXPECT_EQ(Problem(c), "");
}

TEST(ConfigTest, SmtpNeedsAHostAndAFromAddressTogether) {
  Config c;
  c.smtp_host = "127.0.0.1";
  EXPECT_TRUE(Problem(c).starts_with("smtp-from: must be set")) << Problem(c);
  c.smtp_from = "not an address";
  EXPECT_TRUE(Problem(c).starts_with("smtp-from: must be an email address")) << Problem(c);
  c.smtp_from = "livingwell@millbrook.example";
  EXPECT_EQ(Problem(c), "");
  c.smtp_port = 0;
  EXPECT_EQ(Problem(c), "smtp-port: must be from 1 to 65535");
  c.smtp_port = 587;
  c.smtp_host = "mail relay";
  EXPECT_TRUE(Problem(c).starts_with("smtp-host: ")) << Problem(c);
  c.smtp_host = "";
  EXPECT_EQ(Problem(c), "smtp-host: must be set when smtp-from is");
}

}  // namespace
}  // namespace config_test
}  // namespace lw
