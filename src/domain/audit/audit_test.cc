#include "domain/audit/audit.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace lw {
namespace audit_test {
namespace {

const std::string kGenesis = kAuditGenesisHash;

AuditEvent Event(int i) {
  AuditEvent e;
  e.at = FromUnixMicros(1773065100000000LL + i * 1000000LL);
  e.actor_user_id = "u" + std::to_string(i);
  e.actor_role = "practitioner";
  e.organisation_id = "org1";
  e.action = "person.read";
  e.record_type = "person";
  e.record_id = "p" + std::to_string(i);
  e.reason = i % 2 == 0 ? "" : "Checking details";
  return e;
}

// Builds a chain the way the store does.
std::vector<AuditEntry> Chain(int n) {
  std::vector<AuditEntry> chain;
  std::string prev = kGenesis;
  for (int i = 1; i <= n; ++i) {
    AuditEntry entry;
    entry.seq = i;
    entry.event = Event(i);
    entry.prev_hash = prev;
    entry.hash = ComputeAuditHash(entry.seq, entry.event, entry.prev_hash);
    prev = entry.hash;
    chain.push_back(entry);
  }
  return chain;
}

bool IsLowerHex64(const std::string& s) {
  if (s.size() != 64) {
    return false;
  }
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

// --- Canonical bytes

TEST(CanonicalAuditBytesTest, ExactFormat) {
  // The format is part of every stored chain: changing it breaks them all.
  AuditEvent e;
  e.at = FromUnixMicros(1773065100000000LL);
  e.actor_user_id = "u1";
  e.actor_role = "practitioner";
  e.organisation_id = "org1";
  e.action = "person.read";
  e.record_type = "person";
  e.record_id = "p1";
  EXPECT_EQ(CanonicalAuditBytes(1, e, kGenesis),
            "lw-audit-v1;1:1;16:1773065100000000;2:u1;12:practitioner;4:org1;11:person.read;"
            "6:person;2:p1;0:;64:" +
                kGenesis + ";");
  // Computed independently (Python hashlib.sha256 of the bytes above).
  EXPECT_EQ(ComputeAuditHash(1, e, kGenesis),
            "88dd4ca7f5f2efa8dced17a84527f224d7e425d4bf8864cb92f08701a1e9cc57");
}

TEST(CanonicalAuditBytesTest, DiffersWhenAnyFieldDiffers) {
  const AuditEvent base = Event(1);
  const std::string base_bytes = CanonicalAuditBytes(1, base, kGenesis);
  std::vector<std::pair<const char*, std::function<void(AuditEvent&)>>> changes = {
      {"at", [](AuditEvent& e) { e.at += Micros(1); }},
      {"actor_user_id", [](AuditEvent& e) { e.actor_user_id += "x"; }},
      {"actor_role", [](AuditEvent& e) { e.actor_role = "team-lead"; }},
      {"organisation_id", [](AuditEvent& e) { e.organisation_id = "org2"; }},
      {"action", [](AuditEvent& e) { e.action = "person.update"; }},
      {"record_type", [](AuditEvent& e) { e.record_type = "user"; }},
      {"record_id", [](AuditEvent& e) { e.record_id = "p2"; }},
      {"reason", [](AuditEvent& e) { e.reason = "Break glass"; }},
  };
  for (auto& [name, change] : changes) {
    AuditEvent changed = base;
    change(changed);
    EXPECT_NE(CanonicalAuditBytes(1, changed, kGenesis), base_bytes) << name;
    EXPECT_NE(ComputeAuditHash(1, changed, kGenesis), ComputeAuditHash(1, base, kGenesis)) << name;
  }
  EXPECT_NE(CanonicalAuditBytes(2, base, kGenesis), base_bytes) << "seq";
  EXPECT_NE(CanonicalAuditBytes(1, base, std::string(64, 'a')), base_bytes) << "prev_hash";
}

TEST(CanonicalAuditBytesTest, FieldBoundariesAreUnambiguous) {
  AuditEvent a = Event(1);
  AuditEvent b = Event(1);
  a.actor_user_id = "ab";
  a.actor_role = "c";
  b.actor_user_id = "a";
  b.actor_role = "bc";
  EXPECT_NE(CanonicalAuditBytes(1, a, kGenesis), CanonicalAuditBytes(1, b, kGenesis));
  EXPECT_NE(ComputeAuditHash(1, a, kGenesis), ComputeAuditHash(1, b, kGenesis));

  // A value that imitates the encoding cannot forge a field boundary.
  AuditEvent c = Event(1);
  AuditEvent d = Event(1);
  c.record_id = "p1;6:reason";
  c.reason = "";
  d.record_id = "p1";
  d.reason = "reason";
  EXPECT_NE(CanonicalAuditBytes(1, c, kGenesis), CanonicalAuditBytes(1, d, kGenesis));

  // Moving text between the last event field and prev_hash.
  AuditEvent e = Event(1);
  AuditEvent f = Event(1);
  e.reason = "x";
  EXPECT_NE(CanonicalAuditBytes(1, e, "y"), CanonicalAuditBytes(1, f, "xy"));
}

TEST(ComputeAuditHashTest, LowerCaseHexAndDeterministic) {
  std::string h = ComputeAuditHash(3, Event(3), kGenesis);
  EXPECT_TRUE(IsLowerHex64(h)) << h;
  EXPECT_EQ(ComputeAuditHash(3, Event(3), kGenesis), h);
  EXPECT_NE(ComputeAuditHash(3, Event(4), kGenesis), h);
}

// --- Chain verification

TEST(AuditChainVerifierTest, StartsAtGenesis) {
  AuditChainVerifier v;
  EXPECT_EQ(v.verified(), 0);
  EXPECT_EQ(v.last_hash(), kGenesis);
  EXPECT_EQ(v.problem(), "");
}

TEST(AuditChainVerifierTest, AcceptsACorrectChain) {
  auto chain = Chain(5);
  AuditChainVerifier v;
  for (const auto& entry : chain) {
    EXPECT_TRUE(v.Add(entry)) << v.problem();
  }
  EXPECT_EQ(v.verified(), 5);
  EXPECT_EQ(v.last_hash(), chain.back().hash);
  EXPECT_EQ(v.problem(), "");
}

TEST(AuditChainVerifierTest, ReportsAGapInSeq) {
  auto chain = Chain(5);
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_TRUE(v.Add(chain[1]));
  EXPECT_FALSE(v.Add(chain[3]));  // entry 3 missing
  EXPECT_EQ(v.verified(), 2);
  EXPECT_NE(v.problem().find("entry 4"), std::string::npos) << v.problem();
  EXPECT_NE(v.problem().find("missing or out of order"), std::string::npos) << v.problem();
}

TEST(AuditChainVerifierTest, ReportsEntriesOutOfOrder) {
  auto chain = Chain(5);
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_FALSE(v.Add(chain[2]));
  EXPECT_NE(v.problem().find("entry 3"), std::string::npos) << v.problem();
}

TEST(AuditChainVerifierTest, FirstEntryMustBeSeqOne) {
  auto chain = Chain(1);
  chain[0].seq = 0;
  AuditChainVerifier v;
  EXPECT_FALSE(v.Add(chain[0]));
  EXPECT_FALSE(v.problem().empty());
}

TEST(AuditChainVerifierTest, ReportsAnAlteredField) {
  auto chain = Chain(5);
  chain[2].event.record_id = "someone-else";  // hash left as written
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_TRUE(v.Add(chain[1]));
  EXPECT_FALSE(v.Add(chain[2]));
  EXPECT_EQ(v.verified(), 2);
  EXPECT_EQ(v.problem(), "entry 3 was altered after it was written");
}

TEST(AuditChainVerifierTest, ReportsAnAlteredHash) {
  auto chain = Chain(5);
  chain[1].hash[0] = chain[1].hash[0] == 'a' ? 'b' : 'a';
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_FALSE(v.Add(chain[1]));
  EXPECT_NE(v.problem().find("entry 2"), std::string::npos) << v.problem();
}

TEST(AuditChainVerifierTest, ReportsAWrongPrevHash) {
  auto chain = Chain(5);
  chain[3].prev_hash = std::string(64, 'f');
  chain[3].hash = ComputeAuditHash(chain[3].seq, chain[3].event, chain[3].prev_hash);
  AuditChainVerifier v;
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(v.Add(chain[static_cast<std::size_t>(i)]));
  }
  EXPECT_FALSE(v.Add(chain[3]));
  EXPECT_EQ(v.verified(), 3);
  EXPECT_EQ(v.problem(),
            "entry 4 does not chain from entry 3: an earlier entry was altered or removed");
}

TEST(AuditChainVerifierTest, RewritingAnEntryBreaksTheNextLink) {
  // Someone alters entry 2 and recomputes its hash: entry 3 no longer chains.
  auto chain = Chain(5);
  chain[1].event.reason = "covering tracks";
  chain[1].hash = ComputeAuditHash(chain[1].seq, chain[1].event, chain[1].prev_hash);
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_TRUE(v.Add(chain[1]));
  EXPECT_FALSE(v.Add(chain[2]));
  EXPECT_NE(v.problem().find("entry 3"), std::string::npos) << v.problem();
}

TEST(AuditChainVerifierTest, RemovingAnEntryAndRenumberingIsCaught) {
  auto chain = Chain(5);
  AuditEntry third = chain[3];  // was entry 4; now claims to be entry 3
  third.seq = 3;
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_TRUE(v.Add(chain[1]));
  EXPECT_FALSE(v.Add(third));
}

TEST(AuditChainVerifierTest, StaysFailedAfterwards) {
  auto chain = Chain(5);
  AuditChainVerifier v;
  EXPECT_TRUE(v.Add(chain[0]));
  EXPECT_FALSE(v.Add(chain[2]));
  const std::string problem = v.problem();
  ASSERT_FALSE(problem.empty());
  // Even the entry that would have been next is refused, and the first
  // problem is kept.
  EXPECT_FALSE(v.Add(chain[1]));
  EXPECT_FALSE(v.Add(chain[2]));
  EXPECT_EQ(v.problem(), problem);
  EXPECT_EQ(v.verified(), 1);
  EXPECT_EQ(v.last_hash(), chain[0].hash);
}

}  // namespace
}  // namespace audit_test
}  // namespace lw
