#include "domain/synth/fictional.h"

#include <array>
#include <string_view>

namespace lw::synth {
namespace {

constexpr std::array<std::string_view, 64> kGiven = {
    "Aaliyah", "Abdul",  "Ade",     "Aisha",   "Alfie",    "Amara",  "Amir",     "Anita",
    "Ava",     "Bartek", "Bilal",   "Bronwen", "Callum",   "Chen",   "Chidi",    "Ciara",
    "Daniel",  "Darren", "Deepa",   "Declan",  "Ebony",    "Eilidh", "Emeka",    "Erin",
    "Fatima",  "Finn",   "Gareth",  "Grace",   "Hamza",    "Hannah", "Harpreet", "Imran",
    "Isla",    "Jamal",  "Jasmine", "Jordan",  "Kai",      "Kamala", "Kasia",    "Leon",
    "Lily",    "Malik",  "Maria",   "Mei",     "Mohammed", "Nadia",  "Niamh",    "Olu",
    "Oscar",   "Priya",  "Rhys",    "Rosa",    "Ruth",     "Sam",    "Sanjay",   "Shauna",
    "Simone",  "Tariq",  "Tomasz",  "Usha",    "Wei",      "Yasmin", "Zainab",   "Zoe"};

constexpr std::array<std::string_view, 64> kFamily = {
    "Adeyemi",  "Ahmed",    "Akhtar",  "Ali",      "Allen",    "Asante",    "Atkinson",  "Bailey",
    "Begum",    "Bennett",  "Boateng", "Brennan",  "Brown",    "Campbell",  "Chowdhury", "Clarke",
    "Collins",  "Davies",   "Doherty", "Evans",    "Fletcher", "Gallagher", "Green",     "Hall",
    "Haworth",  "Hughes",   "Hussain", "Iqbal",    "Jackson",  "Jones",     "Kaur",      "Kelly",
    "Khan",     "Kowalski", "Lee",     "Lewis",    "Li",       "Malik",     "Mensah",    "Morris",
    "Murphy",   "Nowak",    "Nwosu",   "O'Brien",  "Okafor",   "Patel",     "Rahman",    "Roberts",
    "Robinson", "Shah",     "Singh",   "Smith",    "Taylor",   "Thomas",    "Thompson",  "Walker",
    "Walsh",    "Wang",     "Ward",    "Williams", "Wilson",   "Wood",      "Wright",    "Zhang"};

}  // namespace

std::optional<std::string> TestNhsNumber(std::uint32_t body) {
  if (body >= kTestNhsBodies) return std::nullopt;
  std::string digits = "999";
  std::string six = std::to_string(body);
  digits += std::string(6 - six.size(), '0') + six;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return std::nullopt;
  digits += static_cast<char>('0' + check);
  return digits;
}

FictionalName DrawName(SynthStream& stream) {
  const std::string_view given = kGiven[stream.Below(kGiven.size())];
  const std::string_view family = kFamily[stream.Below(kFamily.size())];
  return {std::string(given), std::string(family)};
}

std::size_t GivenNameCount() { return kGiven.size(); }
std::size_t FamilyNameCount() { return kFamily.size(); }

}  // namespace lw::synth
