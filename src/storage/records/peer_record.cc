// Codec<SharingProfile> and Codec<PeerMentorWish>: peer matching.
#include <utility>

#include "storage/records/json_reader.h"
#include "storage/records/peer_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::Reader;

json::array Areas(const std::vector<LivedExperience>& areas) {
  json::array out;
  for (LivedExperience a : areas) out.emplace_back(LivedExperienceKey(a));
  return out;
}

json::value OptMicros(const std::optional<Timestamp>& t) {
  return t ? Micros(*t) : json::value(nullptr);
}

}  // namespace

std::string Codec<SharingProfile>::Encode(const SharingProfile& p) {
  json::array languages;
  for (const std::string& l : p.languages) languages.emplace_back(l);
  json::object o{
      {"id", p.id},
      {"version", p.version},
      {"user_id", p.user_id},
      {"areas", Areas(p.areas)},
      {"languages", std::move(languages)},
      {"gender", p.gender},
      {"own_words", p.own_words},
      {"consent_given_at", Micros(p.consent_given_at)},
      {"consent_recorded_by", p.consent_recorded_by},
      {"withdrawn_at", OptMicros(p.withdrawn_at)},
  };
  return json::serialize(o);
}

Result<SharingProfile> Codec<SharingProfile>::Decode(std::string_view body) {
  return internal::DecodeRecord<SharingProfile>(body, "sharing profile", [](Reader& r) {
    return SharingProfile{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .user_id = r.Text("user_id"),
        .areas = r.Enums<LivedExperience>("areas", ParseLivedExperience),
        .languages = r.Strings("languages"),
        .gender = r.Text("gender"),
        .own_words = r.Text("own_words"),
        .consent_given_at = r.Time("consent_given_at"),
        .consent_recorded_by = r.Text("consent_recorded_by"),
        .withdrawn_at = r.OptTime("withdrawn_at"),
    };
  });
}

RecordIndex Codec<SharingProfile>::Index(const SharingProfile& p) {
  return RecordIndex{
      .team_id = "", .owner_id = p.user_id, .open = ConsentStands(p), .sort_key = 0, .links = {}};
}

std::string Codec<PeerMentorWish>::Encode(const PeerMentorWish& w) {
  json::value choice = nullptr;
  if (w.choice) {
    const PeerChoice& c = *w.choice;
    choice = json::object{
        {"peer_user_id", c.peer_user_id},
        {"chosen_by", c.chosen_by},
        {"chosen_at", Micros(c.chosen_at)},
        {"together_with_person", c.together_with_person},
        {"response", ChoiceResponseKey(c.response)},
        {"responded_at", OptMicros(c.responded_at)},
        {"response_note", c.response_note},
    };
  }
  json::object o{
      {"id", w.id},
      {"version", w.version},
      {"person_id", w.person_id},
      {"team_id", w.team_id},
      {"areas", Areas(w.areas)},
      {"language", w.language},
      {"preferences", w.preferences},
      {"in_their_words", w.in_their_words},
      {"recorded_by", w.recorded_by},
      {"recorded_at", Micros(w.recorded_at)},
      {"choice", std::move(choice)},
  };
  return json::serialize(o);
}

Result<PeerMentorWish> Codec<PeerMentorWish>::Decode(std::string_view body) {
  return internal::DecodeRecord<PeerMentorWish>(body, "peer mentor wish", [](Reader& r) {
    return PeerMentorWish{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .person_id = r.Text("person_id"),
        .team_id = r.Text("team_id"),
        .areas = r.Enums<LivedExperience>("areas", ParseLivedExperience),
        .language = r.Text("language"),
        .preferences = r.Text("preferences"),
        .in_their_words = r.Text("in_their_words"),
        .recorded_by = r.Text("recorded_by"),
        .recorded_at = r.Time("recorded_at"),
        .choice = r.OptNested("choice",
                              [](Reader& c) {
                                return PeerChoice{
                                    .peer_user_id = c.Text("peer_user_id"),
                                    .chosen_by = c.Text("chosen_by"),
                                    .chosen_at = c.Time("chosen_at"),
                                    .together_with_person = c.Bool("together_with_person"),
                                    .response =
                                        c.Enum<ChoiceResponse>("response", ParseChoiceResponse),
                                    .responded_at = c.OptTime("responded_at"),
                                    .response_note = c.Text("response_note"),
                                };
                              }),
    };
  });
}

RecordIndex Codec<PeerMentorWish>::Index(const PeerMentorWish& w) {
  const bool awaiting = w.choice && w.choice->response == ChoiceResponse::kAwaiting;
  return RecordIndex{.team_id = w.team_id,
                     .owner_id = w.choice ? w.choice->peer_user_id : std::string(),
                     .open = awaiting,
                     .sort_key = 0,
                     .links = {{.person_id = w.person_id, .flag = true}}};
}

}  // namespace lw::records
