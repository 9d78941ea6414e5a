// Shared set-up for the front door pages tests over real HTTP
// (frontdoor_pages_test.cc, frontdoor_actions_test.cc). Included only by those tests;
// the helpers are in an anonymous namespace, so each test file has its own.
#pragma once

#include <gtest/gtest.h>
#include <algorithm>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>
#include "app_fixture.h"

namespace lw::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string Encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string Body(const Fields& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    if (!body.empty()) body += '&';
    body += Encode(name) + "=" + Encode(value);
  }
  return body;
}

// The first capture of `pattern` in `text`, "" if none.
std::string Find(const std::string& text, const std::string& pattern) {
  std::smatch m;
  if (std::regex_search(text, m, std::regex(pattern))) return m[1];
  return "";
}

std::string CsrfOf(const std::string& html) {
  return Find(html, R"re(name="csrf_token" value="([^"]+)")re");
}

bool Has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A signed-in browser. Both parts live on the heap: the client points at
// the jar, and a Browser is moved around.
struct Browser {
  std::unique_ptr<HttpClient> client;
  std::unique_ptr<CookieJar> jar;
  std::string csrf;

  HttpResponse Get(const std::string& target) {
    HttpResponse r = client->Get(target);
    if (std::string c = CsrfOf(r.body); !c.empty()) csrf = c;
    return r;
  }
  HttpResponse Post(const std::string& target, Fields fields) {
    fields.emplace_back("csrf_token", csrf);
    return client->Post(target, Body(fields));
  }
};

// A GP introduction of someone new, as the form sends it.
[[maybe_unused]] Fields GpIntroduction(const std::string& given = "Nia",
                                       const std::string& family = "Jones") {
  return {{"source", "gp"},
          {"introducer_name", "Dr Ahmed"},
          {"introducer_organisation", "Millbrook Medical Centre"},
          {"given_name", given},
          {"family_name", family},
          {"date_of_birth_day", "14"},
          {"date_of_birth_month", "7"},
          {"date_of_birth_year", "1988"},
          {"postcode", "ML1 2AB"},
          {"contact_methods", "phone"},
          {"contact_methods", "text"},
          {"phone", "07700 900982"},
          {"may_leave_message", "no"},
          {"in_their_words", "I have not been sleeping and I feel alone."},
          {"help_wanted", "Someone to talk to"}};
}

class FrontDoorPagesTest : public AppFixture {
 protected:
  Browser As(const std::string& username) {
    Browser b;
    b.client = std::make_unique<HttpClient>(port());
    b.jar = std::make_unique<CookieJar>();
    HttpResponse r = SignIn(*b.client, *b.jar, username);
    EXPECT_EQ(r.status, 303) << username << "\n" << r.body.substr(r.body.find("<main"), 600);
    return b;
  }

  // Records an introduction through the form; returns its id ("" on failure).
  std::string Record(Browser& b, Fields fields, std::string* location = nullptr) {
    HttpResponse form = b.Get("/front-door/new");
    EXPECT_EQ(form.status, 200);
    fields.emplace_back("submission_key",
                        Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
    if (std::none_of(fields.begin(), fields.end(),
                     [](const auto& f) { return f.first == "team_id"; })) {
      fields.emplace_back("team_id", TeamId(form.body));
    }
    HttpResponse r = b.Post("/front-door/new", fields);
    EXPECT_EQ(r.status, 303) << r.body;
    const std::string where = r.Header("location");
    if (location != nullptr) *location = where;
    return Find(where, R"(^/front-door/([A-Za-z0-9_-]+)\?done=created$)");
  }

  static std::string TeamId(const std::string& html) {
    return Find(html,
                R"re(<option value="([^"]+)"[^>]*>Millbrook North Living Well Team</option>)re");
  }
  static std::string WorkerId(const std::string& html, const std::string& name) {
    return Find(html, "<option value=\"([^\"]+)\"[^>]*>" + name + "</option>");
  }
  static std::string Version(const std::string& html) {
    return Find(html, R"re(name="version" value="(\d+)")re");
  }

  std::size_t Audits(const std::string& type, const std::string& id, const std::string& action) {
    std::size_t n = 0;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.AuditForRecord(type, id);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) n += e.event.action == action ? 1 : 0;
      return Ok();
    });
    EXPECT_TRUE(read);
    return n;
  }

  // The introduction as stored (for "nothing changed" checks).
  Introduction Stored(const std::string& id) {
    Introduction out;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto in = tx.GetIntroduction(id);
      if (!in) return Fail(in.error());
      if (!*in) return Fail(ErrorCode::kNotFound, "missing");
      out = **in;
      return Ok();
    });
    EXPECT_TRUE(read) << id;
    return out;
  }

  // Posts an action carrying the stored version, as from a fresh page.
  HttpResponse Act(Browser& b, const std::string& id, const std::string& action, Fields fields) {
    EXPECT_EQ(b.Get("/front-door/" + id).status, 200);
    fields.emplace_back("version", std::to_string(Stored(id).version));
    return b.Post("/front-door/" + id + "/" + action, fields);
  }

  // How many introductions the store holds, open or closed.
  std::int64_t StoredCount() {
    std::int64_t n = -1;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto counts = tx.CountIntroductions({.open_only = false}, clock_.Now());
      if (!counts) return Fail(counts.error());
      n = counts->total;
      return Ok();
    });
    EXPECT_TRUE(read);
    return n;
  }

  // Moves the clock on; sessions idle out, so `b` signs in again.
  void Advance(std::chrono::days days, Browser& b, const std::string& username) {
    clock_.Advance(days);
    b = As(username);
  }
};

}  // namespace
}  // namespace lw::testing
