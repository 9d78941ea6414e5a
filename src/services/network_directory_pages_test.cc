// NetworkDirectory's calls for the pages where partners keep their entries
// current: ChangeableOrganisations, PartnerServices, HistoryWithNames and
// NewPlaceId.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/ids.h"
#include "services/network_directory.h"
#include "services/service_test_support.h"

namespace lw {
namespace network_directory_pages_test {
namespace {

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using directory::Publication;

class NetworkDirectoryPagesTest : public ::testing::Test {
 protected:
  NetworkDirectoryPagesTest() {
    admin_ = world_.Add("admin", Role::kAdministrator);
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    other_partner_ = world_.Add("other", Role::kNetworkPartner, "", "org-nhs");
    practitioner_ = world_.Add("practitioner", Role::kPractitioner, "team-a");
    directory_ =
        std::make_unique<NetworkDirectory>(*world_.store, world_.clock, world_.random,
                                           DirectorySettings{.review_partner_changes = true});
    ours_ = *directory_->CreateOrganisation(
        admin_, {.name = "Test Mind directory", .partner_organisation_id = "org-vcse"});
    theirs_ = *directory_->CreateOrganisation(admin_, {.name = "Another organisation"});
    walking_ = *directory_->CreateService(admin_, Service("Walking group", ours_.id));
    choir_ = *directory_->CreateService(admin_, Service("Choir", theirs_.id));
  }

  static DirectoryService Service(std::string name, std::string organisation_id) {
    return DirectoryService{.organisation_id = std::move(organisation_id), .name = std::move(name)};
  }

  testing::ServiceWorld world_;
  std::unique_ptr<NetworkDirectory> directory_;
  Actor admin_, partner_, other_partner_, practitioner_;
  DirectoryOrganisation ours_, theirs_;
  DirectoryService walking_, choir_;
};

std::vector<std::string> Names(const std::vector<DirectoryOrganisation>& list) {
  std::vector<std::string> out;
  out.reserve(list.size());
  for (const DirectoryOrganisation& o : list) out.push_back(o.name);
  return out;
}

TEST_F(NetworkDirectoryPagesTest, ChangeableOrganisationsFollowWhoMayChange) {
  EXPECT_EQ(Names(*directory_->ChangeableOrganisations(admin_)),
            (std::vector<std::string>{"Another organisation", "Test Mind directory"}));
  EXPECT_EQ(Names(*directory_->ChangeableOrganisations(partner_)),
            (std::vector<std::string>{"Test Mind directory"}));
  EXPECT_TRUE(directory_->ChangeableOrganisations(other_partner_)->empty());
  EXPECT_TRUE(directory_->ChangeableOrganisations(practitioner_)->empty());
}

TEST_F(NetworkDirectoryPagesTest, APartnerListsTheirOwnServicesPendingOnesIncluded) {
  DirectoryService changed = walking_;
  changed.name = "Walking for health";
  auto saved = directory_->UpdateService(partner_, changed, walking_.version);
  ASSERT_TRUE(saved) << saved.error().message;
  auto added = directory_->CreateService(partner_, Service("Allotment", ours_.id));
  ASSERT_TRUE(added) << added.error().message;
  ASSERT_EQ(added->publication, Publication::kAwaitingReview);

  auto mine = directory_->PartnerServices(partner_);
  ASSERT_TRUE(mine) << mine.error().message;
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].service.name, "Allotment");  // never published, still theirs to see
  EXPECT_TRUE((*mine)[0].pending);
  EXPECT_EQ((*mine)[1].service.name, "Walking for health");  // the current version
  EXPECT_TRUE((*mine)[1].pending);
  EXPECT_TRUE((*mine)[1].may_change);
  EXPECT_EQ((*mine)[1].organisation.name, "Test Mind directory");

  EXPECT_TRUE(directory_->PartnerServices(other_partner_)->empty());
  EXPECT_TRUE(directory_->PartnerServices(admin_)->empty());
  EXPECT_TRUE(directory_->PartnerServices(practitioner_)->empty());
}

TEST_F(NetworkDirectoryPagesTest, HistoryNamesWhoMadeEachVersion) {
  DirectoryService changed = walking_;
  changed.description = "Every Tuesday";
  ASSERT_TRUE(directory_->UpdateService(partner_, changed, walking_.version));
  auto history = directory_->HistoryWithNames(admin_, walking_.id);
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].version.service.version, 2);
  EXPECT_EQ((*history)[0].changed_by_name, "partner (Test Mind)");
  EXPECT_EQ((*history)[1].changed_by_name, "admin (Test NHS Trust)");
  // Others see the published versions only, as History.
  auto seen = directory_->HistoryWithNames(practitioner_, walking_.id);
  ASSERT_TRUE(seen);
  ASSERT_EQ(seen->size(), 1u);
  EXPECT_EQ((*seen)[0].version.service.version, 1);
  auto none = directory_->HistoryWithNames(practitioner_, "nope");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::kNotFound);
}

TEST_F(NetworkDirectoryPagesTest, NewPlaceIdsAreFreshUuids) {
  const std::string a = directory_->NewPlaceId();
  const std::string b = directory_->NewPlaceId();
  EXPECT_TRUE(IsValidUuid(a));
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace network_directory_pages_test
}  // namespace lw
