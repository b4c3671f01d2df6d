# tst_installer_layout: `cmake --install` into a scratch DESTDIR with the prefix the .deb uses
# (/usr) lays out exactly these files, nothing missing and nothing extra (a stray header or static
# library would end up in the package); the installed programs answer --version from there, and
# the installed .desktop and metainfo still validate.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

file(REMOVE_RECURSE "${SCRATCH}")
set(ENV{DESTDIR} "${SCRATCH}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
unset(ENV{DESTDIR})
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(expected
    usr/bin/grabctl
    usr/bin/grabdesk
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/${DOC_DIR}/LICENSE
    usr/${DOC_DIR}/README.md
    usr/${DOC_DIR}/serve.env.example
    usr/lib/systemd/system/grabdesk-serve.service)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${SCRATCH}" "${SCRATCH}/*")
list(SORT expected)
list(SORT installed)
if(NOT installed STREQUAL expected)
    set(missing ${expected})
    list(REMOVE_ITEM missing ${installed})
    set(extra ${installed})
    list(REMOVE_ITEM extra ${expected})
    message(FATAL_ERROR "the install tree differs from the package's layout\n missing: ${missing}\n extra: ${extra}")
endif()

foreach(program grabctl grabdesk)
    execute_process(COMMAND "${SCRATCH}/usr/bin/${program}" --version
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0 OR NOT out MATCHES " ${VERSION}$")
        message(FATAL_ERROR "installed ${program} --version: exit ${rc}, printed '${out}${err}', expected version ${VERSION}")
    endif()
    message(STATUS "${program} --version: ${out}")
endforeach()

# The service's unit starts the installed grabctl, and the example names a database.
file(READ "${SCRATCH}/usr/lib/systemd/system/grabdesk-serve.service" unit)
if(NOT unit MATCHES "\nExecStart=/usr/bin/grabctl --db \\$\\{GRABDESK_DB\\} serve\n")
    message(FATAL_ERROR "grabdesk-serve.service does not start /usr/bin/grabctl serve:\n${unit}")
endif()
file(STRINGS "${SCRATCH}/usr/${DOC_DIR}/serve.env.example" env REGEX "^GRABDESK_DB=")
if(NOT env)
    message(FATAL_ERROR "serve.env.example names no GRABDESK_DB")
endif()

validate_desktop("${SCRATCH}/usr/share/applications/${APP_ID}.desktop")
validate_metainfo("${SCRATCH}/usr/share/metainfo/${APP_ID}.metainfo.xml")
# The 256 px icon really is 256 px: the PNG header's width and height (big-endian at byte 16).
file(READ "${SCRATCH}/usr/share/icons/hicolor/256x256/apps/${APP_ID}.png" header LIMIT 24 HEX)
if(NOT header STREQUAL "89504e470d0a1a0a0000000d494844520000010000000100")
    message(FATAL_ERROR "the 256x256 icon is not a 256x256 PNG (header ${header})")
endif()

file(REMOVE_RECURSE "${SCRATCH}")
list(LENGTH installed count)
message(STATUS "install layout as expected: ${count} files")
