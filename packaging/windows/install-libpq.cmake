# Runs at install time on Windows, from packaging/deploy.cmake: copies libpq.dll from
# ORDERDESK_LIBPQ_DIR and the DLLs it loads from the same folder (OpenSSL, libintl, libiconv, ...) into
# ORDERDESK_LIBPQ_DESTINATION (bin/), where the QPSQL driver finds them. Without them QPSQL reports only
# "driver not loaded", so anything missing stops the install.
set(libpq "${ORDERDESK_LIBPQ_DIR}/libpq.dll")
if(NOT EXISTS "${libpq}")
    message(FATAL_ERROR "ORDERDESK_LIBPQ_DIR has no libpq.dll: ${ORDERDESK_LIBPQ_DIR}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    LIBRARIES "${libpq}"
    DIRECTORIES "${ORDERDESK_LIBPQ_DIR}"
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR missing
    # Windows' own DLLs are on every machine; the MSVC runtime comes with InstallRequiredSystemLibraries.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
if(missing)
    message(FATAL_ERROR "libpq needs DLLs that were not found: ${missing}")
endif()
# Only from libpq's own folder: a DLL that resolved from somewhere on PATH would be another build.
foreach(dll IN LISTS found)
    get_filename_component(folder "${dll}" DIRECTORY)
    file(TO_CMAKE_PATH "${folder}" folder)
    string(TOLOWER "${folder}" folder)
    string(TOLOWER "${ORDERDESK_LIBPQ_DIR}" expected)
    if(NOT folder STREQUAL expected)
        message(FATAL_ERROR "libpq's dependency ${dll} resolved outside ${ORDERDESK_LIBPQ_DIR}")
    endif()
endforeach()
message(STATUS "deploy: libpq.dll and ${found} into ${ORDERDESK_LIBPQ_DESTINATION}")
file(INSTALL ${libpq} ${found} DESTINATION "${ORDERDESK_LIBPQ_DESTINATION}")
