#include "domain/frontdoor/date_input.h"

#include <gtest/gtest.h>

namespace lw {
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

}  // namespace
}  // namespace lw
