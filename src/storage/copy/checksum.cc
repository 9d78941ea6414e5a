#include "storage/copy/checksum.h"

#include <sodium.h>

#include <array>
#include <utility>

namespace lw::copy {
namespace {

void AppendText(std::string& out, std::string_view text) {
  out += 't';
  out += std::to_string(text.size());
  out += ':';
  out += text;
  out += ';';
}

// Streams the canonical bytes into SHA-256 (libsodium, as the audit chain).
class Sha256 {
 public:
  Sha256() { crypto_hash_sha256_init(&state_); }
  void Update(std::string_view bytes) {
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
  }
  std::string HexDigest() {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state_, digest.data());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
  }

 private:
  crypto_hash_sha256_state state_;
};

}  // namespace

void AppendCanonicalRow(std::string& out, const Row& row) {
  for (const Value& value : row) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
      out += 'i';
      out += std::to_string(*i);
      out += ';';
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      AppendText(out, *s);
    } else {
      out += "n;";
    }
  }
  out += '\n';
}

Result<TableChecksum> ChecksumTable(sql::Connection& c, const TableSpec& table) {
  Sha256 hash;
  std::string header = "lw-store-copy-v1\n";
  AppendText(header, table.name);
  for (const Column& column : table.columns) {
    AppendText(header, column.name);
    AppendText(header, column.type == ColumnType::kInteger ? "integer" : "text");
  }
  header += '\n';
  hash.Update(header);
  TableChecksum result;
  std::string bytes;
  auto scanned = ScanTable(c, table, [&](const Row& row) -> Status {
    bytes.clear();
    AppendCanonicalRow(bytes, row);
    hash.Update(bytes);
    ++result.rows;
    return Ok();
  });
  if (!scanned) return Fail(std::move(scanned.error()));
  result.sha256 = hash.HexDigest();
  return result;
}

}  // namespace lw::copy
