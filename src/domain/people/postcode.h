// UK postcodes.
//
// `ParsePostcode` accepts any case and spacing, checks the shape of a UK
// postcode (outward code A9, A99, A9A, AA9, AA99 or AA9A, then an inward
// code 9AA; and GIR 0AA), and returns it normalised: upper case, one space
// ("M1 1AE"). It does not check that the postcode exists; that needs the
// postcode directory.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"

namespace lw {

Result<std::string> ParsePostcode(std::string_view text);

}  // namespace lw
