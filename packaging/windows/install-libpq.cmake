# Runs at install time on Windows (see packaging/CMakeLists.txt): copies libpq.dll from
# ORDERDESK_LIBPQ_DIR and the DLLs it loads from the same folder (OpenSSL, libintl, libiconv, ...)
# into bin/, where the QPSQL driver finds them. Without them QPSQL reports only "driver not loaded".
set(libpq "${ORDERDESK_LIBPQ_DIR}/libpq.dll")
if(NOT EXISTS "${libpq}")
    message(FATAL_ERROR "ORDERDESK_LIBPQ_DIR has no libpq.dll: ${ORDERDESK_LIBPQ_DIR}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    LIBRARIES "${libpq}"
    DIRECTORIES "${ORDERDESK_LIBPQ_DIR}"
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR missing
    # Windows' own DLLs are on every machine.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
if(missing)
    message(WARNING "libpq needs DLLs that were not found: ${missing}")
endif()
file(INSTALL ${libpq} ${found} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
