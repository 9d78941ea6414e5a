-- 0009 postcodes: the postcode directory (issue 7; domain/ports/postcodes.h),
-- loaded at deployment from the ONS Postcode Directory or OS Code-Point Open
-- (`livingwell import postcodes FILE`) so the directory can measure distance
-- from a postcode. Coordinates are WGS84 degrees in whole millionths (the
-- schema keeps to TEXT and integers: storage/copy). Portable SQL, as 0001.

CREATE TABLE postcodes (
  postcode TEXT PRIMARY KEY,             -- normalised: 'SK14 2QR'
  latitude_micro BIGINT NOT NULL CHECK (latitude_micro BETWEEN -90000000 AND 90000000),
  longitude_micro BIGINT NOT NULL CHECK (longitude_micro BETWEEN -180000000 AND 180000000)
);
