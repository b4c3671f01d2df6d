cmake_minimum_required(VERSION 3.25)

# Helpers shared by the installer checks (cmake -P scripts).

function(require_tool var package)
    if(NOT ${var} OR NOT EXISTS "${${var}}")
        message(FATAL_ERROR "${var} not found: install the Debian package ${package} (bash .ci/bootstrap does)")
    endif()
endfunction()

function(validate_desktop file)
    require_tool(DESKTOP_FILE_VALIDATE desktop-file-utils)
    # desktop-file-validate exits 0 on hints and warnings too: a clean file prints nothing.
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${file}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate ${file} (${rc}):\n${out}${err}")
    endif()
    message(STATUS "valid: ${file}")
endfunction()

function(validate_metainfo file)
    require_tool(APPSTREAMCLI appstream)
    # --no-net: offline, as on CI; URLs are not fetched. appstreamcli passes a file with warnings
    # and infos (a missing content rating is only an info): hold it to no E:, W: or I: line at all.
    # Pedantic notes (P:) are allowed: the id's capitals are the reverse-DNS convention.
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net "${file}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(^|\n)[EWI]: ")
        message(FATAL_ERROR "appstreamcli validate --no-net ${file} (${rc}):\n${out}${err}")
    endif()
    message(STATUS "valid: ${file}")
endfunction()
