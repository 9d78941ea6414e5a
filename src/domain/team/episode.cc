#include "domain/team/episode.h"

#include <algorithm>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

using Errors = std::vector<FieldError>;

std::unexpected<Error> Refuse(std::string message) {
  return Fail(ErrorCode::kFailedPrecondition, std::move(message));
}

// Every transition refuses an ended episode the same way.
Status RequireActive(const Episode& e) {
  if (!e.IsEnded()) return Ok();
  return Refuse("This episode ended on " + e.ending->ended_on.ToDisplay() +
                ". Nothing changes an ended episode: if they would like support again, open a "
                "new one (they can come back at any time)");
}

Episode NextVersion(const Episode& e) {
  Episode next = e;
  ++next.version;
  return next;
}

Result<Episode> Checked(Episode next) {
  CheckEpisodeInvariants(next);
  return next;
}

// A date no earlier than `earliest`, described for the person typing it.
struct Earliest {
  Date day;
  const char* what;  // "the episode started"
};

// Adds a field error when `day` is after `today` or before `earliest`.
void CheckDay(Date day, Earliest earliest, Date today, const char* field, const char* label,
              Errors& errors) {
  if (day > today) {
    errors.push_back({field, std::string(label) + " cannot be in the future"});
  } else if (day < earliest.day) {
    errors.push_back({field, std::string(label) + " cannot be before " + earliest.what + " (" +
                                 earliest.day.ToDisplay() + ")"});
  }
}

Earliest LaterOf(Earliest a, Earliest b) { return b.day > a.day ? b : a; }

void CheckId(std::string& value, const char* field, const char* label, const char* if_missing,
             Errors& errors) {
  CheckText(value, {field, label, kMaxEpisodeIdText, true, if_missing}, errors);
}

void CheckNewEpisode(NewEpisode& r, Date today, Errors& errors) {
  CheckId(r.id, "id", "Episode id", "An episode needs an id", errors);
  CheckId(r.person_id, "person_id", "Person", "Choose the person record", errors);
  CheckId(r.team_id, "team_id", "Team", "Choose the team", errors);
  if (r.introduction_id) {
    CheckId(*r.introduction_id, "introduction_id", "Introduction",
            "Choose the introduction it came from, or leave it out", errors);
  }
  CheckId(r.keyworker_user_id, "keyworker_user_id", "Keyworker", "Choose a keyworker", errors);
  if (r.started_on > today) {
    errors.push_back({"started_on", "The start date cannot be in the future"});
  }
  if (r.planned_end_on && *r.planned_end_on < today) {
    errors.push_back({"planned_end_on", "A planned end must be today or later"});
  }
  if (auto s = ValidateSupportRhythm(r.rhythm); !s) {
    for (auto& fe : s.error().field_errors) errors.push_back(std::move(fe));
  }
}

// The new episode's number, or a refusal while one with the same team is
// active. `latest_end` is set to the last day an earlier one here ended.
Result<int> NextOrdinal(const NewEpisode& r, std::span<const Episode> persons_episodes,
                        std::optional<Date>& latest_end) {
  int highest = 0;
  for (const Episode& e : persons_episodes) {
    if (e.person_id != r.person_id) continue;
    highest = std::max(highest, e.ordinal);
    if (e.team_id != r.team_id) continue;
    if (!e.IsEnded()) {
      return Refuse("They already have an active episode with this team (episode " +
                    std::to_string(e.ordinal) + ", started " + e.started_on.ToDisplay() +
                    "): carry on the support there");
    }
    if (!latest_end || e.ending->ended_on > *latest_end) latest_end = e.ending->ended_on;
  }
  return highest + 1;
}

}  // namespace

void CheckEpisodeInvariants(const Episode& e) {
  LW_CHECK(e.version >= 1);
  LW_CHECK(e.ordinal >= 1);
  LW_CHECK(e.IsEnded() == e.ending.has_value());

  const auto& history = e.keyworker_history;
  LW_CHECK(!history.empty());
  LW_CHECK(history.front().from == e.started_on);
  for (std::size_t i = 0; i + 1 < history.size(); ++i) {
    LW_CHECK(history[i].to.has_value());
    LW_CHECK(history[i].from <= *history[i].to);
    LW_CHECK(*history[i].to == history[i + 1].from);
  }
  LW_CHECK(history.back().user_id == e.keyworker_user_id);
  if (e.ending) {
    LW_CHECK(history.back().to == e.ending->ended_on);
    LW_CHECK(history.back().from <= e.ending->ended_on);
  } else {
    LW_CHECK(!history.back().to.has_value());
  }

  LW_CHECK(std::is_sorted(e.reviews.begin(), e.reviews.end(),
                          [](const auto& a, const auto& b) { return a.on < b.on; }));
  if (e.reviews.empty()) {
    LW_CHECK(!e.last_review_on.has_value());
  } else {
    LW_CHECK(e.reviews.front().on >= e.started_on);
    LW_CHECK(e.last_review_on == e.reviews.back().on);
  }
  if (e.planned_end_on) LW_CHECK(*e.planned_end_on >= e.started_on);

  if (e.ending) {
    LW_CHECK(e.ending->ended_on >= e.started_on);
    if (e.last_review_on) LW_CHECK(e.ending->ended_on >= *e.last_review_on);
    LW_CHECK(e.ending->moving_on_to.empty() == (e.ending->reason != EpisodeEnding::kMovingOn));
    LW_CHECK(e.ending->other_reason.empty() == (e.ending->reason != EpisodeEnding::kOther));
  }
}

Result<Episode> OpenEpisode(NewEpisode r, std::span<const Episode> persons_episodes, Date today) {
  Errors errors;
  CheckNewEpisode(r, today, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  std::optional<Date> latest_end;
  auto ordinal = NextOrdinal(r, persons_episodes, latest_end);
  if (!ordinal) return Fail(ordinal.error());
  if (latest_end && r.started_on < *latest_end) {
    return Fail(Error::Invalid(
        "There is a problem",
        {{"started_on", "Their last episode with this team ended on " + latest_end->ToDisplay() +
                            ": the new one cannot start before then"}}));
  }
  Episode e{
      .id = std::move(r.id),
      .version = 1,
      .ordinal = *ordinal,
      .person_id = std::move(r.person_id),
      .team_id = std::move(r.team_id),
      .introduction_id = std::move(r.introduction_id),
      .keyworker_user_id = r.keyworker_user_id,
      .keyworker_history = {{.user_id = std::move(r.keyworker_user_id), .from = r.started_on}},
      .started_on = r.started_on,
      .rhythm = r.rhythm,
      .planned_end_on = r.planned_end_on,
      .intensity = r.intensity,
  };
  return Checked(std::move(e));
}

Result<Episode> ReassignKeyworker(const Episode& e, std::string user_id, Date from,
                                  std::string reason, Date today) {
  if (auto s = RequireActive(e); !s) return Fail(s.error());
  Errors errors;
  CheckId(user_id, "keyworker_user_id", "Keyworker", "Choose the new keyworker", errors);
  if (!user_id.empty() && user_id == e.keyworker_user_id) {
    errors.push_back({"keyworker_user_id", "They are already the keyworker"});
  }
  CheckText(reason, {"reason", "The reason", kMaxEpisodeLineText}, errors);
  CheckDay(from, {e.keyworker_history.back().from, "the current keyworker started"}, today, "from",
           "The date of the change", errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Episode next = NextVersion(e);
  next.keyworker_history.back().to = from;
  next.keyworker_history.push_back({.user_id = user_id, .from = from, .reason = std::move(reason)});
  next.keyworker_user_id = std::move(user_id);
  return Checked(std::move(next));
}

Result<Episode> RecordReview(const Episode& e, EpisodeReview review, Date today) {
  if (auto s = RequireActive(e); !s) return Fail(s.error());
  Errors errors;
  CheckDay(review.on, {e.started_on, "the episode started"}, today, "on", "The review date",
           errors);
  CheckId(review.by_user_id, "by_user_id", "Who held it", "Say who held the review", errors);
  CheckText(review.note, {"note", "The note", kMaxEpisodeNoteText}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Episode next = NextVersion(e);
  auto at = std::upper_bound(next.reviews.begin(), next.reviews.end(), review.on,
                             [](Date on, const EpisodeReview& r) { return on < r.on; });
  next.reviews.insert(at, std::move(review));
  next.last_review_on = next.reviews.back().on;
  return Checked(std::move(next));
}

Result<Episode> PlanEnding(const Episode& e, std::optional<Date> planned_end_on, Date today) {
  if (auto s = RequireActive(e); !s) return Fail(s.error());
  if (planned_end_on && *planned_end_on < today) {
    return Fail(Error::Invalid("There is a problem",
                               {{"planned_end_on",
                                 "A planned end must be today or later: if support has already "
                                 "ended, record the ending"}}));
  }
  Episode next = NextVersion(e);
  next.planned_end_on = planned_end_on;
  return Checked(std::move(next));
}

Result<Episode> SetIntensity(const Episode& e, Intensity intensity) {
  if (auto s = RequireActive(e); !s) return Fail(s.error());
  Episode next = NextVersion(e);
  next.intensity = intensity;
  return Checked(std::move(next));
}

Result<Episode> EndEpisode(const Episode& e, EpisodeEnd end, Date today) {
  if (auto s = RequireActive(e); !s) return Fail(s.error());
  Errors errors;
  Earliest earliest{e.started_on, "the episode started"};
  if (e.last_review_on) earliest = LaterOf(earliest, {*e.last_review_on, "the last review"});
  earliest = LaterOf(earliest, {e.keyworker_history.back().from, "the current keyworker started"});
  CheckDay(end.ended_on, earliest, today, "ended_on", "The end date", errors);
  CheckId(end.ended_by_user_id, "ended_by_user_id", "Who recorded it",
          "Say who recorded the ending", errors);
  CheckText(end.persons_words, {"persons_words", "Their words", kMaxEpisodeNoteText}, errors);
  if (end.reason == EpisodeEnding::kMovingOn) {
    CheckText(end.moving_on_to,
              {"moving_on_to", "Where they are moving on to", kMaxEpisodeLineText, true,
               "Say where they are moving on to"},
              errors);
  } else {
    end.moving_on_to.clear();
  }
  if (end.reason == EpisodeEnding::kOther) {
    CheckText(
        end.other_reason,
        {"other_reason", "The reason", kMaxEpisodeLineText, true, "Say briefly why support ended"},
        errors);
  } else {
    end.other_reason.clear();
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Episode next = NextVersion(e);
  next.keyworker_history.back().to = end.ended_on;
  next.status = EpisodeStatus::kEnded;
  next.ending = std::move(end);
  return Checked(std::move(next));
}

}  // namespace lw
