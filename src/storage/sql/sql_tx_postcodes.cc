// SqlTx: the postcode directory (domain/ports/postcodes.h), in whole
// millionths of a degree.
#include "storage/sql/sql_tx.h"

namespace lw::sql {

Status SqlTx::PutPostcodes(const std::vector<PostcodePoint>& points) {
  if (auto ok = Writable("PutPostcodes"); !ok) return ok;
  for (const PostcodePoint& p : points) {
    auto put =
        Run("INSERT INTO postcodes (postcode, latitude_micro, longitude_micro) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (postcode) DO UPDATE SET latitude_micro = excluded.latitude_micro, "
            "longitude_micro = excluded.longitude_micro",
            "PutPostcodes", [&](Query& q) {
              q.BindText(1, p.postcode)
                  .BindInt(2, ToMicrodegrees(p.latitude))
                  .BindInt(3, ToMicrodegrees(p.longitude));
            });
    if (!put) return Fail(std::move(put.error()));
  }
  return Ok();
}

Result<std::optional<PostcodePoint>> SqlTx::FindPostcode(std::string_view postcode) {
  auto q = c_.Prepare(
      "SELECT postcode, latitude_micro, longitude_micro FROM postcodes WHERE postcode = ?1",
      "FindPostcode");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, postcode);
  return First(*q, [](const Query& row) -> Result<PostcodePoint> {
    return PostcodePoint{.postcode = row.Text(0),
                         .latitude = FromMicrodegrees(row.Int(1)),
                         .longitude = FromMicrodegrees(row.Int(2))};
  });
}

Result<std::int64_t> SqlTx::CountPostcodes() {
  auto q = c_.Prepare("SELECT COUNT(*) FROM postcodes", "CountPostcodes");
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return q->Int(0);
}

}  // namespace lw::sql
