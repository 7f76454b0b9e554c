# Runs clang-format over every C++ file of the tree (src/, tests/, bench/), by .clang-format.
#   cmake -DCLANG_FORMAT=clang-format-14 -DSOURCE_DIR=<tree> -DMODE=fix -P clangformat.cmake
#       rewrites the files (the `format` target);
#   ... -DMODE=check ...  changes nothing and fails listing the files that differ (the `format_check`
#       test, `clang-format --dry-run -Werror`).
# The files are listed when it runs, so files added since the last configure are covered too.
cmake_minimum_required(VERSION 3.25)

if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format not found: install the Debian package clang-format "
                        "(scripts/quickstart.sh does) and configure again.")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp"
    "${SOURCE_DIR}/bench/*.h" "${SOURCE_DIR}/bench/*.cpp"
    "${SOURCE_DIR}/fuzz/*.h" "${SOURCE_DIR}/fuzz/*.cpp")
list(SORT files)

if(MODE STREQUAL "fix")
    execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file ${files}
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "clang-format failed (${rc})")
    endif()
    list(LENGTH files count)
    message(STATUS "clang-format: ${count} files formatted by .clang-format")
    return()
endif()

execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --style=file ${files}
                WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
execute_process(COMMAND "${CLANG_FORMAT}" --version OUTPUT_VARIABLE version
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(rc EQUAL 0)
    list(LENGTH files count)
    message(STATUS "${count} files match .clang-format (${version})")
    return()
endif()

# One line per file that differs, from the diagnostics "<file>:<line>:<col>: error: ...".
string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error:" hits "${out}")
set(differ)
foreach(hit IN LISTS hits)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:$" "" file "${hit}")
    list(APPEND differ "${file}")
endforeach()
list(REMOVE_DUPLICATES differ)
list(LENGTH differ count)
if(count EQUAL 0)
    message(FATAL_ERROR "clang-format failed (${rc}):\n${out}")
endif()
list(JOIN differ "\n  " listing)
message(FATAL_ERROR "${count} files differ from .clang-format (${version}):\n  ${listing}\n"
                    "Run: cmake --build build/test --target format")
