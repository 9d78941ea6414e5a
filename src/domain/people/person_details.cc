#include "domain/people/person_details.h"

#include <algorithm>
#include <cctype>

#include "domain/frontdoor/contact_details.h"
#include "domain/frontdoor/text_field.h"
#include "domain/people/person.h"
#include "domain/people/postcode.h"

namespace lw {
namespace {

using Errors = std::vector<FieldError>;

constexpr std::array<std::string_view, 3> kCommonPronouns = {"she/her", "he/him", "they/them"};

struct RelationshipRow {
  CornerRelationship value;
  std::string_view key;
  std::string_view display;
};
// In enum order.
constexpr std::array<RelationshipRow, 5> kRelationships = {{
    {CornerRelationship::kFamily, "family", "Family"},
    {CornerRelationship::kFriend, "friend", "Friend"},
    {CornerRelationship::kCarer, "carer", "Carer"},
    {CornerRelationship::kNeighbour, "neighbour", "Neighbour"},
    {CornerRelationship::kOther, "other", "Someone else"},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Runs CheckText and tells whether it added an error.
bool TextOk(std::string& value, const TextRule& rule, Errors& errors) {
  std::size_t before = errors.size();
  CheckText(value, rule, errors);
  return errors.size() == before;
}

void CheckPhone(std::string& phone, const std::string& field, bool required, const char* if_missing,
                Errors& errors) {
  if (TextOk(phone, {field.c_str(), "Phone number", kMaxPhoneText, required, if_missing}, errors) &&
      !phone.empty() && !LooksLikePhoneNumber(phone)) {
    errors.push_back({field, "Enter a phone number, like 07700 900 982 or 0161 496 0000"});
  }
}

void CheckEmail(std::string& email, const std::string& field, bool required, Errors& errors) {
  if (TextOk(email,
             {field.c_str(), "Email address", kMaxEmailText, required, "Enter an email address"},
             errors) &&
      !email.empty() && !LooksLikeEmailAddress(email)) {
    errors.push_back(
        {field, "Enter an email address in the correct format, like name@example.com"});
  }
}

void CheckLegalName(LegalName& n, Errors& errors) {
  TextOk(n.given_name, {"legal_given_name", "Legal given name", kMaxNameLength}, errors);
  TextOk(n.family_name, {"legal_family_name", "Legal family name", kMaxNameLength}, errors);
  if (n.given_name.empty() && !n.family_name.empty()) {
    errors.push_back({"legal_given_name", "Enter their legal given name"});
  } else if (n.family_name.empty() && !n.given_name.empty()) {
    errors.push_back({"legal_family_name", "Enter their legal family name"});
  }
}

// "She / Her" is "she/her": one spelling of each common option.
void CheckPronouns(std::string& pronouns, Errors& errors) {
  if (!TextOk(pronouns, {"pronouns", "Pronouns", kMaxPronounsLength}, errors)) return;
  std::string folded = Lower(pronouns);
  std::erase(folded, ' ');
  for (auto common : kCommonPronouns) {
    if (folded == common) pronouns = common;
  }
}

void CheckAddress(Address& a, Errors& errors) {
  if (TrimText(a.line_1).empty()) {
    a.line_1 = std::move(a.line_2);
    a.line_2.clear();
  }
  TextOk(a.line_1, {"address_line_1", "Address line 1", kMaxShortText}, errors);
  TextOk(a.line_2, {"address_line_2", "Address line 2", kMaxShortText}, errors);
  TextOk(a.town, {"address_town", "Town or city", kMaxShortText}, errors);
  a.postcode = TrimText(a.postcode);
  if (a.postcode.empty()) return;
  auto postcode = ParsePostcode(a.postcode);
  if (!postcode) {
    errors.push_back({"address_postcode", "Enter a real postcode, like SK14 1AA"});
    return;
  }
  a.postcode = *postcode;
}

void CheckContact(ContactPreferences& c, Errors& errors) {
  std::vector<ContactMethod> unique;
  for (auto m : c.methods) {
    if (std::ranges::find(unique, m) == unique.end()) unique.push_back(m);
  }
  c.methods = std::move(unique);
  bool needs_phone = c.Allows(ContactMethod::kPhone) || c.Allows(ContactMethod::kText);
  CheckPhone(c.phone, "phone", needs_phone, "Enter a phone number, so we can call or text them",
             errors);
  CheckEmail(c.email, "email", c.Allows(ContactMethod::kEmail), errors);
  TextOk(c.safe_times, {"safe_times", "Safe times to contact", kMaxNoteText}, errors);
}

void CheckGpPractice(GpPractice& gp, Errors& errors) {
  TextOk(gp.name, {"gp_practice_name", "GP practice name", kMaxLineText}, errors);
  gp.ods_code = TrimText(gp.ods_code);
  if (gp.ods_code.empty()) return;
  auto code = ParseGpPracticeCode(gp.ods_code);
  if (!code) {
    errors.push_back({"gp_practice_ods_code", code.error().message});
    return;
  }
  gp.ods_code = *code;
}

bool Blank(const CornerPerson& p) {
  return TrimText(p.id).empty() && TrimText(p.name).empty() &&
         TrimText(p.relationship_detail).empty() && TrimText(p.phone).empty() &&
         TrimText(p.email).empty() && TrimText(p.notes).empty();
}

void CheckCornerPerson(CornerPerson& p, std::size_t index, Errors& errors) {
  std::string prefix = "corner_" + std::to_string(index) + "_";
  std::string name = prefix + "name";
  std::string detail = prefix + "relationship_detail";
  std::string notes = prefix + "notes";
  p.id = TrimText(p.id);
  TextOk(p.name, {name.c_str(), "Name", kMaxShortText, true, "Enter their name"}, errors);
  TextOk(p.relationship_detail,
         {detail.c_str(), "How they are connected", kMaxShortText,
          p.relationship == CornerRelationship::kOther,
          "Enter how they are connected, like Godmother or Support worker"},
         errors);
  if (p.relationship == CornerRelationship::kCarer) p.is_carer = true;
  CheckPhone(p.phone, prefix + "phone", false, nullptr, errors);
  CheckEmail(p.email, prefix + "email", false, errors);
  TextOk(p.notes, {notes.c_str(), "Notes", kMaxNoteText}, errors);
}

void CheckPeopleInCorner(std::vector<CornerPerson>& people, Errors& errors) {
  std::erase_if(people, Blank);
  if (people.size() > kMaxPeopleInCorner) {
    errors.push_back(
        {"people_in_corner", "Add no more than " + std::to_string(kMaxPeopleInCorner) + " people"});
    return;
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    CheckCornerPerson(people[i], i, errors);
    for (std::size_t j = 0; j < i && !people[i].id.empty(); ++j) {
      if (people[j].id == people[i].id) {
        errors.push_back({"corner_" + std::to_string(i) + "_id", "This person is listed twice"});
        break;
      }
    }
  }
}

void CheckLanguages(std::vector<Language>& languages, Errors& errors) {
  std::erase_if(languages, [](const Language& l) { return TrimText(l.name).empty(); });
  if (languages.size() > kMaxLanguages) {
    errors.push_back(
        {"languages", "Add no more than " + std::to_string(kMaxLanguages) + " languages"});
    return;
  }
  bool main_seen = false;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    Language& l = languages[i];
    std::string prefix = "language_" + std::to_string(i) + "_";
    std::string name = prefix + "name";
    if (TextOk(l.name, {name.c_str(), "Language", kMaxLanguageLength}, errors)) {
      for (std::size_t j = 0; j < i; ++j) {
        if (Lower(languages[j].name) == Lower(l.name)) {
          errors.push_back({name, l.name + " is listed already"});
          break;
        }
      }
    }
    if (l.main && main_seen) errors.push_back({prefix + "main", "Choose one main language"});
    main_seen = main_seen || l.main;
  }
}

void CheckInterpreter(PersonDetails& d, Errors& errors) {
  if (d.interpreter_needed != true || d.languages.size() > kMaxLanguages) return;
  if (d.languages.size() == 1) d.languages[0].main = true;
  if (d.languages.empty()) {
    errors.push_back({"languages", "Add the language they need an interpreter for"});
  } else if (std::ranges::none_of(d.languages, &Language::main)) {
    errors.push_back(
        {"languages", "Choose their main language, the one they need an interpreter for"});
  }
}

}  // namespace

std::span<const std::string_view> CommonPronouns() { return kCommonPronouns; }

Result<std::string> ParseGpPracticeCode(std::string_view text) {
  std::string code = TrimText(text);
  bool ok = code.size() == 6 && std::isalpha(static_cast<unsigned char>(code[0])) &&
            std::all_of(code.begin() + 1, code.end(),
                        [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!ok) {
    return Fail(Error::Invalid("Enter the practice code as a letter and 5 numbers, like P84012"));
  }
  code[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
  return code;
}

std::string_view CornerRelationshipKey(CornerRelationship r) {
  return kRelationships[static_cast<std::size_t>(r)].key;
}
std::string_view CornerRelationshipDisplayName(CornerRelationship r) {
  return kRelationships[static_cast<std::size_t>(r)].display;
}
std::optional<CornerRelationship> ParseCornerRelationship(std::string_view key) {
  for (const auto& row : kRelationships) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

Status ValidatePersonDetails(PersonDetails& d) {
  Errors errors;
  CheckLegalName(d.legal_name, errors);
  CheckPronouns(d.pronouns, errors);
  CheckAddress(d.address, errors);
  CheckContact(d.contact, errors);
  TextOk(d.safe_contact_notes, {"safe_contact_notes", "Safe contact notes", kMaxNoteText}, errors);
  CheckGpPractice(d.gp_practice, errors);
  CheckPeopleInCorner(d.people_in_corner, errors);
  CheckLanguages(d.languages, errors);
  CheckInterpreter(d, errors);
  TextOk(d.communication_needs, {"communication_needs", "Communication needs", kMaxNoteText},
         errors);
  if (auto equality = ValidateEqualityRecord(d.equality); !equality) {
    for (auto& fe : equality.error().field_errors) errors.push_back(std::move(fe));
  }
  return FieldErrors(std::move(errors));
}

}  // namespace lw
