# Writes OUT: a C++ file defining lw::ShippedInstrumentFiles() (see
# app/instrument_files.h) from every DIR/*.toml, in name order, so the
# shipped questionnaire definitions are in the binary and need no path at
# run time. Refuses a file holding the raw-string delimiter.
cmake_policy(VERSION 3.25)
file(GLOB files RELATIVE ${DIR} ${DIR}/*.toml)
list(SORT files)
set(body "// Generated from config/instruments/*.toml by embed_instruments.cmake. Do not edit.\n")
string(APPEND body "#include \"app/instrument_files.h\"\n\nnamespace lw {\n\n")
string(APPEND body "const std::vector<InstrumentFile>& ShippedInstrumentFiles() {\n")
string(APPEND body "  static const std::vector<InstrumentFile> kAll = {\n")
foreach(f ${files})
  file(READ ${DIR}/${f} text)
  if(text MATCHES "\\)lwtoml\"")
    message(FATAL_ERROR "instrument ${f}: contains the raw-string delimiter )lwtoml\"")
  endif()
  string(APPEND body "      {\"${f}\", R\"lwtoml(${text})lwtoml\"},\n")
endforeach()
string(APPEND body "  };\n  return kAll;\n}\n\n}  // namespace lw\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
