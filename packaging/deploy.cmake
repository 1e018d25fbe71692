# Runs at install time (cmake --install, and again inside cpack) on Windows and macOS, included by the
# script that qt_generate_deploy_script writes (packaging/CMakeLists.txt), so qt_deploy_runtime_dependencies
# and the QT_DEPLOY_* variables are there. From configure time it gets ORDERDESK_DEPLOY_PLATFORM,
# ORDERDESK_DEPLOY_TOOL_OPTIONS, ORDERDESK_SOURCE_DIR, ORDERDESK_LIBPQ_DIR, ORDERDESK_PYTHON,
# ORDERDESK_MACOS_MINIMUM and ORDERDESK_OSX_ARCHITECTURES. Everything that goes wrong here stops the install: a package that would
# install but not open the team's PostgreSQL history must not be made at all.
#
# Signing comes from the environment, set by the workflows on tag builds when the secrets exist:
#   macOS    ORDERDESK_CODESIGN_IDENTITY  a Developer ID Application identity in the keychain (else ad hoc)
#   Windows  ORDERDESK_SIGN_PFX, ORDERDESK_SIGN_PASSWORD, ORDERDESK_SIGN_TIMESTAMP_URL (else unsigned;
#            packaging/windows/sign.py)

function(orderdesk_require_files base)
    foreach(file IN LISTS ARGN)
        if(NOT EXISTS "${base}/${file}")
            message(FATAL_ERROR "deploy: the package lacks ${file} (in ${base}); see the deploy tool's output above")
        endif()
    endforeach()
endfunction()

if(ORDERDESK_DEPLOY_PLATFORM STREQUAL "macOS")
    set(app "${QT_DEPLOY_PREFIX}/orderdesk.app")
    if(NOT IS_DIRECTORY "${app}/Contents/MacOS")
        message(FATAL_ERROR "deploy: no app bundle at ${app}")
    endif()
    # The command-line tools live in the bundle beside the application, so that their rpath
    # (@executable_path/../Frameworks) finds the bundle's Qt wherever the app is dragged. They are
    # installed to bin/ by their own directories; moved here.
    foreach(tool orderdesk-cli orderdesk-sandbox)
        if(NOT EXISTS "${QT_DEPLOY_PREFIX}/bin/${tool}")
            message(FATAL_ERROR "deploy: ${tool} was not installed to ${QT_DEPLOY_PREFIX}/bin")
        endif()
        file(RENAME "${QT_DEPLOY_PREFIX}/bin/${tool}" "${app}/Contents/MacOS/${tool}")
    endforeach()
    file(GLOB left "${QT_DEPLOY_PREFIX}/bin/*")
    if(left)
        message(FATAL_ERROR "deploy: bin/ holds more than the tools, which the image would show: ${left}")
    endif()
    file(REMOVE_RECURSE "${QT_DEPLOY_PREFIX}/bin")

    # NO_APP_STORE_COMPLIANCE: with -appstore-compliant (qt_generate_deploy_app_script's choice),
    # macdeployqt leaves out libqsqlpsql, and the app cannot open the team's PostgreSQL history.
    # The tools and the offscreen platform plug-in (for headless runs and the package test) are given
    # to macdeployqt as well, so that it points their Qt references into the bundle.
    set(tool_options "")
    if(ORDERDESK_DEPLOY_TOOL_OPTIONS)
        set(tool_options DEPLOY_TOOL_OPTIONS ${ORDERDESK_DEPLOY_TOOL_OPTIONS})
    endif()
    qt_deploy_runtime_dependencies(
        EXECUTABLE "${app}"
        ADDITIONAL_EXECUTABLES "${app}/Contents/MacOS/orderdesk-cli" "${app}/Contents/MacOS/orderdesk-sandbox"
        ADDITIONAL_MODULES "${app}/Contents/PlugIns/platforms/libqoffscreen.dylib"
        ${tool_options}
        NO_APP_STORE_COMPLIANCE)
    orderdesk_require_files("${app}/Contents"
        Frameworks/QtCore.framework PlugIns/platforms/libqcocoa.dylib PlugIns/platforms/libqoffscreen.dylib
        PlugIns/sqldrivers/libqsqlite.dylib PlugIns/sqldrivers/libqsqlpsql.dylib)
    file(GLOB tls_plugins "${app}/Contents/PlugIns/tls/*.dylib")
    if(NOT tls_plugins)
        message(FATAL_ERROR "deploy: no TLS plug-in in PlugIns/tls: every HTTPS request would fail")
    endif()

    # libpq and what it loads (OpenSSL, Kerberos, ...) into Contents/Frameworks, install names rewritten,
    # every file checked against the minimum macOS and the architectures, the bundle signed again.
    set(sign_as "-")
    if(NOT "$ENV{ORDERDESK_CODESIGN_IDENTITY}" STREQUAL "")
        set(sign_as "$ENV{ORDERDESK_CODESIGN_IDENTITY}")
    endif()
    set(options --bundle "${app}" --minimum "${ORDERDESK_MACOS_MINIMUM}" --sign "${sign_as}")
    foreach(arch IN LISTS ORDERDESK_OSX_ARCHITECTURES)
        list(APPEND options --arch "${arch}")
    endforeach()
    if(ORDERDESK_LIBPQ_DIR)
        list(APPEND options --search "${ORDERDESK_LIBPQ_DIR}")
    endif()
    execute_process(
        COMMAND "${ORDERDESK_PYTHON}" "${ORDERDESK_SOURCE_DIR}/packaging/macos/bundle-dylibs.py" ${options}
        COMMAND_ECHO STDOUT
        COMMAND_ERROR_IS_FATAL ANY)

elseif(ORDERDESK_DEPLOY_PLATFORM STREQUAL "Windows")
    set(bin "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_BIN_DIR}")
    qt_deploy_runtime_dependencies(
        EXECUTABLE "${QT_DEPLOY_BIN_DIR}/orderdesk.exe"
        ADDITIONAL_EXECUTABLES "${QT_DEPLOY_BIN_DIR}/orderdesk-cli.exe" "${QT_DEPLOY_BIN_DIR}/orderdesk-sandbox.exe"
        GENERATE_QT_CONF
        NO_COMPILER_RUNTIME) # the MSVC DLLs come from InstallRequiredSystemLibraries, not vc_redist.x64.exe
    if(NOT ORDERDESK_LIBPQ_DIR)
        message(FATAL_ERROR "deploy: ORDERDESK_LIBPQ_DIR is not set: the QPSQL driver would have no libpq.dll")
    endif()
    set(ORDERDESK_LIBPQ_DESTINATION "${bin}")
    include("${ORDERDESK_SOURCE_DIR}/packaging/windows/install-libpq.cmake")
    orderdesk_require_files("${QT_DEPLOY_PREFIX}"
        bin/orderdesk.exe bin/orderdesk-cli.exe bin/orderdesk-sandbox.exe bin/qt.conf bin/libpq.dll
        plugins/platforms/qwindows.dll plugins/platforms/qoffscreen.dll plugins/tls/qschannelbackend.dll
        plugins/sqldrivers/qsqlite.dll plugins/sqldrivers/qsqlpsql.dll)

    if(NOT "$ENV{ORDERDESK_SIGN_PFX}" STREQUAL "")
        execute_process(
            COMMAND "${ORDERDESK_PYTHON}" "${ORDERDESK_SOURCE_DIR}/packaging/windows/sign.py"
                    "${bin}/orderdesk.exe" "${bin}/orderdesk-cli.exe" "${bin}/orderdesk-sandbox.exe"
            COMMAND_ERROR_IS_FATAL ANY)
    endif()

else()
    message(FATAL_ERROR "deploy: ORDERDESK_DEPLOY_PLATFORM is \"${ORDERDESK_DEPLOY_PLATFORM}\"")
endif()
