#include "domain/frontdoor/new_introduction.h"

#include <variant>

#include "domain/frontdoor/contact_details.h"
#include "domain/frontdoor/date_input.h"
#include "domain/frontdoor/text_field.h"
#include "domain/people/nhs_number.h"
#include "domain/people/postcode.h"

namespace lw {
namespace {

using Errors = std::vector<FieldError>;

// How messages speak of the person: "your" to someone introducing
// themselves on the public form, "their" to everyone else.
struct Voice {
  std::string your;  // "your" / "their"
  std::string you;   // "you" / "them"
};

Voice VoiceFor(const IntroductionDraft& d, std::optional<IntroductionSource> source) {
  bool to_the_person = d.made_by_user_id.empty() && source == IntroductionSource::kSelf;
  return to_the_person ? Voice{"your", "you"} : Voice{"their", "them"};
}

void CheckSource(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  auto source = ParseIntroductionSource(TrimText(d.source));
  if (!source) {
    errors.push_back({"source", "Select where this introduction came from"});
    return;
  }
  out.source = *source;
}

void CheckIntroducer(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  auto kind = IntroducerKindOf(out.source);
  if (kind == IntroducerKind::kThePerson) return;  // nobody else to name
  bool public_form = d.made_by_user_id.empty();
  out.introducer_name = d.introducer_name;
  CheckText(
      out.introducer_name,
      {"introducer_name", "Introducer's name", kMaxShortText, true,
       public_form ? "Enter your name" : "Enter the name of the person making the introduction"},
      errors);
  if (kind == IntroducerKind::kSomeoneClose) {
    out.introducer_relationship = d.introducer_relationship;
    CheckText(out.introducer_relationship,
              {"introducer_relationship", "Relationship", kMaxShortText, true,
               public_form ? "Enter how you know them" : "Enter how the introducer knows them"},
              errors);
    out.person_knows = d.person_knows;
    if (!out.person_knows) {
      errors.push_back({"person_knows", "Confirm that they know about this introduction"});
    }
  } else {
    out.introducer_organisation = d.introducer_organisation;
    CheckText(out.introducer_organisation,
              {"introducer_organisation", "Organisation", kMaxLineText, true,
               "Enter the organisation making the introduction"},
              errors);
  }
}

void CheckNames(const IntroductionDraft& d, const Voice& v, Introduction& out, Errors& errors) {
  out.given_name = d.given_name;
  out.family_name = d.family_name;
  out.preferred_name = d.preferred_name;
  std::string given = "Enter " + v.your + " first name";
  std::string family = "Enter " + v.your + " last name";
  CheckText(out.given_name, {"given_name", "First name", kMaxShortText, true, given.c_str()},
            errors);
  CheckText(out.family_name, {"family_name", "Last name", kMaxShortText, true, family.c_str()},
            errors);
  CheckText(out.preferred_name, {"preferred_name", "Preferred name", kMaxShortText}, errors);
}

void CheckDateOfBirth(const IntroductionDraft& d, const Voice& v, const FrontDoorPolicy& policy,
                      Date today, Introduction& out, Errors& errors) {
  auto parsed = ParseDateInput(d.date_of_birth_day, d.date_of_birth_month, d.date_of_birth_year,
                               "Date of birth");
  if (auto* message = std::get_if<std::string>(&parsed)) {
    errors.push_back({"date_of_birth", *message});
    return;
  }
  auto dob = std::get<std::optional<Date>>(parsed);
  if (!dob) {
    if (d.made_by_user_id.empty()) {
      errors.push_back({"date_of_birth", "Enter " + v.your + " date of birth"});
    }
    return;
  }
  if (*dob >= today) {
    errors.push_back({"date_of_birth", "Date of birth must be in the past"});
    return;
  }
  if (dob->AgeOn(Date::InLondon(out.received_at)) < policy.minimum_age) {
    errors.push_back({"date_of_birth", "Living Well is for people aged " +
                                           std::to_string(policy.minimum_age) +
                                           " or over. A GP can help someone younger find support"});
    return;
  }
  out.date_of_birth = dob;
}

void CheckPostcode(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  std::string text = TrimText(d.postcode);
  if (text.empty()) return;
  auto postcode = ParsePostcode(text);
  if (!postcode) {
    errors.push_back({"postcode", "Enter a real postcode, like SK14 1AA"});
    return;
  }
  out.postcode = *postcode;
}

// The people/ parser's messages, except the check-digit one in the NHS
// design system's words.
std::string NhsNumberMessage(std::string_view text) {
  std::size_t digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '-') {
      return "NHS number must only include numbers";
    }
  }
  if (digits != 10) return "NHS number must be 10 digits";
  return "Enter a valid NHS number";
}

void CheckNhsNumber(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  std::string text = TrimText(d.nhs_number);
  if (text.empty()) return;
  auto nhs = ParseNhsNumber(text);
  if (!nhs) {
    errors.push_back({"nhs_number", NhsNumberMessage(text)});
    return;
  }
  out.nhs_number = *nhs;
}

void CheckContactMethods(const IntroductionDraft& d, const Voice& v, ContactPreferences& c,
                         Errors& errors) {
  for (const auto& key : d.contact_methods) {
    auto method = ParseContactMethod(TrimText(key));
    if (!method) {
      errors.push_back({"contact_methods", "Select ways to contact from the list"});
      return;
    }
    if (!c.Allows(*method)) c.methods.push_back(*method);
  }
  if (c.methods.empty()) {
    errors.push_back({"contact_methods", "Select at least one way we can contact " + v.you});
  }
}

void CheckContact(const IntroductionDraft& d, const Voice& v, Introduction& out, Errors& errors) {
  ContactPreferences& c = out.contact;
  CheckContactMethods(d, v, c, errors);
  bool needs_phone = c.Allows(ContactMethod::kPhone) || c.Allows(ContactMethod::kText);
  c.phone = d.phone;
  std::string phone_missing = "Enter a phone number, so we can call or text " + v.you;
  std::size_t before = errors.size();
  CheckText(c.phone, {"phone", "Phone number", kMaxPhoneText, needs_phone, phone_missing.c_str()},
            errors);
  if (errors.size() == before && !c.phone.empty() && !LooksLikePhoneNumber(c.phone)) {
    errors.push_back({"phone", "Enter a phone number, like 07700 900 982 or 0161 496 0000"});
  }
  c.email = d.email;
  before = errors.size();
  CheckText(c.email,
            {"email", "Email address", kMaxEmailText, c.Allows(ContactMethod::kEmail),
             "Enter an email address"},
            errors);
  if (errors.size() == before && !c.email.empty() && !LooksLikeEmailAddress(c.email)) {
    errors.push_back(
        {"email", "Enter an email address in the correct format, like name@example.com"});
  }
  c.may_leave_message = d.may_leave_message;
  c.safe_times = d.safe_times;
  CheckText(c.safe_times, {"safe_times", "Safe times to contact", kMaxNoteText}, errors);
}

void CheckStory(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  out.in_their_words = d.in_their_words;
  out.help_wanted = d.help_wanted;
  CheckText(out.in_their_words,
            {"in_their_words", "What is going on", kMaxStoryText, true,
             "Tell us what is going on, in your own words"},
            errors);
  CheckText(out.help_wanted, {"help_wanted", "What help you would like", kMaxStoryText}, errors);
}

void CheckEquality(const IntroductionDraft& d, Introduction& out, Errors& errors) {
  out.equality.answers = d.equality;
  auto status = ValidateEqualityAnswers(out.equality);
  if (!status) {
    for (auto& fe : status.error().field_errors) errors.push_back(std::move(fe));
  }
}

void CheckReceivedAndPrivacy(const IntroductionDraft& d, Date today, Introduction& out,
                             Errors& errors) {
  out.received_at = d.received_at;
  if (Date::InLondon(out.received_at) > today) {
    errors.push_back({"received_at", "The date received must be today or in the past"});
  }
  out.privacy_agreed = d.privacy_agreed;
  if (d.made_by_user_id.empty() && !d.privacy_agreed) {
    errors.push_back({"privacy_agreed", "Confirm that you have read the privacy notice"});
  }
}

}  // namespace

Result<Introduction> ValidateNewIntroduction(const IntroductionDraft& d,
                                             const FrontDoorPolicy& policy, Date today) {
  Errors errors;
  Introduction out;
  out.version = 1;
  out.made_by_user_id = d.made_by_user_id;
  out.team_id = d.team_id;
  CheckSource(d, out, errors);
  Voice voice = VoiceFor(d, errors.empty() ? std::optional(out.source) : std::nullopt);
  if (errors.empty()) CheckIntroducer(d, out, errors);
  CheckReceivedAndPrivacy(d, today, out, errors);
  CheckNames(d, voice, out, errors);
  CheckDateOfBirth(d, voice, policy, today, out, errors);
  CheckPostcode(d, out, errors);
  CheckNhsNumber(d, out, errors);
  CheckContact(d, voice, out, errors);
  CheckStory(d, out, errors);
  CheckEquality(d, out, errors);
  if (auto status = FieldErrors(std::move(errors)); !status) return Fail(status.error());
  CheckIntroductionInvariants(out);
  return out;
}

}  // namespace lw
