#include <gtest/gtest.h>

#include "storage/records/outbox_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace outbox_message_record_test {
namespace {

using testing::At;
using testing::kAwkward;
using testing::Replace;

OutboxMessage Everything() {
  return OutboxMessage{.id = "m-1",
                       .version = 3,
                       .kind = OutboxKind::kWarmReminder,
                       .about_id = "w-1",
                       .to = "referrals@hyde-walks.example",
                       .subject = "A warm introduction has not landed",
                       .body = std::string(kAwkward),
                       .created_at = At(),
                       .state = OutboxState::kSent,
                       .attempts = 2,
                       .last_error = "451 4.3.0 try again later",
                       .last_attempt_at = At(2),
                       .sent_at = At(2)};
}

OutboxMessage Bare() {
  return OutboxMessage{.id = "m-2",
                       .version = 1,
                       .about_id = "w-2",
                       .to = "asha@millbrook.example",
                       .subject = "Subject",
                       .body = "Body",
                       .created_at = At(1),
                       .next_attempt_at = At(1)};
}

TEST(OutboxMessageRecordTest, EveryFieldRoundTrips) {
  for (const OutboxMessage& m : {Everything(), Bare()}) {
    auto back = Codec<OutboxMessage>::Decode(Codec<OutboxMessage>::Encode(m));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, m);
  }
}

TEST(OutboxMessageRecordTest, IndexIsOpenWhileQueuedSortedByCreationWithNoPersonLinks) {
  EXPECT_EQ(Codec<OutboxMessage>::kKind, RecordKind::kOutboxMessage);
  EXPECT_EQ(Codec<OutboxMessage>::Index(Everything()),
            (RecordIndex{.owner_id = "", .open = false, .sort_key = ToUnixMicros(At())}));
  EXPECT_EQ(Codec<OutboxMessage>::Index(Bare()),
            (RecordIndex{.owner_id = "", .open = true, .sort_key = ToUnixMicros(At(1))}));
  EXPECT_TRUE(Codec<OutboxMessage>::Index(Bare()).links.empty());
}

TEST(OutboxMessageRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<OutboxMessage>("id");
  const std::string text = Codec<OutboxMessage>::Encode(Everything());
  testing::ExpectUnreadable<OutboxMessage>(Replace(text, "\"sent\"", "\"lost\""), "state");
  testing::ExpectUnreadable<OutboxMessage>(Replace(text, "\"warm-reminder\"", "\"spam\""), "kind");
}

TEST(OutboxMessageRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<OutboxMessage>::Encode(Everything());
  for (std::string_view pinned :
       {"\"kind\":\"warm-reminder\"", "\"state\":\"sent\"", "\"attempts\":2",
        "\"to\":\"referrals@hyde-walks.example\"", "\"next_attempt_at\":null"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace outbox_message_record_test
}  // namespace lw::records
