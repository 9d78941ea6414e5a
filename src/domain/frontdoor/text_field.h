// Checks for free-text fields on front-door forms, shared by the new
// introduction and lifecycle validation.
//
// Contract: `CheckText` trims leading and trailing whitespace in place, then
// appends at most one FieldError to `errors`: the field is required and
// empty; it is longer than `max_chars` characters (Unicode code points, so
// "é" counts once); or it is not valid UTF-8 or holds control characters
// other than tab and new line (which would corrupt what we store and show).
// Anything else is kept verbatim, including "<script>": escaping is the
// page's job, and a person's words are never rewritten.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace lw {

struct TextRule {
  const char* field;  // form field name, "in_their_words"
  const char* label;  // sentence-case noun, "What is going on"
  std::size_t max_chars;
  bool required = false;
  const char* if_missing = nullptr;  // message when required and empty
};

std::string TrimText(std::string_view text);
// Code points in valid UTF-8, or npos if `text` is not valid UTF-8.
std::size_t Utf8Length(std::string_view text);
void CheckText(std::string& value, const TextRule& rule, std::vector<FieldError>& errors);

// kInvalidArgument with `errors`, or Ok when there are none.
Status FieldErrors(std::vector<FieldError> errors);

}  // namespace lw
