#!/usr/bin/env python3
"""Runs packaging/deploy.cmake, the install-time deploy step of the Windows and macOS packages, on
Linux: with a stand-in for qt_deploy_runtime_dependencies (which records what it was asked and lays
out what macdeployqt or windeployqt would), real Mach-O and PE files made with clang and lld, LLVM's
otool and install_name_tool, a codesign that only records its calls, and CMake's
file(GET_RUNTIME_DEPENDENCIES) reading PE files with objdump. So the script's own logic is run here:
the tools moved into the bundle, NO_APP_STORE_COMPLIANCE, libpq and OpenSSL bundled from
ORDERDESK_LIBPQ_DIR, the minimum macOS, the inside-out signing; libpq.dll and its DLLs on Windows;
and the loud failures when something is missing. Also packaging/ci/check-deploy-log.sh on
macdeployqt-style logs.

Needs cmake, clang, lld and llvm (as packaging/audit/selftest.py). Exit status 0 when every case behaves.
"""

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # the modules loaded below leave no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
spec = importlib.util.spec_from_file_location("selftest", os.path.join(SOURCE, "packaging", "audit", "selftest.py"))
selftest = importlib.util.module_from_spec(spec)
spec.loader.exec_module(selftest)

# What a Qt deploy tool does, for the cases below: the recorded arguments go to deploy-call.txt.
STAND_IN = r"""
function(qt_deploy_runtime_dependencies)
    cmake_parse_arguments(PARSE_ARGV 0 arg "GENERATE_QT_CONF;VERBOSE;NO_OVERWRITE;NO_APP_STORE_COMPLIANCE;NO_TRANSLATIONS;NO_COMPILER_RUNTIME"
        "EXECUTABLE;BIN_DIR;LIB_DIR;PLUGINS_DIR;QML_DIR" "ADDITIONAL_EXECUTABLES;ADDITIONAL_LIBRARIES;ADDITIONAL_MODULES;DEPLOY_TOOL_OPTIONS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "Unparsed arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    file(WRITE "${TEST_DIR}/deploy-call.txt" "EXECUTABLE=${arg_EXECUTABLE}\n")
    file(APPEND "${TEST_DIR}/deploy-call.txt" "DEPLOY_TOOL_OPTIONS=${arg_DEPLOY_TOOL_OPTIONS}\n")
    foreach(option GENERATE_QT_CONF NO_APP_STORE_COMPLIANCE NO_COMPILER_RUNTIME)
        if(arg_${option})
            file(APPEND "${TEST_DIR}/deploy-call.txt" "${option}\n")
        endif()
    endforeach()
    foreach(file IN LISTS arg_ADDITIONAL_EXECUTABLES arg_ADDITIONAL_MODULES)
        if(NOT EXISTS "${file}" AND NOT EXISTS "${QT_DEPLOY_PREFIX}/${file}")
            message(FATAL_ERROR "stand-in: ${file} is not there")
        endif()
        file(APPEND "${TEST_DIR}/deploy-call.txt" "ADDITIONAL=${file}\n")
    endforeach()
    # macdeployqt without NO_APP_STORE_COMPLIANCE (-appstore-compliant) leaves libqsqlpsql out.
    set(deployed "${TEST_DIR}/deployed")
    if(NOT arg_NO_APP_STORE_COMPLIANCE)
        file(REMOVE "${deployed}/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib")
    endif()
    if(EXISTS "${deployed}")
        file(COPY "${deployed}/" DESTINATION "${arg_TARGET_ROOT}")
    endif()
endfunction()
"""


class Case:
    def __init__(self, work, name):
        self.dir = os.path.join(work, name)
        self.prefix = os.path.join(self.dir, "prefix")
        os.makedirs(self.prefix)

    def run(self, platform, env=None, **variables):
        script = os.path.join(self.dir, "run.cmake")
        lines = ["set(TEST_DIR [[%s]])" % self.dir, "set(QT_DEPLOY_PREFIX [[%s]])" % self.prefix,
                 "set(QT_DEPLOY_BIN_DIR bin)", "set(ORDERDESK_DEPLOY_PLATFORM %s)" % platform,
                 "set(ORDERDESK_SOURCE_DIR [[%s]])" % SOURCE, "set(ORDERDESK_PYTHON [[%s]])" % sys.executable]
        for name, value in variables.items():
            lines.append("set(%s [[%s]])" % (name, value))
        stand_in = STAND_IN.replace('"${arg_TARGET_ROOT}"', '"%s"' % (
            os.path.join(self.prefix, "orderdesk.app") if platform == "macOS" else self.prefix))
        with open(script, "w") as f:
            f.write("\n".join(lines) + "\n" + stand_in + "\ninclude([[%s/packaging/deploy.cmake]])\n" % SOURCE)
        full_env = dict(os.environ)
        full_env.update(env or {})
        result = subprocess.run(["cmake", "-P", script], capture_output=True, text=True, env=full_env)
        return result.returncode, result.stdout + result.stderr

    def recorded(self):
        path = os.path.join(self.dir, "deploy-call.txt")
        return open(path).read() if os.path.exists(path) else ""


def check(case, condition, detail=""):
    selftest.check(case, condition, detail)


def expect_run(name, result, status, *needles):
    code, output = result
    missing = [n for n in needles if n not in output]
    ok = code == status and not missing
    check(name, ok, "exit status %d (expected %d), missing %s; output:\n      %s"
          % (code, status, missing, output.strip().replace("\n", "\n      ")))
    return ok


def fake_codesign(work):
    folder = os.path.join(work, "fake-bin")
    os.makedirs(folder)
    path = os.path.join(folder, "codesign")
    with open(path, "w") as f:
        f.write('#!/bin/sh\nprintf "%%s\\n" "$*" >> "%s/codesign.log"\n' % work)
    os.chmod(path, stat.S_IRWXU)
    return folder


def mac_cases(work):
    m = selftest.MachO(work)
    env = {"PATH": fake_codesign(work) + os.pathsep + os.environ["PATH"], "ORDERDESK_CODESIGN_IDENTITY": ""}
    # Homebrew's libpq, found through ORDERDESK_LIBPQ_DIR: Qt's plug-in names it by a Postgres.app path.
    brew = os.path.join(work, "brew-libpq")
    crypto = m.dylib(os.path.join(brew, "libcrypto.3.dylib"), os.path.join(brew, "libcrypto.3.dylib"),
                     "int crypto(void) { return 3; }\n")
    m.dylib(os.path.join(brew, "libpq.5.dylib"), "/opt/homebrew/opt/libpq/lib/libpq.5.dylib",
            "extern int crypto(void);\nint pq(void) { return crypto(); }\n", [crypto])
    newer = os.path.join(work, "brew-libpq-newer")
    m.dylib(os.path.join(newer, "libpq.5.dylib"), "/opt/homebrew/opt/libpq/lib/libpq.5.dylib",
            "int pq(void) { return 1; }\n", minos="14.0")
    pgapp = m.stub_named("pgapp", "/Applications/Postgres.app/Contents/Versions/14/lib/libpq.5.dylib")

    def prepare(name):
        case = Case(work, name)
        app = os.path.join(case.prefix, "orderdesk.app", "Contents")
        os.makedirs(os.path.join(app, "MacOS"))
        with open(os.path.join(app, "Info.plist"), "wb") as f:
            import plistlib
            plistlib.dump({"CFBundleExecutable": "orderdesk", "CFBundleShortVersionString": "0.1.0"}, f)
        # As installed by CMake: the app (its Qt found through the rpath macdeployqt adds), the tools in
        # bin/, the offscreen plug-in; what macdeployqt will add is laid out in deployed/.
        deployed = os.path.join(case.dir, "deployed", "Contents")
        qtcore = m.dylib(os.path.join(deployed, "Frameworks", "QtCore.framework", "Versions", "A", "QtCore"),
                         "@rpath/QtCore.framework/Versions/A/QtCore", "int core(void) { return 1; }\n")
        main = m.obj("main", "extern int core(void);\nint main(void) { return core(); }\n")
        m.link(os.path.join(app, "MacOS", "orderdesk"), "-execute", [main], [qtcore],
               rpaths=["@executable_path/../Frameworks"])
        for tool in ("orderdesk-cli", "orderdesk-sandbox"):
            m.link(os.path.join(case.prefix, "bin", tool), "-execute", [main], [qtcore],
                   rpaths=["@executable_path/../Frameworks"])
        plugin = "extern int core(void);\nint plugin(void) { return core(); }\n"
        m.dylib(os.path.join(app, "PlugIns", "platforms", "libqoffscreen.dylib"), "libqoffscreen.dylib", plugin,
                [qtcore])
        for path in ("platforms/libqcocoa.dylib", "sqldrivers/libqsqlite.dylib", "tls/libqsecuretransportbackend.dylib"):
            m.dylib(os.path.join(deployed, "PlugIns", path), os.path.basename(path), plugin, [qtcore])
        m.dylib(os.path.join(deployed, "PlugIns", "sqldrivers", "libqsqlpsql.dylib"), "libqsqlpsql.dylib",
                "extern int core(void);\nextern int pq(void);\nint plugin(void) { return core() + pq(); }\n",
                [qtcore, pgapp])
        return case

    case = prepare("mac-adhoc")
    if expect_run("deploy.cmake (macOS): deploys, bundles libpq and OpenSSL, signs ad hoc",
                  case.run("macOS", env, ORDERDESK_LIBPQ_DIR=brew, ORDERDESK_MACOS_MINIMUM="12.0",
                           ORDERDESK_OSX_ARCHITECTURES="arm64", ORDERDESK_DEPLOY_TOOL_OPTIONS="-libpath=" + brew),
                  0, "2 libraries copied in (libcrypto.3.dylib, libpq.5.dylib)", "audit-deps: OK"):
        contents = os.path.join(case.prefix, "orderdesk.app", "Contents")
        recorded = case.recorded()
        check("deploy.cmake (macOS): NO_APP_STORE_COMPLIANCE, -libpath, the tools and the offscreen plug-in go "
              "to macdeployqt", "NO_APP_STORE_COMPLIANCE" in recorded and "MacOS/orderdesk-cli" in recorded
              and "DEPLOY_TOOL_OPTIONS=-libpath=" + brew in recorded
              and "MacOS/orderdesk-sandbox" in recorded and "platforms/libqoffscreen.dylib" in recorded, recorded)
        check("deploy.cmake (macOS): the tools are in Contents/MacOS and bin/ is gone",
              all(os.path.isfile(os.path.join(contents, "MacOS", t)) for t in ("orderdesk-cli", "orderdesk-sandbox"))
              and not os.path.exists(os.path.join(case.prefix, "bin")))
        with open(os.path.join(work, "codesign.log")) as f:
            calls = f.read().splitlines()
        check("deploy.cmake (macOS): signed ad hoc from the inside out, the app last, then verified",
              calls and all("--sign -" in c for c in calls[:-1]) and calls[-2].endswith("orderdesk.app")
              and calls[-1].startswith("--verify --deep --strict") and "--timestamp" not in " ".join(calls),
              "\n".join(calls))
        os.remove(os.path.join(work, "codesign.log"))

    case = prepare("mac-identity")
    identity = "Developer ID Application: OrderDesk Test (TEAM123456)"
    expect_run("deploy.cmake (macOS): with an identity, hardened runtime and a timestamp",
               case.run("macOS", dict(env, ORDERDESK_CODESIGN_IDENTITY=identity), ORDERDESK_LIBPQ_DIR=brew,
                        ORDERDESK_MACOS_MINIMUM="12.0", ORDERDESK_OSX_ARCHITECTURES="arm64"),
               0, "--sign %s --options runtime --timestamp" % identity)

    case = prepare("mac-newer")
    expect_run("deploy.cmake (macOS): a libpq built for a newer macOS than promised stops the install",
               case.run("macOS", env, ORDERDESK_LIBPQ_DIR=newer, ORDERDESK_MACOS_MINIMUM="12.0",
                        ORDERDESK_OSX_ARCHITECTURES="arm64"),
               1, "needs macOS 14.0, the package promises 12.0")

    case = prepare("mac-universal")
    expect_run("deploy.cmake (macOS): universal2 with arm64-only libraries stops the install",
               case.run("macOS", env, ORDERDESK_LIBPQ_DIR=brew, ORDERDESK_MACOS_MINIMUM="12.0",
                        ORDERDESK_OSX_ARCHITECTURES="arm64;x86_64"),
               1, "lacks x86_64")

    # What -appstore-compliant (qt_generate_deploy_app_script's choice) leaves out: libqsqlpsql.
    case = prepare("mac-appstore")
    os.remove(os.path.join(case.dir, "deployed", "Contents", "PlugIns", "sqldrivers", "libqsqlpsql.dylib"))
    expect_run("deploy.cmake (macOS): a bundle without libqsqlpsql stops the install",
               case.run("macOS", env, ORDERDESK_LIBPQ_DIR=brew, ORDERDESK_MACOS_MINIMUM="12.0",
                        ORDERDESK_OSX_ARCHITECTURES="arm64"),
               1, "the package lacks PlugIns/sqldrivers/libqsqlpsql.dylib")


def windows_cases(work):
    pe = selftest.Pe(work)
    cross = {"CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM": "windows+pe", "CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL": "objdump",
             "CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND": shutil.which("objdump") or "objdump"}
    pgbin = os.path.join(work, "PostgreSQL", "bin")
    pe.build(os.path.join(pgbin, "libssl-3-x64.dll"), [], dll=True)
    pe.build(os.path.join(pgbin, "libpq.dll"), ["libssl-3-x64.dll"], dll=True)
    broken = os.path.join(work, "PostgreSQL-broken", "bin")
    pe.build(os.path.join(broken, "libpq.dll"), ["libintl-9.dll"], dll=True)

    def prepare(name):
        case = Case(work, name)
        for program in ("orderdesk", "orderdesk-cli", "orderdesk-sandbox"):
            pe.build(os.path.join(case.prefix, "bin", program + ".exe"), [], dll=False)
        pe.build(os.path.join(case.prefix, "plugins", "platforms", "qoffscreen.dll"), [], dll=True)
        deployed = os.path.join(case.dir, "deployed")
        for path in ("bin/Qt6Core.dll", "plugins/platforms/qwindows.dll", "plugins/tls/qschannelbackend.dll",
                     "plugins/sqldrivers/qsqlite.dll", "plugins/sqldrivers/qsqlpsql.dll"):
            pe.build(os.path.join(deployed, path), [], dll=True)
        selftest.write(os.path.join(deployed, "bin", "qt.conf"), "[Paths]\nPrefix = ..\n")
        return case

    case = prepare("win")
    if expect_run("deploy.cmake (Windows): windeployqt, then libpq.dll and its DLLs from ORDERDESK_LIBPQ_DIR",
                  case.run("Windows", {"ORDERDESK_SIGN_PFX": ""}, ORDERDESK_LIBPQ_DIR=pgbin, **cross), 0):
        recorded = case.recorded()
        check("deploy.cmake (Windows): qt.conf, no vc_redist, the tools given to windeployqt",
              "GENERATE_QT_CONF" in recorded and "NO_COMPILER_RUNTIME" in recorded
              and "bin/orderdesk-cli.exe" in recorded and "EXECUTABLE=bin/orderdesk.exe" in recorded, recorded)
        check("deploy.cmake (Windows): bin/ has libpq.dll and libssl-3-x64.dll",
              all(os.path.isfile(os.path.join(case.prefix, "bin", d)) for d in ("libpq.dll", "libssl-3-x64.dll")))
    expect_run("deploy.cmake (Windows): a DLL that libpq needs and its folder lacks stops the install",
               prepare("win-broken").run("Windows", {"ORDERDESK_SIGN_PFX": ""}, ORDERDESK_LIBPQ_DIR=broken, **cross),
               1, "libpq needs DLLs that were not found: libintl-9.dll")
    expect_run("deploy.cmake (Windows): no ORDERDESK_LIBPQ_DIR stops the install",
               prepare("win-nolibpq").run("Windows", {"ORDERDESK_SIGN_PFX": ""}, ORDERDESK_LIBPQ_DIR="", **cross),
               1, "ORDERDESK_LIBPQ_DIR is not set")


def log_cases(work):
    """packaging/ci/check-deploy-log.sh on logs in macdeployqt's words."""
    script = os.path.join(SOURCE, "packaging", "ci", "check-deploy-log.sh")
    frameworks = os.path.join(work, "logs", "Frameworks")
    os.makedirs(frameworks)
    selftest.write(os.path.join(frameworks, "libpq.5.dylib"), "")

    def log(name, text):
        return selftest.write(os.path.join(work, "logs", name), text)

    clean = log("clean.log", "Log: Deploying plugins from \"/qt/plugins\"\nWARNING: Plugin \"libqsqlodbc\" uses private API\n")
    no_file = 'ERROR: no file at "/Applications/Postgres.app/Contents/Versions/14/lib/libpq.5.dylib"\n'
    repaired = log("repaired.log", "Log: copied\n" + no_file)
    rpath = log("rpath.log", "ERROR: Cannot resolve rpath \"libpq.5.dylib\"\nERROR:  using QSet(\"/qt/lib\")\n")
    empty = log("empty.log", "")

    def run(*arguments):
        result = subprocess.run(["bash", script] + list(arguments), capture_output=True, text=True)
        return result.returncode, result.stdout + result.stderr

    expect_run("check-deploy-log: a log without ERROR lines passes", run(clean), 0, "0 error(s), 1 warning(s)")
    expect_run("check-deploy-log: macdeployqt's ERROR lines fail", run(rpath), 1,
               "::error title=Deploy tool error::rpath.log: ERROR: Cannot resolve rpath")
    expect_run("check-deploy-log: a missing libpq fails without --repaired-in", run(repaired), 1, "no file at")
    expect_run("check-deploy-log: ... and passes when the bundle's Frameworks has it", run("--repaired-in", frameworks,
                                                                                           repaired),
               0, "Repaired after macdeployqt")
    os.remove(os.path.join(frameworks, "libpq.5.dylib"))
    expect_run("check-deploy-log: ... and fails when it does not", run("--repaired-in", frameworks, repaired), 1,
               "no file at")
    expect_run("check-deploy-log: an empty log fails", run(clean, empty), 1, "empty.log is missing or empty")


def main():
    if not shutil.which("cmake"):
        sys.exit("deploy-test: FAILED: needs cmake")
    work = tempfile.mkdtemp(prefix="orderdesk-deploy-test-")
    try:
        mac_cases(work)
        windows_cases(work)
        log_cases(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [case for case, ok in selftest.results if not ok]
    if failed:
        print("deploy-test: FAILED: %d of %d cases" % (len(failed), len(selftest.results)))
        return 1
    print("deploy-test: all %d cases behave" % len(selftest.results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
