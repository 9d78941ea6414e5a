// Codec<WarmIntroduction>: a warm introduction, its consent, its steps and
// the person's own view of how it went.
#include "storage/records/json_reader.h"
#include "storage/records/network_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::OptDay;
using internal::Reader;

json::value Optional(const std::optional<Timestamp>& t) {
  return t ? Micros(*t) : json::value(nullptr);
}

}  // namespace

std::string Codec<WarmIntroduction>::Encode(const WarmIntroduction& w) {
  json::array parts;
  for (SharedPart p : w.consent.parts) parts.emplace_back(SharedPartKey(p));
  json::array steps;
  for (const WarmStep& s : w.steps) {
    steps.push_back(json::object{
        {"to", WarmStateKey(s.to)},
        {"at", Micros(s.at)},
        {"by", s.by_user_id},
        {"side", WarmSideKey(s.side)},
        {"reason", s.reason ? json::value(NotLandedReasonKey(*s.reason)) : json::value(nullptr)},
        {"note", s.note},
    });
  }
  json::value view = nullptr;
  if (w.person_view) {
    view = json::object{{"feeling", PersonFeelingKey(w.person_view->feeling)},
                        {"words", w.person_view->words},
                        {"at", Micros(w.person_view->recorded_at)},
                        {"by", w.person_view->recorded_by_user_id}};
  }
  json::object o{
      {"id", w.id},
      {"version", w.version},
      {"team_id", w.team_id},
      {"person_id", w.person_id},
      {"episode_id", w.episode_id},
      {"service_id", w.service_id},
      {"service_name", w.service_name},
      {"directory_organisation_id", w.directory_organisation_id},
      {"partner_organisation_id", w.partner_organisation_id},
      {"made_by", w.made_by_user_id},
      {"made_at", Micros(w.made_at)},
      {"way", WarmWayKey(w.way)},
      {"joint_on", OptDay(w.joint_on)},
      {"note", w.note},
      {"consent", json::object{{"parts", std::move(parts)},
                               {"given", ConsentGivenKey(w.consent.given)},
                               {"at", Micros(w.consent.recorded_at)},
                               {"by", w.consent.recorded_by_user_id},
                               {"words", w.consent.words}}},
      {"state", WarmStateKey(w.state)},
      {"steps", std::move(steps)},
      {"person_view", std::move(view)},
      {"reminders_sent", w.reminders_sent},
      {"last_reminded_at", Optional(w.last_reminded_at)},
  };
  return json::serialize(o);
}

Result<WarmIntroduction> Codec<WarmIntroduction>::Decode(std::string_view body) {
  return internal::DecodeRecord<WarmIntroduction>(body, "warm introduction", [](Reader& r) {
    WarmIntroduction w{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .team_id = r.Text("team_id"),
        .person_id = r.Text("person_id"),
        .episode_id = r.Text("episode_id"),
        .service_id = r.Text("service_id"),
        .service_name = r.Text("service_name"),
        .directory_organisation_id = r.Text("directory_organisation_id"),
        .partner_organisation_id = r.Text("partner_organisation_id"),
        .made_by_user_id = r.Text("made_by"),
        .made_at = r.Time("made_at"),
        .way = r.Enum<WarmWay>("way", ParseWarmWay),
        .joint_on = r.OptDay("joint_on"),
        .note = r.Text("note"),
        .consent = r.Nested("consent",
                            [](Reader& c) {
                              return SharingConsent{
                                  .parts = c.Enums<SharedPart>("parts", ParseSharedPart),
                                  .given = c.Enum<ConsentGiven>("given", ParseConsentGiven),
                                  .recorded_at = c.Time("at"),
                                  .recorded_by_user_id = c.Text("by"),
                                  .words = c.Text("words")};
                            }),
        .state = r.Enum<WarmState>("state", ParseWarmState),
        .steps = r.List("steps",
                        [](Reader& s) {
                          return WarmStep{
                              .to = s.Enum<WarmState>("to", ParseWarmState),
                              .at = s.Time("at"),
                              .by_user_id = s.Text("by"),
                              .side = s.Enum<WarmSide>("side", ParseWarmSide),
                              .reason = s.OptEnum<NotLandedReason>("reason", ParseNotLandedReason),
                              .note = s.Text("note")};
                        }),
        .person_view = r.OptNested("person_view",
                                   [](Reader& v) {
                                     return PersonView{.feeling = v.Enum<PersonFeeling>(
                                                           "feeling", ParsePersonFeeling),
                                                       .words = v.Text("words"),
                                                       .recorded_at = v.Time("at"),
                                                       .recorded_by_user_id = v.Text("by")};
                                   }),
        .reminders_sent = r.SmallInt("reminders_sent"),
        .last_reminded_at = r.OptTime("last_reminded_at"),
    };
    return w;
  });
}

RecordIndex Codec<WarmIntroduction>::Index(const WarmIntroduction& w) {
  return RecordIndex{.team_id = w.team_id,
                     .owner_id = w.partner_organisation_id,
                     .open = w.IsOpen(),
                     .sort_key = ToUnixMicros(w.made_at),
                     .links = {{.person_id = w.person_id, .flag = true}}};
}

}  // namespace lw::records
