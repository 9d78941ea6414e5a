// Private to search*.cc: what a SearchIndex holds, built by
// search_index.cc and read by search.cc.
//
// The vocabulary is every normalised word of every service, sorted, each
// with its inverse document frequency and its postings (one per service
// holding it, in service order, with the field-weighted, length-normalised
// term frequency of BM25F and the fields it appears in). `by_length` lists
// term ids by length for the typo scan. `facts` hold what the filters read,
// one per service.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/directory/directory.h"
#include "domain/directory/search.h"

namespace lw::directory::search_internal {

enum Field : std::uint8_t {
  kName = 0,
  kNeed = 1,          // need names, other taxonomy terms, the kind
  kOrganisation = 2,  // the organisation's name
  kDescription = 3,   // description and cultural focus
  kNeedAbout = 4,     // the one-line descriptions of its needs
  kPlace = 5,         // its places' names and towns
};
inline constexpr std::size_t kFieldCount = 6;
inline constexpr std::array<double, kFieldCount> kFieldWeight = {3.0, 2.0, 1.5, 1.0, 0.6, 1.2};
inline constexpr std::array<double, kFieldCount> kFieldLengthB = {0.75, 0.3, 0.75, 0.75, 0.3, 0.5};
inline constexpr double kK1 = 1.2;

struct Posting {
  std::uint32_t service = 0;
  float weight = 0;         // sum over fields of weight * tf / length norm
  std::uint8_t fields = 0;  // bit per Field
};

struct Term {
  std::string text;
  std::uint64_t letters = 0;  // LetterMask(text): a quick "too different to be a typo" test
  float idf = 0;
  std::uint32_t begin = 0;  // postings [begin, end)
  std::uint32_t end = 0;
};

// A bit per letter a-z and digit 0-9 present, one bit for anything else.
inline std::uint64_t LetterMask(std::string_view word) {
  std::uint64_t mask = 0;
  for (char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') {
      mask |= std::uint64_t{1} << (c - 'a');
    } else if (c >= '0' && c <= '9') {
      mask |= std::uint64_t{1} << (26 + c - '0');
    } else {
      mask |= std::uint64_t{1} << 63;
    }
  }
  return mask;
}

struct PlacePoint {
  double latitude = 0;
  double longitude = 0;
  std::uint32_t place = 0;  // index into the service's places
};

struct ServiceFacts {
  bool listed = false;  // active and published
  std::uint32_t needs = 0;
  std::uint32_t name_rank = 0;  // position in name order
  std::vector<PlacePoint> points;
  std::vector<std::string> cultural_words;
  std::string organisation_name;
};

struct IndexData {
  std::vector<Term> terms;  // sorted by text
  std::vector<Posting> postings;
  std::vector<std::vector<std::uint32_t>> by_length;  // term ids by byte length
  std::vector<ServiceFacts> facts;
};

}  // namespace lw::directory::search_internal
