#include "domain/frontdoor/date_input.h"

#include <gtest/gtest.h>

namespace lw {
namespace date_input_test {
namespace {

std::string MessageOf(const DateInputResult& r) {
  auto* m = std::get_if<std::string>(&r);
  return m ? *m : "";
}

TEST(DateInputTest, AllEmptyIsNotGiven) {
  auto r = ParseDateInput(" ", "", "", "Date of birth");
  ASSERT_TRUE(std::holds_alternative<std::optional<Date>>(r));
  EXPECT_EQ(std::get<std::optional<Date>>(r), std::nullopt);
}

TEST(DateInputTest, RealDateIsParsed) {
  auto r = ParseDateInput("09", " 3 ", "1990", "Date of birth");
  ASSERT_TRUE(std::holds_alternative<std::optional<Date>>(r)) << MessageOf(r);
  EXPECT_EQ(std::get<std::optional<Date>>(r), *Date::FromYmd(1990, 3, 9));
}

TEST(DateInputTest, ImpossibleDatesAreNamed) {
  EXPECT_EQ(MessageOf(ParseDateInput("31", "2", "1990", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("29", "2", "2023", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("1", "13", "1990", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("0", "1", "1990", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("x", "1", "1990", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("-1", "1", "1990", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("1", "1", "1850", "Date of birth")),
            "Enter a real date of birth");
  EXPECT_EQ(MessageOf(ParseDateInput("1", "1", "90", "Date of birth")),
            "Year must include 4 numbers");
  // A leap day in a leap year is real.
  EXPECT_EQ(MessageOf(ParseDateInput("29", "2", "2024", "Date of birth")), "");
}

TEST(DateInputTest, MissingPartsAreNamed) {
  EXPECT_EQ(MessageOf(ParseDateInput("1", "", "1990", "Date of birth")),
            "Date of birth must include a month");
  EXPECT_EQ(MessageOf(ParseDateInput("", "", "1990", "Date of birth")),
            "Date of birth must include a day and a month");
  EXPECT_EQ(MessageOf(ParseDateInput("", "2", "", "Date of birth")),
            "Date of birth must include a day and a year");
}

TEST(TimeInputTest, AcceptsTheWaysPeopleWriteTimes) {
  struct Case {
    const char* text;
    int hour, minute;
  };
  for (Case c : {Case{"14:30", 14, 30}, Case{"14.30", 14, 30}, Case{"2:30pm", 14, 30},
                 Case{"2:30 PM", 14, 30}, Case{"2pm", 14, 0}, Case{"9am", 9, 0}, Case{"12am", 0, 0},
                 Case{"12pm", 12, 0}, Case{"0930", 9, 30}, Case{" 9:05 ", 9, 5},
                 Case{"00:00", 0, 0}, Case{"23:59", 23, 59}}) {
    auto r = ParseTimeInput(c.text, "Time");
    ASSERT_TRUE(std::holds_alternative<TimeOfDay>(r)) << c.text << ": " << std::get<std::string>(r);
    EXPECT_EQ(std::get<TimeOfDay>(r).hour, c.hour) << c.text;
    EXPECT_EQ(std::get<TimeOfDay>(r).minute, c.minute) << c.text;
  }
}

TEST(TimeInputTest, RefusesWhatIsNotATimeWithAMessage) {
  EXPECT_EQ(std::get<std::string>(ParseTimeInput("", "Time")), "Enter time");
  for (const char* bad :
       {"24:00", "12:60", "13pm", "0am", "noon", "1:5", "123", "-1:00", "9:30:00", "<b>9</b>"}) {
    auto r = ParseTimeInput(bad, "Time");
    ASSERT_TRUE(std::holds_alternative<std::string>(r)) << bad;
    EXPECT_EQ(std::get<std::string>(r), "Enter time as a time of day, like 14:30 or 2:30pm") << bad;
  }
}

}  // namespace
}  // namespace date_input_test
}  // namespace lw
