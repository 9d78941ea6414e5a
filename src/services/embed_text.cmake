# Writes OUT: a C++ file defining `std::string_view NAMESPACE::FUNCTION()`
# returning the text of FILE, so data the binary needs (the demo's postcode
# fixture) is in it and needs no path at run time. Refuses a file holding
# the raw-string delimiter.
cmake_policy(VERSION 3.25)
file(READ ${FILE} text)
if(text MATCHES "\\)lwtext\"")
  message(FATAL_ERROR "${FILE}: contains the raw-string delimiter )lwtext\"")
endif()
set(body "// Generated from ${NAME} by embed_text.cmake. Do not edit.\n")
string(APPEND body "#include <string_view>\n\nnamespace lw {\n\n")
string(APPEND body "std::string_view ${FUNCTION}() {\n  static constexpr std::string_view kText = R\"lwtext(${text})lwtext\";\n  return kText;\n}\n\n}  // namespace lw\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
