// Given-name variants: the short forms and spellings of common English given
// names (Bob and Robert, Liz and Elizabeth, Jon and Jonathan), kept as data
// in nicknames.cc, one group per formal name.
//
// Two names are variants when some group holds both. Groups are not merged:
// "Sam" is in the Samuel group and in the Samantha group, so Sam is a variant
// of each, but Samuel and Samantha are not variants of each other.
//
// Names are compared in their folded form (name_folding.h): pass one part of
// a name ("robert", not "Robert James"). A name is not its own variant.
//
// The table is built once, on first use, behind a function-local static;
// thread-safe. Lookups are O(1) on average.
#pragma once

#include <span>
#include <string_view>

namespace lw {

bool AreGivenNameVariants(std::string_view folded_a, std::string_view folded_b);

// The groups, each the folded names separated by single spaces, formal name
// first ("robert rob robbie bob bobby bert"). For tests and documentation.
std::span<const std::string_view> GivenNameVariantGroups();

}  // namespace lw
