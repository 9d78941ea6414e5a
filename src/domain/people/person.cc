#include "domain/people/person.h"

#include <cctype>
#include <vector>

#include "domain/people/nhs_number.h"
#include "domain/people/postcode.h"

namespace lw {
namespace {

std::string Trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

void CheckName(std::string& value, const char* field, const char* label, bool required,
               std::vector<FieldError>& errors) {
  value = Trim(value);
  if (value.empty()) {
    if (required) errors.push_back({field, std::string("Enter ") + label});
    return;
  }
  if (value.size() > kMaxNameLength) {
    std::string message = std::string(label) + " must be 100 characters or fewer";
    message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    errors.push_back({field, std::move(message)});
  }
}

}  // namespace

Status ValidatePerson(Person& p, Date today) {
  std::vector<FieldError> errors;
  CheckName(p.given_name, "given_name", "given name", true, errors);
  CheckName(p.family_name, "family_name", "family name", true, errors);
  CheckName(p.preferred_name, "preferred_name", "preferred name", false, errors);
  if (p.date_of_birth && *p.date_of_birth > today) {
    errors.push_back({"date_of_birth", "Date of birth must be in the past"});
  }
  // Parse the trimmed text: the parsers skip spaces but not tabs or newlines.
  if (!Trim(p.postcode).empty()) {
    auto pc = ParsePostcode(Trim(p.postcode));
    if (pc) {
      p.postcode = *pc;
    } else {
      errors.push_back({"postcode", pc.error().message});
    }
  } else {
    p.postcode.clear();
  }
  if (!Trim(p.nhs_number).empty()) {
    auto nhs = ParseNhsNumber(Trim(p.nhs_number));
    if (nhs) {
      p.nhs_number = *nhs;
    } else {
      errors.push_back({"nhs_number", nhs.error().message});
    }
  } else {
    p.nhs_number.clear();
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return Ok();
}

}  // namespace lw
