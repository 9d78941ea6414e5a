// Codec<MyPlan>: the person's plan, in their words, keyed by the person's id.
// Member names are the section keys of kPlanSections (stored data: never
// renamed); a section added later is read as "" when absent.
#include "storage/records/json_reader.h"
#include "storage/records/plan_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::OptDay;
using internal::Reader;

}  // namespace

std::string Codec<MyPlan>::Encode(const MyPlan& p) {
  json::object sections;
  for (const PlanSection& s : kPlanSections) sections[s.key] = s.text(p);
  json::array actions;
  for (const PlanAction& a : p.actions) {
    actions.emplace_back(json::object{
        {"who", a.who}, {"what", a.what}, {"by_when", OptDay(a.by_when)}, {"done", a.done}});
  }
  json::object o{
      {"person_id", p.person_id},
      {"version", p.version},
      {"team_id", p.team_id},
      {"sections", std::move(sections)},
      {"actions", std::move(actions)},
      {"entered_by", EnteredByKey(p.entered_by)},
      {"updated_at", Micros(p.updated_at)},
      {"updated_by", p.updated_by_user_id},
  };
  return json::serialize(o);
}

Result<MyPlan> Codec<MyPlan>::Decode(std::string_view body) {
  return internal::DecodeRecord<MyPlan>(body, "plan", [](Reader& r) {
    MyPlan p{.person_id = r.Text("person_id"),
             .version = r.Int("version"),
             .team_id = r.Text("team_id")};
    r.Nested("sections", [&p](Reader& s) {
      for (const PlanSection& section : kPlanSections) {
        // A section added after the first version reads as empty.
        section.mutable_text(p) = s.TextOr(section.key, "");
      }
      return 0;
    });
    p.actions = r.List("actions", [](Reader& a) {
      return PlanAction{.who = a.Text("who"),
                        .what = a.Text("what"),
                        .by_when = a.OptDay("by_when"),
                        .done = a.Bool("done")};
    });
    p.entered_by = r.Enum<EnteredBy>("entered_by", ParseEnteredBy);
    p.updated_at = r.Time("updated_at");
    p.updated_by_user_id = r.Text("updated_by");
    return p;
  });
}

RecordIndex Codec<MyPlan>::Index(const MyPlan& p) {
  return RecordIndex{.team_id = p.team_id,
                     .owner_id = "",
                     .open = true,
                     .sort_key = 0,
                     .links = {{.person_id = p.person_id, .flag = true}}};
}

}  // namespace lw::records
