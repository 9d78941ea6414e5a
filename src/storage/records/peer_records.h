// Codecs for peer matching (issue 7, point 6; domain/peers): a member of
// staff's sharing profile and a person's wish for a peer mentor (with the
// choice made and the peer mentor's answer), kept in the store's generic
// record table like the team's records. The contract is team_records.h's;
// the templates there (Create, Update, Get, List, History) take these
// types too. Boost.JSON stays in peer_record.cc.
//
// Index (README.md):
//  - SharingProfile: team "" (the team is the account's), owner the user,
//    open while consent stands, no links; id = the user's id.
//  - PeerMentorWish: the team that recorded it, owner the chosen peer
//    mentor ("" before a choice), open while a choice awaits their answer,
//    the person linked; id = the person's id.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "domain/peers/peer_matching.h"
#include "domain/ports/records.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<SharingProfile> {
  static constexpr RecordKind kKind = RecordKind::kSharingProfile;
  static std::string Encode(const SharingProfile& value);
  static Result<SharingProfile> Decode(std::string_view body);
  static RecordIndex Index(const SharingProfile& value);
  static const std::string& Id(const SharingProfile& value) { return value.id; }
  static long long Version(const SharingProfile& value) { return value.version; }
  static void SetVersion(SharingProfile& value, long long version) { value.version = version; }
};

template <>
struct Codec<PeerMentorWish> {
  static constexpr RecordKind kKind = RecordKind::kPeerMentorWish;
  static std::string Encode(const PeerMentorWish& value);
  static Result<PeerMentorWish> Decode(std::string_view body);
  static RecordIndex Index(const PeerMentorWish& value);
  static const std::string& Id(const PeerMentorWish& value) { return value.id; }
  static long long Version(const PeerMentorWish& value) { return value.version; }
  static void SetVersion(PeerMentorWish& value, long long version) { value.version = version; }
};

}  // namespace lw::records
