#include "services/auth_service.h"

#include <algorithm>
#include <cctype>

#include "base/ids.h"
#include "services/audit_events.h"

namespace lw {
namespace {

constexpr std::string_view kBadCredentials = "Enter a correct username and password";
constexpr std::string_view kThrottled =
    "There have been too many attempts to sign in. Wait 15 minutes, then try again.";

// Usernames are at most 64 characters; anything typed beyond 100 cannot be
// an account, and must not grow the throttling table without bound.
std::string AccountKey(std::string_view username) {
  return "account:" + std::string(username.substr(0, 100));
}
std::string AddressKey(std::string_view address) { return "address:" + std::string(address); }

}  // namespace

std::string NormaliseUsername(std::string_view username) {
  auto b = username.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = username.find_last_not_of(" \t\r\n");
  std::string out(username.substr(b, e - b + 1));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Actor ActorFor(const User& user, AuthMethod method) {
  Actor a;
  a.user_id = user.id;
  a.username = user.username;
  a.display_name = user.display_name;
  a.role = user.role;
  a.organisation_id = user.organisation_id;
  a.team_id = user.team_id;
  a.method = method;
  return a;
}

AuthService::AuthService(Store& store, const Clock& clock, Random& random, AuthOptions options)
    : store_(store), clock_(clock), random_(random), options_(options) {}

const std::string& AuthService::DummyHash() {
  std::call_once(dummy_once_, [this] {
    dummy_hash_ = HashPassword(random_.Hex(16), options_.password).value_or("");
  });
  return dummy_hash_;
}

Result<SignedIn> AuthService::SignIn(std::string_view username_in, std::string_view password,
                                     std::string_view remote_address) {
  const std::string username = NormaliseUsername(username_in);
  const Timestamp now = clock_.Now();
  const std::string account_key = AccountKey(username);
  const std::string address_key = AddressKey(remote_address);

  std::optional<User> user;
  bool throttled = false;
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto account = tx.SignInFailures(account_key, now, options_.throttle_window);
    if (!account) return Fail(account.error());
    auto address = tx.SignInFailures(address_key, now, options_.throttle_window);
    if (!address) return Fail(address.error());
    throttled =
        *account >= options_.max_account_failures || *address >= options_.max_address_failures;
    user.reset();
    if (username.empty() || username.size() > 100) return Ok();
    auto found = tx.FindUserByUsername(username);
    if (!found) return Fail(found.error());
    user = std::move(*found);
    return Ok();
  });
  if (!read) return Fail(read.error());
  if (throttled) return Fail(ErrorCode::kResourceExhausted, std::string(kThrottled));

  bool ok = false;
  if (user && user->active && password.size() <= kMaxPasswordLength) {
    ok = VerifyPassword(password, user->password_hash);
  } else {
    VerifyPassword(password.substr(0, kMaxPasswordLength), DummyHash());
  }

  if (!ok) {
    auto recorded = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      if (auto r = tx.RecordSignInFailure(account_key, now, options_.throttle_window); !r) {
        return Fail(r.error());
      }
      if (auto r = tx.RecordSignInFailure(address_key, now, options_.throttle_window); !r) {
        return Fail(r.error());
      }
      return Ok();
    });
    if (!recorded) return Fail(recorded.error());
    return Fail(ErrorCode::kUnauthenticated, std::string(kBadCredentials));
  }

  SignedIn result;
  result.session_token = NewSecretToken(random_);
  result.csrf_token = NewSecretToken(random_);
  result.actor = ActorFor(*user, AuthMethod::kSession);
  Session session{.token_hash = HashToken(result.session_token),
                  .user_id = user->id,
                  .csrf_token = result.csrf_token,
                  .created_at = now,
                  .last_seen_at = now};
  auto written = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = tx.ClearSignInFailures(account_key); !s) return s;
    if (auto s = tx.CreateSession(session); !s) return s;
    auto audit =
        tx.AppendAudit(MakeAuditEvent(result.actor, now, "session.create", "user", user->id));
    if (!audit) return Fail(audit.error());
    return Ok();
  });
  if (!written) return Fail(written.error());
  return result;
}

Result<std::optional<ResolvedSession>> AuthService::ResolveSession(std::string_view token) {
  if (token.empty() || token.size() > 128) return std::optional<ResolvedSession>();
  const std::string hash = HashToken(token);
  const Timestamp now = clock_.Now();
  std::optional<SessionWithUser> found;
  // One statement in one read transaction: this runs on every signed-in request.
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto s = tx.FindSessionWithUser(hash);
    if (!s) return Fail(s.error());
    found = std::move(*s);
    return Ok();
  });
  if (!read) return Fail(read.error());
  if (!found || !found->user.active) return std::optional<ResolvedSession>();
  const Session& session = found->session;
  if (now - session.last_seen_at > options_.session_idle ||
      now - session.created_at > options_.session_absolute) {
    return std::optional<ResolvedSession>();
  }
  if (now - session.last_seen_at >= options_.touch_interval) {
    auto touched = store_.Transact(
        TxMode::kWrite, [&](StoreTx& tx) -> Status { return tx.TouchSession(hash, now); });
    if (!touched) return Fail(touched.error());
  }
  Actor actor = ActorFor(found->user, AuthMethod::kSession);
  actor.team_name = std::move(found->team_name);
  actor.organisation_name = std::move(found->organisation_name);
  return std::optional<ResolvedSession>(ResolvedSession{std::move(actor), session.csrf_token});
}

Status AuthService::SignOut(std::string_view token) {
  if (token.empty()) return Ok();
  const std::string hash = HashToken(token);
  auto deleted = store_.Transact(TxMode::kWrite,
                                 [&](StoreTx& tx) -> Status { return tx.DeleteSession(hash); });
  if (!deleted && deleted.error().code == ErrorCode::kNotFound) return Ok();  // already gone
  return deleted;
}

Result<std::optional<Actor>> AuthService::ResolveBearer(std::string_view token) {
  if (token.empty() || token.size() > 128) return std::optional<Actor>();
  const std::string hash = HashToken(token);
  std::optional<Actor> actor;
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    actor.reset();
    auto t = tx.FindApiToken(hash);
    if (!t) return Fail(t.error());
    if (!*t) return Ok();
    auto u = tx.GetUser((*t)->user_id);
    if (!u) return Fail(u.error());
    if (*u && (*u)->active) actor = ActorFor(**u, AuthMethod::kBearerToken);
    return Ok();
  });
  if (!read) return Fail(read.error());
  return actor;
}

}  // namespace lw
