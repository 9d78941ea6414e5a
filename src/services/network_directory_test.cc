#include "services/network_directory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "base/ids.h"
#include "services/service_test_support.h"
#include "testing/field_errors.h"

namespace lw {
namespace network_directory_test {
namespace {

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using directory::Publication;
using ::lw::testing::Fields;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr const char* kOtherOrgId = "9f5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d";

class NetworkDirectoryTest : public ::testing::Test {
 protected:
  NetworkDirectoryTest() {
    admin_ = world_.Add("admin", Role::kAdministrator);
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    other_partner_ = world_.Add("other", Role::kNetworkPartner, "", "org-nhs");
    practitioner_ = world_.Add("practitioner", Role::kPractitioner, "team-a");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    Use(DirectorySettings{});
    organisation_ = *directory_->CreateOrganisation(
        admin_, {.name = "Test Mind", .partner_organisation_id = "org-vcse"});
    other_ = *directory_->CreateOrganisation(admin_, {.id = kOtherOrgId, .name = "Other Org"});
    service_ = *directory_->CreateService(admin_, Service("Debt advice", organisation_.id));
  }

  void Use(DirectorySettings settings) {
    directory_ =
        std::make_unique<NetworkDirectory>(*world_.store, world_.clock, world_.random, settings);
  }

  static DirectoryService Service(std::string name, std::string organisation_id) {
    return DirectoryService{.organisation_id = std::move(organisation_id),
                            .name = std::move(name),
                            .description = "Free advice",
                            .needs = {directory::Need::kMoneyAndDebt},
                            .checked = {.on = *Date::FromYmd(2026, 5, 1), .by_name = "Feed"}};
  }

  std::size_t AuditCount(std::string_view action) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) n += e.event.action == action ? 1 : 0;
    return n;
  }

  testing::ServiceWorld world_;
  std::unique_ptr<NetworkDirectory> directory_;
  Actor admin_, partner_, other_partner_, practitioner_, commissioner_;
  DirectoryOrganisation organisation_, other_;
  DirectoryService service_;
};

TEST_F(NetworkDirectoryTest, CreateGivesNewEntriesUuidsAndAuditsThem) {
  EXPECT_TRUE(IsValidUuid(organisation_.id));
  EXPECT_TRUE(IsValidUuid(service_.id));
  EXPECT_EQ(service_.version, 1);
  EXPECT_EQ(service_.publication, Publication::kPublished);
  EXPECT_EQ(service_.updated_at, world_.clock.Now());
  EXPECT_EQ(AuditCount("directory.organisation.create"), 2u);
  EXPECT_EQ(AuditCount("directory.service.create"), 1u);
  const auto audit = world_.Audit();
  EXPECT_EQ(audit.back().event.record_type, "directory-service");
  EXPECT_EQ(audit.back().event.record_id, service_.id);
  EXPECT_EQ(audit.back().event.actor_user_id, admin_.user_id);
}

TEST_F(NetworkDirectoryTest, EveryStaffRoleReadsAndReadsAreNotAudited) {
  const std::size_t before = world_.Audit().size();
  for (const Actor& a : {admin_, partner_, practitioner_, commissioner_}) {
    auto list = directory_->ListServices(a);
    ASSERT_TRUE(list) << list.error().message;
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ((*list)[0].service.name, "Debt advice");
    EXPECT_EQ((*list)[0].organisation_name, "Test Mind");
    auto view = directory_->GetService(a, service_.id);
    ASSERT_TRUE(view) << view.error().message;
    EXPECT_EQ(view->organisation.name, "Test Mind");
    EXPECT_TRUE(directory_->History(a, service_.id));
    EXPECT_TRUE(directory_->GetOrganisation(a, organisation_.id));
    EXPECT_EQ(directory_->ListOrganisations(a)->size(), 2u);
  }
  EXPECT_EQ(world_.Audit().size(), before);
}

TEST_F(NetworkDirectoryTest, GetServiceOfNoSuchEntryIsNotFound) {
  for (std::string_view id : {"", "nope", "../etc", kOtherOrgId}) {
    auto view = directory_->GetService(practitioner_, id);
    ASSERT_FALSE(view) << id;
    EXPECT_EQ(view.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(view.error().message, "No service found");
  }
  std::string upper = service_.id;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(directory_->GetService(practitioner_, upper));
}

TEST_F(NetworkDirectoryTest, WhoMayChangeIsSaidByTheView) {
  EXPECT_TRUE(directory_->GetService(admin_, service_.id)->may_change);
  EXPECT_TRUE(directory_->GetService(partner_, service_.id)->may_change);
  EXPECT_FALSE(directory_->GetService(other_partner_, service_.id)->may_change);
  EXPECT_FALSE(directory_->GetService(practitioner_, service_.id)->may_change);
  EXPECT_FALSE(directory_->GetService(commissioner_, service_.id)->may_change);
}

TEST_F(NetworkDirectoryTest, BadInputIsRefusedWithFieldErrors) {
  DirectoryService bad = Service("", organisation_.id);
  bad.contact.website = "javascript:alert(1)";
  auto r = directory_->CreateService(admin_, bad);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(Fields(r), ElementsAre("name", "contact.website"));
  EXPECT_THAT(Fields(directory_->CreateService(admin_, Service("Orphan", "not-a-uuid"))),
              ElementsAre("organisation_id"));
  DirectoryService unknown_org = Service("Orphan", "0b5e6f1c-0000-4a5b-8c6d-7e8f9a0b1c2d");
  EXPECT_THAT(Fields(directory_->CreateService(admin_, unknown_org)),
              ElementsAre("organisation_id"));
  EXPECT_THAT(Fields(directory_->CreateOrganisation(admin_, {.name = ""})), ElementsAre("name"));
  EXPECT_EQ(directory_->ListServices(admin_)->size(), 1u);
}

TEST_F(NetworkDirectoryTest, ATakenIdIsAlreadyExists) {
  DirectoryService again = Service("Again", organisation_.id);
  again.id = service_.id;
  auto r = directory_->CreateService(admin_, again);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kAlreadyExists);
}

TEST_F(NetworkDirectoryTest, UpdateStoresTheNextVersionAndAStaleOneIsAConflict) {
  DirectoryService next = service_;
  next.name = "Debt and money advice";
  auto updated = directory_->UpdateService(admin_, next, 1);
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(directory_->GetService(practitioner_, service_.id)->service.name,
            "Debt and money advice");
  next.name = "Lost update";
  auto stale = directory_->UpdateService(admin_, next, 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);
  EXPECT_EQ(directory_->GetService(practitioner_, service_.id)->service.version, 2);
  EXPECT_EQ(AuditCount("directory.service.update"), 1u);
  EXPECT_THAT(Fields(directory_->UpdateService(admin_, next, 0)), ElementsAre("based_on"));

  DirectoryOrganisation o = organisation_;
  o.name = "Tameside Mind";
  EXPECT_EQ(directory_->UpdateOrganisation(admin_, o, 1)->version, 2);
  auto conflict = directory_->UpdateOrganisation(admin_, o, 1);
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  EXPECT_EQ(conflict.error().current_version, 2);
  EXPECT_EQ(directory_->ListServices(practitioner_)->at(0).organisation_name, "Tameside Mind");
  EXPECT_EQ(AuditCount("directory.organisation.update"), 1u);
}

TEST_F(NetworkDirectoryTest, HistoryIsEveryVersionNewestFirst) {
  DirectoryService next = service_;
  next.name = "Two";
  ASSERT_TRUE(directory_->UpdateService(admin_, next, 1));
  auto history = directory_->History(practitioner_, service_.id);
  ASSERT_TRUE(history);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].service.name, "Two");
  EXPECT_EQ((*history)[0].change.changed_by, admin_.user_id);
  EXPECT_EQ((*history)[1].service.version, 1);
}

TEST_F(NetworkDirectoryTest, APartnerChangesOnlyTheirOwnOrganisationsServices) {
  DirectoryService next = service_;
  next.description = "Updated by the partner";
  auto mine = directory_->UpdateService(partner_, next, 1);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_EQ(mine->publication, Publication::kPublished);  // the locality does not ask for review
  auto created = directory_->CreateService(partner_, Service("Peer support", organisation_.id));
  ASSERT_TRUE(created) << created.error().message;

  const std::size_t refusals = AuditCount("directory.access_refused");
  next.version = 2;
  auto theirs = directory_->UpdateService(other_partner_, next, 2);
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(theirs.error().message, "No service found");
  auto elsewhere = directory_->CreateService(partner_, Service("Not mine", other_.id));
  ASSERT_FALSE(elsewhere);
  EXPECT_EQ(elsewhere.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AuditCount("directory.access_refused"), refusals + 2);
  // Moving a service to an organisation they do not look after.
  next.organisation_id = other_.id;
  EXPECT_THAT(Fields(directory_->UpdateService(partner_, next, 2)), ElementsAre("organisation_id"));
  EXPECT_EQ(directory_->GetService(admin_, service_.id)->service.version, 2);
}

TEST_F(NetworkDirectoryTest, StaffOtherThanAdministratorsAndPartnersChangeNothing) {
  DirectoryService next = service_;
  next.name = "Changed";
  for (const Actor& a : {practitioner_, commissioner_}) {
    const std::size_t refusals = AuditCount("directory.access_refused");
    auto u = directory_->UpdateService(a, next, 1);
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(directory_->CreateService(a, Service("New", organisation_.id)).error().code,
              ErrorCode::kNotFound);
    EXPECT_EQ(directory_->MarkChecked(a, service_.id, 1).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(directory_->Publish(a, service_.id, 1).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(AuditCount("directory.access_refused"), refusals + 4);
  }
  // Organisations are the administrators' alone.
  DirectoryOrganisation o = organisation_;
  o.name = "Renamed";
  EXPECT_EQ(directory_->UpdateOrganisation(partner_, o, 1).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(directory_->UpdateOrganisation(partner_, o, 1).error().message,
            "No organisation found");
  EXPECT_EQ(directory_->CreateOrganisation(partner_, {.name = "Mine"}).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(directory_->GetService(admin_, service_.id)->service.version, 1);
  EXPECT_EQ(directory_->GetOrganisation(admin_, organisation_.id)->name, "Test Mind");
}

TEST_F(NetworkDirectoryTest, APartnersChangeAwaitsReviewWhenTheLocalityAsks) {
  Use(DirectorySettings{.review_partner_changes = true});
  DirectoryService next = service_;
  next.name = "Partner's new name";
  auto pending = directory_->UpdateService(partner_, next, 1);
  ASSERT_TRUE(pending) << pending.error().message;
  EXPECT_EQ(pending->publication, Publication::kAwaitingReview);

  // Teams still see the published version; the partner and admin the new one.
  auto seen = directory_->GetService(practitioner_, service_.id);
  EXPECT_EQ(seen->service.name, "Debt advice");
  EXPECT_FALSE(seen->pending);
  EXPECT_EQ(directory_->ListServices(practitioner_)->at(0).service.name, "Debt advice");
  EXPECT_EQ(directory_->History(practitioner_, service_.id)->size(), 1u);
  auto own = directory_->GetService(partner_, service_.id);
  EXPECT_EQ(own->service.name, "Partner's new name");
  EXPECT_TRUE(own->pending);
  EXPECT_FALSE(own->may_publish);
  EXPECT_TRUE(directory_->GetService(admin_, service_.id)->may_publish);
  EXPECT_EQ(directory_->ListAwaitingReview(admin_)->size(), 1u);
  EXPECT_TRUE(directory_->ListAwaitingReview(partner_)->empty());

  // A service a partner adds is unseen until published.
  auto added = directory_->CreateService(partner_, Service("Peer support", organisation_.id));
  ASSERT_TRUE(added);
  EXPECT_EQ(directory_->GetService(practitioner_, added->id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(directory_->ListServices(practitioner_)->size(), 1u);

  // An administrator's change is published; and Publish publishes.
  EXPECT_EQ(directory_->Publish(partner_, service_.id, 2).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(directory_->Publish(admin_, service_.id, 1).error().code, ErrorCode::kConflict);
  auto published = directory_->Publish(admin_, service_.id, 2);
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->version, 3);
  EXPECT_EQ(published->name, "Partner's new name");
  EXPECT_EQ(directory_->GetService(practitioner_, service_.id)->service.name, "Partner's new name");
  EXPECT_EQ(directory_->Publish(admin_, service_.id, 3).error().code,
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(AuditCount("directory.service.publish"), 1u);
  ASSERT_TRUE(directory_->Publish(admin_, added->id, 1));
  EXPECT_EQ(directory_->ListServices(practitioner_)->size(), 2u);
}

TEST_F(NetworkDirectoryTest, MarkCheckedStoresTodayByTheActorAndClearsStale) {
  Use(DirectorySettings{.stale_after_days = 365});
  world_.clock.Advance(std::chrono::days(366));
  const DirectoryService created =
      *directory_->CreateService(admin_, Service("Walking group", organisation_.id));
  EXPECT_TRUE(directory_->GetService(practitioner_, service_.id)->stale) << "a year old";
  EXPECT_FALSE(directory_->GetService(practitioner_, created.id)->stale) << "added today";
  world_.clock.Advance(std::chrono::days(366));
  EXPECT_TRUE(directory_->GetService(practitioner_, created.id)->stale);

  auto checked = directory_->MarkChecked(partner_, created.id, 1);
  ASSERT_TRUE(checked) << checked.error().message;
  EXPECT_EQ(checked->version, 2);
  EXPECT_EQ(checked->checked.on, Date::InLondon(world_.clock.Now()));
  EXPECT_EQ(checked->checked.by_user_id, partner_.user_id);
  EXPECT_THAT(checked->checked.by_name, HasSubstr("partner"));
  EXPECT_FALSE(directory_->GetService(practitioner_, created.id)->stale);
  EXPECT_EQ(directory_->MarkChecked(partner_, created.id, 1).error().code, ErrorCode::kConflict);
  EXPECT_EQ(AuditCount("directory.service.check"), 1u);

  // The locality's own limit.
  Use(DirectorySettings{.stale_after_days = 10});
  world_.clock.Advance(std::chrono::days(11));
  EXPECT_TRUE(directory_->GetService(practitioner_, created.id)->stale);
}

TEST_F(NetworkDirectoryTest, WhoCheckedItIsNeverTakenFromTheCaller) {
  DirectoryService forged = Service("Forged", organisation_.id);
  forged.checked = {.on = *Date::FromYmd(2030, 1, 1), .by_user_id = "u-x", .by_name = "Admin"};
  auto created = directory_->CreateService(partner_, forged);
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_EQ(created->checked.on, Date::InLondon(world_.clock.Now())) << "whoever adds it checked";
  EXPECT_EQ(created->checked.by_user_id, partner_.user_id);

  world_.clock.Advance(std::chrono::days(3));
  DirectoryService edited = *created;
  edited.description = "Changed";
  edited.checked = {
      .on = Date::InLondon(world_.clock.Now()), .by_user_id = admin_.user_id, .by_name = "Admin"};
  auto updated = directory_->UpdateService(partner_, edited, created->version);
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->checked, created->checked) << "only MarkChecked changes it";
  EXPECT_EQ(directory_->GetService(admin_, created->id)->service.checked, created->checked);
}

TEST_F(NetworkDirectoryTest, GenerationMovesAfterEveryCommittedChangeOnly) {
  const std::uint64_t g0 = directory_->Generation();
  ASSERT_TRUE(directory_->ListServices(admin_));
  ASSERT_TRUE(directory_->GetService(admin_, service_.id));
  EXPECT_EQ(directory_->Generation(), g0);
  ASSERT_TRUE(directory_->MarkChecked(admin_, service_.id, 1));
  const std::uint64_t g1 = directory_->Generation();
  EXPECT_GT(g1, g0);
  EXPECT_FALSE(directory_->MarkChecked(admin_, service_.id, 1));  // conflict
  EXPECT_FALSE(directory_->UpdateService(practitioner_, service_, 2));
  EXPECT_EQ(directory_->Generation(), g1);
  ASSERT_TRUE(directory_->CreateService(admin_, Service("Choir", organisation_.id)));
  EXPECT_GT(directory_->Generation(), g1);
}

TEST_F(NetworkDirectoryTest, LocatePostcodeFindsKnownPostcodesAndSaysWhichItDoesNotKnow) {
  ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [](StoreTx& tx) {
    return tx.PutPostcodes({{.postcode = "SK14 2QR", .latitude = 53.45, .longitude = -2.08}});
  }));
  auto found = directory_->LocatePostcode(" sk142qr ");
  ASSERT_TRUE(found) << found.error().message;
  EXPECT_EQ(*found, (PostcodePoint{.postcode = "SK14 2QR", .latitude = 53.45, .longitude = -2.08}));
  auto unknown = directory_->LocatePostcode("SK14 9ZZ");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message, "We do not know the postcode SK14 9ZZ");
  auto bad = directory_->LocatePostcode("not a postcode");
  ASSERT_FALSE(bad);
  EXPECT_THAT(Fields(bad), ElementsAre("postcode"));
}

TEST_F(NetworkDirectoryTest, ImportEntriesStoresAllOrNothingAndUpdatesByIdLeavingTheSameAlone) {
  const std::uint64_t g0 = directory_->Generation();
  DirectoryOrganisation feed_org{.id = "3c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d", .name = "Feed Org"};
  DirectoryService a = Service("Choir", feed_org.id);
  a.id = "4c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d";
  DirectoryService b = service_;  // already stored: becomes version 2
  b.description = "From the feed";
  auto first = directory_->ImportEntries(admin_, {feed_org}, {a, b}, "ORUK feed");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->organisations_created, 1);
  EXPECT_EQ(first->services_created, 1);
  EXPECT_EQ(first->services_updated, 1);
  EXPECT_EQ(directory_->GetService(practitioner_, service_.id)->service.version, 2);
  EXPECT_EQ(directory_->History(admin_, a.id)->at(0).change.reason, "ORUK feed");
  EXPECT_GT(directory_->Generation(), g0);

  // The same again changes nothing.
  const std::uint64_t g1 = directory_->Generation();
  auto again = directory_->ImportEntries(admin_, {feed_org}, {a, b}, "ORUK feed");
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->unchanged, 3);
  EXPECT_EQ(directory_->GetService(practitioner_, service_.id)->service.version, 2);
  EXPECT_EQ(directory_->Generation(), g1);

  // One bad entry: nothing stored, every problem named by its place.
  DirectoryService c = Service("Allotment", feed_org.id);
  DirectoryService bad = Service("", feed_org.id);
  DirectoryService orphan = Service("Orphan", "5c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d");
  auto refused = directory_->ImportEntries(admin_, {}, {c, bad, a, a}, "feed");
  ASSERT_FALSE(refused);
  EXPECT_THAT(Fields(refused), ElementsAre("services[1].name", "services[3].id"));
  auto dangling = directory_->ImportEntries(admin_, {}, {c, orphan}, "feed");
  EXPECT_THAT(Fields(dangling), ElementsAre("services[1].organisation_id"));
  EXPECT_EQ(directory_->ListServices(admin_)->size(), 2u);  // neither Allotment stored

  EXPECT_EQ(directory_->ImportEntries(partner_, {}, {c}, "feed").error().code,
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace network_directory_test
}  // namespace lw
