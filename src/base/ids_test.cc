#include "base/ids.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

#include "base/random.h"

namespace lw {
namespace ids_test {
namespace {

bool IsBase64Url(const std::string& s) {
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

// A Random that always yields the same byte, to pin the encoding.
class ConstantRandom final : public Random {
 public:
  explicit ConstantRandom(std::byte b) : b_(b) {}
  void Fill(std::span<std::byte> out) override {
    for (auto& x : out) {
      x = b_;
    }
  }

 private:
  std::byte b_;
};

TEST(NewIdTest, LengthAndCharset) {
  SeededRandom r(1);
  for (int i = 0; i < 100; ++i) {
    std::string id = NewId(r);
    EXPECT_EQ(id.size(), kIdLength);
    EXPECT_EQ(id.size(), 22u);
    EXPECT_TRUE(IsBase64Url(id)) << id;
    EXPECT_TRUE(IsValidId(id)) << id;
  }
}

TEST(NewIdTest, UniqueOverTenThousandDraws) {
  SeededRandom r(2);
  std::unordered_set<std::string> ids;
  for (int i = 0; i < 10000; ++i) {
    ids.insert(NewId(r));
  }
  EXPECT_EQ(ids.size(), 10000u);
}

TEST(NewIdTest, UniqueFromSystemRandom) {
  SystemRandom r;
  std::unordered_set<std::string> ids;
  for (int i = 0; i < 10000; ++i) {
    std::string id = NewId(r);
    ASSERT_TRUE(IsValidId(id)) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 10000u);
}

TEST(NewIdTest, DeterministicForASeed) {
  SeededRandom a(5);
  SeededRandom b(5);
  EXPECT_EQ(NewId(a), NewId(b));
}

TEST(NewIdTest, EncodesBytesAsUnpaddedBase64Url) {
  // 16 bytes of 0xff: 21 characters of 63 ('_'), then the last 2 bits
  // padded with zeros: 0b110000 = 48 = 'w'.
  ConstantRandom ones(std::byte{0xff});
  EXPECT_EQ(NewId(ones), std::string(21, '_') + "w");
  ConstantRandom zeros(std::byte{0x00});
  EXPECT_EQ(NewId(zeros), std::string(22, 'A'));
  // 0xfb = 111110 11: '-' (62) is used, not '+'.
  ConstantRandom fb(std::byte{0xfb});
  std::string id = NewId(fb);
  EXPECT_EQ(id.substr(0, 4), "-_v7");
}

TEST(IsValidIdTest, RejectsWrongLength) {
  EXPECT_FALSE(IsValidId(""));
  EXPECT_FALSE(IsValidId(std::string(21, 'A')));
  EXPECT_FALSE(IsValidId(std::string(23, 'A')));
  EXPECT_TRUE(IsValidId(std::string(22, 'A')));
}

TEST(IsValidIdTest, RejectsBadCharacters) {
  std::string good = "abcdefghijklmnopqrstu-";
  ASSERT_TRUE(IsValidId(good));
  for (char bad : {'+', '/', '=', ' ', '.', '%', '\0', '\n'}) {
    std::string id = good;
    id[10] = bad;
    EXPECT_FALSE(IsValidId(id)) << "char code " << static_cast<int>(bad);
  }
  std::string non_ascii = good;
  non_ascii[0] = static_cast<char>(0xc3);
  EXPECT_FALSE(IsValidId(non_ascii));
}

TEST(NewSecretTokenTest, LengthCharsetAndUniqueness) {
  SystemRandom r;
  std::string a = NewSecretToken(r);
  std::string b = NewSecretToken(r);
  EXPECT_EQ(a.size(), 43u);
  EXPECT_EQ(b.size(), 43u);
  EXPECT_TRUE(IsBase64Url(a)) << a;
  EXPECT_NE(a, b);
  // A token is not an id.
  EXPECT_FALSE(IsValidId(a));
}

TEST(NewSecretTokenTest, EncodesAllThirtyTwoBytes) {
  // 256 bits = 42 full characters + 4 bits padded: 0b111100 = 60 = '8'.
  ConstantRandom ones(std::byte{0xff});
  EXPECT_EQ(NewSecretToken(ones), std::string(42, '_') + "8");
}

}  // namespace
}  // namespace ids_test
}  // namespace lw

namespace lw {
namespace ids_test {
namespace {

TEST(UuidTest, NewUuidsAreVersionFourLowerCaseAndDistinct) {
  SeededRandom random(7);
  std::string a = NewUuid(random);
  std::string b = NewUuid(random);
  EXPECT_TRUE(IsValidUuid(a)) << a;
  EXPECT_NE(a, b);
  EXPECT_EQ(a[14], '4');
  EXPECT_TRUE(a[19] == '8' || a[19] == '9' || a[19] == 'a' || a[19] == 'b') << a;
}

TEST(UuidTest, IsValidUuidAcceptsOnlyTheCanonicalLowerCaseForm) {
  EXPECT_TRUE(IsValidUuid("edfcf6d8-a3d1-55c5-9c26-51a04bd0b599"));
  EXPECT_FALSE(IsValidUuid("EDFCF6D8-A3D1-55C5-9C26-51A04BD0B599"));
  EXPECT_FALSE(IsValidUuid("edfcf6d8a3d155c59c2651a04bd0b599"));
  EXPECT_FALSE(IsValidUuid("edfcf6d8-a3d1-55c5-9c26-51a04bd0b59"));
  EXPECT_FALSE(IsValidUuid("edfcf6d8-a3d1-55c5-9c26-51a04bd0b59g"));
  EXPECT_FALSE(IsValidUuid("edfcf6d8-a3d1-55c5-9c26_51a04bd0b599"));
  EXPECT_FALSE(IsValidUuid(""));
}

}  // namespace
}  // namespace ids_test
}  // namespace lw
