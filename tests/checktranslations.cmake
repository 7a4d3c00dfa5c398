# SPDX-License-Identifier: GPL-3.0-or-later
# ctest: the Chinese catalogue covers every user-visible string of today's sources.
# Runs lupdate on a copy of the .ts (same options as `make translations`) and fails on any
# unfinished, vanished or obsolete entry, and on a plural message without its form.
# Inputs: -DLUPDATE=... -DSOURCE_DIR=... -DTS=... -DWORK=... -DLANGUAGE=zh_CN [-DPLURAL_ONLY=ON]
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(ts_name "${TS}" NAME)
set(copy "${WORK}/${ts_name}")
file(COPY_FILE "${TS}" "${copy}")

# The committed file itself must be complete ...
file(READ "${TS}" committed)
foreach(bad "type=\"unfinished\"" "type=\"vanished\"" "type=\"obsolete\"")
    string(FIND "${committed}" "${bad}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "${TS} has an entry with ${bad}: translate it in Qt Linguist")
    endif()
endforeach()
if(committed MATCHES "<numerusform></numerusform>|<numerusform/>|<translation></translation>|<translation/>")
    message(FATAL_ERROR "${TS} has an empty translation")
endif()

# ... and nothing in the sources may be missing from it.
set(plural_only "")
if(PLURAL_ONLY)
    set(plural_only -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" -I . -locations none -no-obsolete ${plural_only} app core/models core/data/validation.cpp core/io/importpreview.cpp -target-language ${LANGUAGE} -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ "${copy}" updated)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" missing "${updated}")
list(LENGTH missing count)
if(count GREATER 0 OR NOT updated STREQUAL committed)
    message(FATAL_ERROR "${count} user-visible string(s) are not in ${ts_name} (or it is out of date): "
        "run `make translations`, translate in Qt Linguist, commit.\n${missing}\n${out}")
endif()
message(STATUS "${ts_name}: complete")
