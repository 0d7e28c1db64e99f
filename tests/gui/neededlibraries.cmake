# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when PROGRAM names one of FORBIDDEN (;-separated name fragments) among the shared
# libraries it needs at start (readelf -d: NEEDED). Run by ctest: cmake -DPROGRAM=... -P this.
execute_process(COMMAND readelf -d ${PROGRAM} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${PROGRAM} failed (${rc})")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" needed "${dynamic}")
if(NOT needed MATCHES "libQt6Widgets")
    message(FATAL_ERROR "${PROGRAM}: no NEEDED entry for Qt Widgets; is this the program?\n${dynamic}")
endif()
foreach(name IN LISTS FORBIDDEN)
    foreach(entry IN LISTS needed)
        if(entry MATCHES "\\[lib${name}")
            message(FATAL_ERROR "${PROGRAM} loads ${entry} at every start; it should not "
                                "(docs/benchmarks.md, fifth round)")
        endif()
    endforeach()
endforeach()
message(STATUS "${PROGRAM} needs none of: ${FORBIDDEN}")
