# SPDX-License-Identifier: GPL-3.0-or-later
# ctest (only where dpkg-deb exists): builds the .deb with CPack from the build tree and
# checks that it lays out the program, desktop entry, icons, AppStream metadata and man page,
# and that Depends names the shared libraries the program links (Qt, libpng).
# Inputs: -DBINARY_DIR=... -DWORK=... -DDPKG_DEB=...
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(
    COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${WORK}" --config "${BINARY_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${WORK}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK}, found: ${debs}")
endif()
execute_process(COMMAND "${DPKG_DEB}" -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed: ${err}")
endif()
foreach(path
        "./usr/bin/chronoscope"
        "./usr/share/applications/org.chronoscope.Chronoscope.desktop"
        "./usr/share/metainfo/org.chronoscope.Chronoscope.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/chronoscope.svg"
        "./usr/share/icons/hicolor/16x16/apps/chronoscope.png"
        "./usr/share/icons/hicolor/48x48/apps/chronoscope.png"
        "./usr/share/icons/hicolor/256x256/apps/chronoscope.png"
        "./usr/share/man/man1/chronoscope.1")
    string(FIND "${listing}" " ${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path} is missing from the package:\n${listing}")
    endif()
endforeach()
execute_process(COMMAND "${DPKG_DEB}" -f ${debs} Package Depends OUTPUT_VARIABLE fields)
if(NOT fields MATCHES "Package: chronoscope" OR NOT fields MATCHES "libqt6widgets6" OR NOT fields MATCHES "libpng16-16")
    message(FATAL_ERROR "unexpected control fields:\n${fields}")
endif()
message(STATUS "package ok: ${debs}")
