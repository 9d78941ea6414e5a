// Writing the team's records as JSON (team_json.h).
#include "api/team_json.h"

#include "base/dates.h"
#include "domain/team/episode_schedule.h"

namespace lw::api {
namespace {

namespace json = boost::json;

json::value OrNull(const std::optional<Date>& d) {
  return d ? json::value(d->ToIso()) : json::value(nullptr);
}

json::value OrNull(const std::optional<int>& n) {
  return n ? json::value(*n) : json::value(nullptr);
}

json::array Texts(const std::vector<std::string>& items) {
  json::array out;
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

json::object MemberJson(const User& u) {
  return {{"user_id", u.id}, {"display_name", u.display_name}, {"role", RoleKey(u.role)}};
}

json::object SubjectJson(const DecisionSubject& about) {
  return {{"kind", DecisionSubjectKindKey(about.kind)}, {"id", about.id}};
}

json::object RhythmJson(const SupportRhythm& r) {
  return {{"review_every_weeks", OrNull(r.review_every_weeks)},
          {"time_limit_weeks", OrNull(r.time_limit_weeks)},
          {"session_guide", OrNull(r.session_guide)}};
}

json::object EqualityJson(const EqualityRecord& equality) {
  json::object o;
  for (const auto& [question, a] : equality.answers) {
    o[question] =
        json::object{{"option", a.option}, {"described", a.described}, {"kinds", Texts(a.kinds)}};
  }
  return o;
}

json::object CornerJson(const CornerPerson& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"relationship", CornerRelationshipKey(p.relationship)},
          {"relationship_detail", p.relationship_detail},
          {"is_carer", p.is_carer},
          {"may_contact", p.may_contact},
          {"phone", p.phone},
          {"email", p.email},
          {"notes", p.notes}};
}

json::object HuddleItemJson(const HuddleItem& item) {
  json::array decisions;
  for (const TeamDecision& d : item.decisions) decisions.emplace_back(DecisionJson(d));
  return {{"kind", HuddleItemKindKey(item.kind)},
          {"subject_id", item.subject_id},
          {"about", SubjectJson(item.about)},
          {"person_id", item.person_id},
          {"person_name", item.person_name},
          {"reference", item.reference},
          {"worker_user_id", item.worker_user_id},
          {"why", item.why},
          {"urgency", item.urgency},
          {"decisions", std::move(decisions)}};
}

}  // namespace

json::object PersonJson(const Person& p) {
  return {{"id", p.id},
          {"version", p.version},
          {"team_id", p.team_id},
          {"given_name", p.given_name},
          {"family_name", p.family_name},
          {"preferred_name", p.preferred_name},
          {"date_of_birth", OrNull(p.date_of_birth)},
          {"postcode", p.postcode},
          {"nhs_number", p.nhs_number}};
}

json::object DetailsJson(const PersonDetailsRecord& record) {
  const PersonDetails& d = record.details;
  json::array methods;
  for (ContactMethod m : d.contact.methods) methods.emplace_back(ContactMethodKey(m));
  json::array corner;
  for (const CornerPerson& p : d.people_in_corner) corner.emplace_back(CornerJson(p));
  json::array languages;
  for (const Language& l : d.languages) {
    languages.emplace_back(json::object{{"name", l.name}, {"main", l.main}});
  }
  return {{"person_id", record.person_id},
          {"version", record.version},
          {"legal_given_name", d.legal_name.given_name},
          {"legal_family_name", d.legal_name.family_name},
          {"pronouns", d.pronouns},
          {"address_line_1", d.address.line_1},
          {"address_line_2", d.address.line_2},
          {"address_town", d.address.town},
          {"address_postcode", d.address.postcode},
          {"contact_methods", std::move(methods)},
          {"phone", d.contact.phone},
          {"email", d.contact.email},
          {"may_leave_message", d.contact.may_leave_message},
          {"safe_times", d.contact.safe_times},
          {"safe_contact_notes", d.safe_contact_notes},
          {"gp_practice_name", d.gp_practice.name},
          {"gp_practice_ods_code", d.gp_practice.ods_code},
          {"people_in_corner", std::move(corner)},
          {"languages", std::move(languages)},
          {"interpreter_needed",
           d.interpreter_needed ? json::value(*d.interpreter_needed) : json::value(nullptr)},
          {"communication_needs", d.communication_needs},
          {"equality", EqualityJson(d.equality)}};
}

json::object EpisodeJson(const Episode& e) {
  json::array history;
  for (const KeyworkerSpell& s : e.keyworker_history) {
    history.emplace_back(json::object{{"user_id", s.user_id},
                                      {"from", s.from.ToIso()},
                                      {"to", OrNull(s.to)},
                                      {"reason", s.reason}});
  }
  json::array reviews;
  for (const EpisodeReview& r : e.reviews) {
    reviews.emplace_back(
        json::object{{"on", r.on.ToIso()}, {"by_user_id", r.by_user_id}, {"note", r.note}});
  }
  json::value ending = nullptr;
  if (e.ending) {
    const EpisodeEnd& x = *e.ending;
    ending = json::object{{"reason", EpisodeEndingKey(x.reason)},
                          {"planned_transition", IsPlannedTransition(x.reason)},
                          {"persons_words", x.persons_words},
                          {"moving_on_to", x.moving_on_to},
                          {"other_reason", x.other_reason},
                          {"ended_on", x.ended_on.ToIso()},
                          {"ended_by_user_id", x.ended_by_user_id}};
  }
  return {{"id", e.id},
          {"version", e.version},
          {"ordinal", e.ordinal},
          {"person_id", e.person_id},
          {"team_id", e.team_id},
          {"introduction_id", e.introduction_id ? json::value(*e.introduction_id) : nullptr},
          {"keyworker_user_id", e.keyworker_user_id},
          {"keyworker_history", std::move(history)},
          {"started_on", e.started_on.ToIso()},
          {"rhythm", RhythmJson(e.rhythm)},
          {"last_review_on", OrNull(e.last_review_on)},
          {"reviews", std::move(reviews)},
          {"next_review_due", OrNull(NextReviewDue(e))},
          {"planned_end_on", OrNull(e.planned_end_on)},
          {"intensity", IntensityKey(e.intensity)},
          {"status", EpisodeStatusKey(e.status)},
          {"ending", std::move(ending)}};
}

json::object ContactJson(const Contact& c) {
  json::array staff;
  for (const ContactStaff& s : c.staff) {
    staff.emplace_back(
        json::object{{"user_id", s.user_id}, {"organisation_id", s.organisation_id}});
  }
  json::array people;
  for (const ContactPerson& p : c.people) {
    people.emplace_back(json::object{{"person_id", p.person_id},
                                     {"episode_id", p.episode_id},
                                     {"attendance", AttendanceKey(p.attendance)}});
  }
  return {{"id", c.id},
          {"version", c.version},
          {"occurred_at", FormatUtcIso(c.occurred_at)},
          {"duration_minutes", c.duration_minutes},
          {"staff", std::move(staff)},
          {"people", std::move(people)},
          {"mode", ContactModeKey(c.mode)},
          {"place", c.place ? json::value(ContactPlaceKey(*c.place)) : json::value(nullptr)},
          {"group_session_name", c.group_session_name},
          {"note", c.note}};
}

json::object ConcernJson(const Concern& c) {
  json::value resolution = nullptr;
  if (c.resolution) {
    resolution = json::object{{"at", FormatUtcIso(c.resolution->at)},
                              {"by_user_id", c.resolution->by_user_id},
                              {"how", c.resolution->how}};
  }
  return {{"id", c.id},
          {"version", c.version},
          {"team_id", c.team_id},
          {"person_id", c.person_id},
          {"raised_by_user_id", c.raised_by_user_id},
          {"raised_by_role", RoleKey(c.raised_by_role)},
          {"raised_at", FormatUtcIso(c.raised_at)},
          {"text", c.text},
          {"status", ConcernStatusKey(c.status)},
          {"resolution", std::move(resolution)}};
}

json::object DecisionJson(const TeamDecision& d) {
  json::array history;
  for (const ByWhenChange& c : d.by_when_history) {
    history.emplace_back(json::object{{"from", c.from.ToIso()},
                                      {"to", c.to.ToIso()},
                                      {"reason", c.reason},
                                      {"by_user_id", c.by_user_id},
                                      {"at", FormatUtcIso(c.at)}});
  }
  json::value done = nullptr;
  if (d.done) {
    done = json::object{{"on", d.done->on.ToIso()},
                        {"by_user_id", d.done->by_user_id},
                        {"outcome", d.done->outcome}};
  }
  return {{"id", d.id},
          {"version", d.version},
          {"team_id", d.team_id},
          {"huddle_on", d.huddle_on.ToIso()},
          {"about", SubjectJson(d.about)},
          {"person_id", d.person_id},
          {"what", d.what},
          {"who_does_it", d.who_does_it},
          {"by_when", d.by_when.ToIso()},
          {"present", Texts(d.present)},
          {"recorded_by", d.recorded_by},
          {"recorded_at", FormatUtcIso(d.recorded_at)},
          {"by_when_history", std::move(history)},
          {"done", std::move(done)}};
}

json::object BreakGlassJson(const BreakGlass& g) {
  json::value review = nullptr;
  if (g.review) {
    review = json::object{{"by_user_id", g.review->by_user_id},
                          {"at", FormatUtcIso(g.review->at)},
                          {"note", g.review->note}};
  }
  return {{"id", g.id},
          {"version", g.version},
          {"user_id", g.user_id},
          {"team_id", g.team_id},
          {"person_id", g.person_id},
          {"reason", g.reason},
          {"granted_at", FormatUtcIso(g.granted_at)},
          {"expires_at", FormatUtcIso(g.expires_at)},
          {"review", std::move(review)}};
}

json::object RecordJson(const PersonRecordView& v) {
  json::array episodes, contacts, concerns, decisions, introductions, timeline;
  for (const Episode& e : v.episodes) episodes.emplace_back(EpisodeJson(e));
  for (const Contact& c : v.contacts) contacts.emplace_back(ContactJson(c));
  for (const Concern& c : v.concerns) concerns.emplace_back(ConcernJson(c));
  for (const TeamDecision& d : v.decisions) decisions.emplace_back(DecisionJson(d));
  for (const Introduction& in : v.introductions) {
    introductions.emplace_back(json::object{{"id", in.id},
                                            {"reference", in.reference},
                                            {"team_id", in.team_id},
                                            {"received_at", FormatUtcIso(in.received_at)},
                                            {"state", IntroductionStateKey(in.state)}});
  }
  for (const TimelineEntry& t : v.timeline) {
    json::array with;
    for (const std::string& id : t.with_user_ids) with.emplace_back(id);
    timeline.emplace_back(json::object{{"at", FormatUtcIso(t.at)},
                                       {"kind", t.kind},
                                       {"title", t.title},
                                       {"detail", t.detail},
                                       {"by_user_id", t.by_user_id},
                                       {"with_user_ids", std::move(with)},
                                       {"episode_id", t.episode_id}});
  }
  return {{"person", PersonJson(v.person)},
          {"details", DetailsJson(v.details)},
          {"episodes", std::move(episodes)},
          {"contacts", std::move(contacts)},
          {"concerns", std::move(concerns)},
          {"decisions", std::move(decisions)},
          {"introductions", std::move(introductions)},
          {"timeline", std::move(timeline)},
          {"break_glass", v.break_glass ? json::value(BreakGlassJson(*v.break_glass)) : nullptr},
          {"may_change", v.may_change}};
}

json::object HuddleJson(const HuddleView& v) {
  json::array sections;
  for (HuddleSection section : kAllHuddleSections) {
    json::array items;
    for (const HuddleItem& item : v.board.Items(section)) items.emplace_back(HuddleItemJson(item));
    sections.emplace_back(json::object{{"key", HuddleSectionKey(section)},
                                       {"title", HuddleSectionTitle(section)},
                                       {"items", std::move(items)}});
  }
  json::array members;
  for (const User& u : v.team_members) members.emplace_back(MemberJson(u));
  return {{"team_id", v.team_id},
          {"team_name", v.team_name},
          {"today", v.board.today.ToIso()},
          {"week_ends_on", v.board.week_ends_on.ToIso()},
          {"sections", std::move(sections)},
          {"team_members", std::move(members)}};
}

json::object CaseloadJson(const CaseloadView& v) {
  json::array lines;
  for (std::size_t i = 0; i < v.caseload.lines.size(); ++i) {
    const CaseloadLine& line = v.caseload.lines[i];
    std::string name;
    if (i < v.people.size()) name = v.people[i].CallName() + " " + v.people[i].family_name;
    json::value next = nullptr;
    if (line.next_due) {
      next = json::object{{"kind", DueKindKey(line.next_due->kind)},
                          {"on", line.next_due->on.ToIso()}};
    }
    lines.emplace_back(json::object{{"episode_id", line.episode_id},
                                    {"person_id", line.person_id},
                                    {"person_name", name},
                                    {"intensity", IntensityKey(line.intensity)},
                                    {"next_due", std::move(next)},
                                    {"overdue", line.overdue},
                                    {"last_seen_on", OrNull(line.last_seen_on)}});
  }
  return {{"worker", MemberJson(v.worker)},
          {"count", v.caseload.count},
          {"weighted", v.caseload.weighted},
          {"lines", std::move(lines)}};
}

json::object TeamCaseloadJson(const TeamCaseloadView& v) {
  json::array workers;
  for (const WorkerLoad& w : v.balance.workers) {
    std::string name;
    for (const User& u : v.workers) {
      if (u.id == w.user_id) name = u.display_name;
    }
    workers.emplace_back(json::object{{"user_id", w.user_id},
                                      {"display_name", name},
                                      {"count", w.count},
                                      {"weighted", w.weighted},
                                      {"heavy", w.heavy}});
  }
  return {{"team_id", v.team_id},
          {"count", v.balance.count},
          {"weighted", v.balance.weighted},
          {"mean_weighted", v.balance.mean_weighted},
          {"workers", std::move(workers)}};
}

}  // namespace lw::api
