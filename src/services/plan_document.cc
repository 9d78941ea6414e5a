// The plan document: encoding and strict decoding (plan_document.h).
#include "services/plan_document.h"

#include <boost/json.hpp>

#include <set>
#include <utility>
#include <vector>

#include "base/dates.h"

namespace lw {
namespace {

namespace json = boost::json;

json::value OptDay(const std::optional<Date>& d) {
  return d ? json::value(d->ToIso()) : json::value(nullptr);
}

bool TwoDigits(std::string_view s, int& out) {
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
  out = (s[0] - '0') * 10 + (s[1] - '0');
  return true;
}

// "YYYY-MM-DDTHH:MM:SS[.ffffff]Z", as FormatUtcIso writes.
std::optional<Timestamp> ParseUtc(std::string_view text) {
  if (text.size() < 20 || text[10] != 'T' || text.back() != 'Z') return std::nullopt;
  auto date = Date::Parse(text.substr(0, 10));
  int h = 0, m = 0, s = 0;
  if (!date || text[13] != ':' || text[16] != ':' || !TwoDigits(text.substr(11, 2), h) ||
      !TwoDigits(text.substr(14, 2), m) || !TwoDigits(text.substr(17, 2), s) || h > 23 || m > 59 ||
      s > 59) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(19, text.size() - 20);
  long long micros = 0;
  if (!rest.empty()) {
    if (rest[0] != '.' || rest.size() < 2 || rest.size() > 7) return std::nullopt;
    long long scale = 100'000;
    for (char c : rest.substr(1)) {
      if (c < '0' || c > '9') return std::nullopt;
      micros += (c - '0') * scale;
      scale /= 10;
    }
  }
  return std::chrono::sys_days(date->ToSysDays()) + std::chrono::hours(h) +
         std::chrono::minutes(m) + std::chrono::seconds(s) + std::chrono::microseconds(micros);
}

// Reads one object's members by name, collecting a FieldError per problem
// and, at Finish, one per member nobody asked for.
class Members {
 public:
  Members(const json::object& object, std::string path, std::vector<FieldError>& errors)
      : object_(object), path_(std::move(path)), errors_(errors) {}

  std::string Name(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }
  void Add(std::string_view key, std::string message) {
    errors_.push_back({Name(key), std::move(message)});
  }
  // Null when absent (an error when `required`) or of another type (an error).
  const json::value* Get(std::string_view key, bool required) {
    read_.insert(std::string(key));
    auto it = object_.find(key);
    if (it == object_.end()) {
      if (required) Add(key, "Missing");
      return nullptr;
    }
    return &it->value();
  }
  std::string Text(std::string_view key, bool required) {
    const json::value* v = Get(key, required);
    if (v == nullptr) return {};
    if (!v->is_string()) {
      Add(key, "Must be text (a JSON string)");
      return {};
    }
    return std::string(v->get_string());
  }
  std::optional<std::string> OptText(std::string_view key) {
    const json::value* v = Get(key, false);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
      Add(key, "Must be text (a JSON string) or null");
      return std::nullopt;
    }
    return std::string(v->get_string());
  }
  std::optional<Date> OptDay(std::string_view key) {
    auto text = OptText(key);
    if (!text) return std::nullopt;
    auto d = Date::Parse(*text);
    if (!d) {
      Add(key, "Must be a date like 2026-03-09");
      return std::nullopt;
    }
    return *d;
  }
  bool Bool(std::string_view key) {
    const json::value* v = Get(key, true);
    if (v == nullptr) return false;
    if (!v->is_bool()) {
      Add(key, "Must be true or false");
      return false;
    }
    return v->get_bool();
  }
  const json::object* Object(std::string_view key) {
    const json::value* v = Get(key, true);
    if (v == nullptr) return nullptr;
    if (!v->is_object()) {
      Add(key, "Must be an object");
      return nullptr;
    }
    return &v->get_object();
  }
  const json::array* Array(std::string_view key, bool required) {
    const json::value* v = Get(key, required);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) {
      Add(key, "Must be a list");
      return nullptr;
    }
    return &v->get_array();
  }
  void Finish() {
    for (const auto& [key, value] : object_) {
      if (!read_.contains(std::string(key))) Add(key, "Unknown member");
    }
  }

 private:
  const json::object& object_;
  std::string path_;
  std::vector<FieldError>& errors_;
  std::set<std::string> read_;
};

std::optional<EnteredBy> ReadEnteredBy(Members& m, std::string_view key) {
  std::string text = m.Text(key, true);
  if (text.empty()) return std::nullopt;
  auto by = ParseEnteredBy(text);
  if (!by) m.Add(key, "Must be together, person or practitioner");
  return by;
}

// Each object in the array at `key`, read by `read(Members&)`.
template <typename F>
void EachObject(Members& m, std::string_view key, bool required, std::vector<FieldError>& errors,
                F read) {
  const json::array* a = m.Array(key, required);
  if (a == nullptr) return;
  for (std::size_t i = 0; i < a->size(); ++i) {
    const std::string where = m.Name(key) + "[" + std::to_string(i) + "]";
    if (!(*a)[i].is_object()) {
      errors.push_back({where, "Must be an object"});
      continue;
    }
    Members item((*a)[i].get_object(), where, errors);
    read(item);
    item.Finish();
  }
}

}  // namespace

std::string EncodePlanDocument(const PlanExport& e, std::string_view service_name) {
  json::object plan{{"enteredBy", EnteredByKey(e.plan.entered_by)}};
  json::object safety;
  for (const PlanSection& s : kPlanSections) {
    (s.part == PlanPart::kSafety ? safety : plan)[s.key] = s.text(e.plan);
  }
  json::array actions;
  for (const PlanAction& a : e.plan.actions) {
    actions.emplace_back(json::object{
        {"who", a.who}, {"what", a.what}, {"byWhen", OptDay(a.by_when)}, {"done", a.done}});
  }
  plan["actions"] = std::move(actions);
  plan["safetyPlan"] = std::move(safety);
  json::array history;
  for (const PlanVersionEntry& v : e.history) {
    history.emplace_back(json::object{{"version", v.plan.version},
                                      {"at", FormatUtcIso(v.change.changed_at)},
                                      {"enteredBy", EnteredByKey(v.plan.entered_by)}});
  }
  json::object doc{
      {"format", kPlanDocumentFormat},
      {"formatVersion", kPlanDocumentVersion},
      {"exportedAt", FormatUtcIso(e.exported_at)},
      {"exportedBy", json::object{{"service", service_name}}},
      {"person",
       json::object{{"name", e.person.given_name + " " + e.person.family_name},
                    {"dateOfBirth", OptDay(e.person.date_of_birth)},
                    {"nhsNumber", e.person.nhs_number.empty() ? json::value(nullptr)
                                                              : json::value(e.person.nhs_number)}}},
      {"plan", std::move(plan)},
      {"history", std::move(history)},
  };
  return json::serialize(doc);
}

Result<PlanImport> DecodePlanDocument(std::string_view text) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec || !root.is_object()) {
    return Fail(Error::Invalid("This is not a plan document",
                               {{"document", "This is not a plan document: it is not JSON"}}));
  }
  std::vector<FieldError> errors;
  Members doc(root.get_object(), "", errors);
  if (const json::value* f = doc.Get("format", true); f != nullptr) {
    if (!f->is_string() || f->get_string() != kPlanDocumentFormat) {
      doc.Add("format", "This is not a plan document: format must be livingwell-plan");
    }
  }
  if (const json::value* v = doc.Get("formatVersion", true); v != nullptr) {
    if (!v->is_int64() || v->get_int64() != kPlanDocumentVersion) {
      doc.Add("formatVersion", "This version of livingwell reads plan documents of version 1");
    }
  }
  // A document of another format says nothing more we can trust.
  if (!errors.empty())
    return Fail(Error::Invalid("This is not a plan document", std::move(errors)));

  PlanImport out;
  const std::string exported_at = doc.Text("exportedAt", true);
  if (!exported_at.empty()) {
    auto t = ParseUtc(exported_at);
    if (t) {
      out.exported_at = *t;
    } else {
      doc.Add("exportedAt", "Must be a time like 2026-03-09T14:05:00Z");
    }
  }
  if (const json::object* by = doc.Object("exportedBy"); by != nullptr) {
    Members m(*by, "exportedBy", errors);
    out.source_service = m.Text("service", true);
    m.Finish();
  }
  if (const json::object* person = doc.Object("person"); person != nullptr) {
    Members m(*person, "person", errors);
    out.person.name = m.Text("name", true);
    out.person.date_of_birth = m.OptDay("dateOfBirth");
    out.person.nhs_number = m.OptText("nhsNumber").value_or("");
    m.Finish();
  }
  if (const json::object* plan = doc.Object("plan"); plan != nullptr) {
    Members m(*plan, "plan", errors);
    if (auto by = ReadEnteredBy(m, "enteredBy")) out.plan.entered_by = *by;
    for (const PlanSection& s : kPlanSections) {
      if (s.part != PlanPart::kSafety) s.mutable_text(out.plan) = m.Text(s.key, false);
    }
    EachObject(m, "actions", false, errors, [&out](Members& a) {
      out.plan.actions.push_back(PlanAction{.who = a.Text("who", true),
                                            .what = a.Text("what", true),
                                            .by_when = a.OptDay("byWhen"),
                                            .done = a.Bool("done")});
    });
    if (m.Get("safetyPlan", false) != nullptr) {
      if (const json::object* safety = m.Object("safetyPlan"); safety != nullptr) {
        Members sm(*safety, "plan.safetyPlan", errors);
        for (const PlanSection& s : kPlanSections) {
          if (s.part == PlanPart::kSafety) s.mutable_text(out.plan) = sm.Text(s.key, false);
        }
        sm.Finish();
      }
    }
    m.Finish();
  }
  EachObject(doc, "history", false, errors, [](Members& h) {
    if (const json::value* v = h.Get("version", true); v != nullptr && !v->is_int64()) {
      h.Add("version", "Must be a whole number");
    }
    (void)h.Text("at", true);
    (void)ReadEnteredBy(h, "enteredBy");
  });
  doc.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return out;
}

}  // namespace lw
