# patmark_cc_library(NAME <name> SRCS <files> [DEPS <targets>])
#
# Creates the library target patmark_<name> and its alias patmark::<name>.
# Dependencies are always named with their alias (patmark::base, PkgConfig::RE2).
# Include paths are rooted at the repository: #include "parsers/base/status.h".
function(patmark_cc_library)
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS" ${ARGN})
  set(target patmark_${ARG_NAME})
  add_library(${target} STATIC ${ARG_SRCS})
  add_library(patmark::${ARG_NAME} ALIAS ${target})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${target} PUBLIC ${ARG_DEPS})
endfunction()
