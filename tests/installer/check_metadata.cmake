# tst_installer_metadata: the .desktop file and the metainfo in installer/ pass their validators and
# agree with the build: one application id everywhere, Chinese entries for a zh_CN desktop, and a
# release entry for the version being built (AppStream software centres show the newest one).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

set(desktop "${SOURCE_DIR}/installer/${APP_ID}.desktop")
set(metainfo "${SOURCE_DIR}/installer/${APP_ID}.metainfo.xml")
validate_desktop("${desktop}")
validate_metainfo("${metainfo}")

file(STRINGS "${desktop}" lines ENCODING UTF-8)
foreach(expected "Icon=${APP_ID}" "Exec=grabdesk" "Categories=Office;")
    if(NOT expected IN_LIST lines)
        message(FATAL_ERROR "${desktop} lacks the line ${expected}")
    endif()
endforeach()
foreach(key "Name[zh_CN]" "GenericName[zh_CN]" "Comment[zh_CN]" "Keywords[zh_CN]")
    set(found OFF)
    foreach(line IN LISTS lines)
        string(FIND "${line}" "${key}=" at)
        if(at EQUAL 0)
            set(found ON)
            # The value is Chinese, not the English one copied: it holds a CJK ideograph
            # (in UTF-8, three bytes led by E4..E9).
            string(HEX "${line}" hex)
            if(NOT hex MATCHES "^(..)*e[4-9]")
                message(FATAL_ERROR "${desktop}: ${key} has no Chinese text: ${line}")
            endif()
        endif()
    endforeach()
    if(NOT found)
        message(FATAL_ERROR "${desktop} lacks ${key}")
    endif()
endforeach()

file(READ "${metainfo}" xml)
foreach(expected "<id>${APP_ID}</id>"
                 "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
                 "<project_license>GPL-3.0-or-later</project_license>"
                 "<metadata_license>CC0-1.0</metadata_license>"
                 "<binary>grabdesk</binary>" "<binary>grabctl</binary>")
    string(FIND "${xml}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${metainfo} lacks ${expected}")
    endif()
endforeach()
# Releases are listed newest first.
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${metainfo}: the newest <release> is '${CMAKE_MATCH_1}', the project is ${VERSION}: "
                        "add a <release> entry for ${VERSION}")
endif()
message(STATUS "metadata agrees: ${APP_ID} ${VERSION}")
