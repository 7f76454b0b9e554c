# The install_tree test: `cmake --install` of the build folder into a fresh prefix, then what a
# desktop expects to find there (dist/CMakeLists.txt, docs/architecture.md "Install and package").
# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DVERSION=... -P installtree.cmake
# The validators are Debian desktop-file-utils and appstream (scripts/quickstart.sh installs
# them); without them the test fails.
foreach(var BUILD_DIR PREFIX APP_ID VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "installtree.cmake needs -D${var}=...")
    endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE)
    message(FATAL_ERROR "desktop-file-validate not found: install Debian's desktop-file-utils "
                        "(scripts/quickstart.sh installs it)")
endif()
if(NOT APPSTREAMCLI)
    message(FATAL_ERROR "appstreamcli not found: install Debian's appstream "
                        "(scripts/quickstart.sh installs it)")
endif()

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${rc}):\n${out}")
endif()

# Exactly these files, in the standard places: a rule that goes missing or a stray one both show.
set(expected
    bin/warroom
    bin/warroomctl
    share/applications/${APP_ID}.desktop
    share/doc/warroom/LICENSE
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/metainfo/${APP_ID}.metainfo.xml)
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE ${PREFIX} ${PREFIX}/*)
list(SORT installed)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " want "${expected}")
    string(REPLACE ";" "\n  " got "${installed}")
    message(FATAL_ERROR "installed files differ from the expected ones.\nexpected:\n  ${want}\n"
                        "installed:\n  ${got}")
endif()

# The installed programs run: warroomctl reports the project's version (appidentity.cpp repeats it).
execute_process(COMMAND ${PREFIX}/bin/warroomctl --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "warroomctl ${VERSION}")
    message(FATAL_ERROR "the installed warroomctl --version printed '${out}' (exit ${rc}, ${err}); "
                        "expected 'warroomctl ${VERSION}': project(VERSION) in CMakeLists.txt and "
                        "applyApplicationIdentity() in src/core/base/appidentity.cpp must agree")
endif()

set(desktop ${PREFIX}/share/applications/${APP_ID}.desktop)
set(metainfo ${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml)
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
# desktop-file-validate exits 0 on warnings and hints too: any line it prints fails the test.
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${desktop} (exit ${rc}):\n${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${metainfo}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate --no-net ${metainfo} (exit ${rc}):\n${out}")
endif()
# And over the whole tree: the metainfo's launchable is a desktop file installed beside it.
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${PREFIX}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree --no-net ${PREFIX} (exit ${rc}):\n${out}")
endif()

# What ties the three together: the launcher starts the installed program and names the installed
# icon, and the metainfo launches that launcher in the project's version.
file(STRINGS ${desktop} exec_line REGEX "^Exec=")
file(STRINGS ${desktop} icon_line REGEX "^Icon=")
if(NOT exec_line STREQUAL "Exec=warroom" OR NOT icon_line STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "${desktop}: expected Exec=warroom and Icon=${APP_ID}, "
                        "found '${exec_line}' and '${icon_line}'")
endif()
file(READ ${metainfo} metainfo_text)
foreach(needle "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
               "<release version=\"${VERSION}\""
               "<project_license>GPL-3.0-or-later</project_license>"
               "<metadata_license>CC0-1.0</metadata_license>")
    string(FIND "${metainfo_text}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${metainfo} lacks ${needle}")
    endif()
endforeach()
message(STATUS "install tree in ${PREFIX}: ${installed}; desktop file and metainfo valid")
