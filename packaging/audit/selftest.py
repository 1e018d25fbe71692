#!/usr/bin/env python3
"""Self-test of audit-deps.py and macos/bundle-dylibs.py on Linux: builds small real binaries of all
three formats in a temporary folder and checks that the audit passes the good packages and fails
the bad ones for the right reason, so that a failure path is proven, not assumed.

  ELF     cc: a package library in $ORIGIN/../lib (passes); a library that only /usr/local has, in a
          fake system root whose ld.so.conf lists /usr/local/lib as Debian's does (fails); the same
          library in /usr/lib/<triplet> (passes); a RUNPATH into a temporary folder on the real
          system, where ldd also speaks (fails); a NEEDED library that is nowhere (fails).
  Mach-O  clang -target arm64-apple-macos + ld64.lld: a bundle whose plug-in loads libpq through
          @loader_path (passes), from /opt/homebrew, from Postgres.app, through an unresolved
          @rpath (fail); minos newer than promised, a missing architecture (fail); and
          bundle-dylibs.py repairing the Homebrew case (copies libpq, libssl and libcrypto in,
          rewrites the names, then the audit passes), refusing a too new libpq or a missing one.
  PE      clang --target=x86_64-pc-windows-msvc + lld-link: an installation whose plug-in finds
          libpq.dll beside the executables (passes); libpq.dll missing, the MSVC runtime only in
          System32, a debug runtime (fail); and the parser of dumpbin /dependents on its output.

Needs cc, clang, lld (ld64.lld, lld-link) and llvm (llvm-otool, llvm-install-name-tool,
llvm-dlltool): Debian's clang, lld and llvm packages. Exit status 0 when every case behaves.
"""

import importlib.util
import os
import platform
import plistlib
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # the modules loaded below leave no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
AUDIT = os.path.join(HERE, "audit-deps.py")
BUNDLE = os.path.join(HERE, "..", "macos", "bundle-dylibs.py")
spec = importlib.util.spec_from_file_location("audit_deps", AUDIT)
audit_deps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_deps)

results = []


def tool(*names):
    found = audit_deps.find_tool(*names)
    if not found:
        sys.exit("selftest: FAILED: needs %s (Debian: clang, lld, llvm)" % " or ".join(names))
    return found


def sh(*command, cwd=None):
    result = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("selftest: FAILED to build a test input: %s\n%s" % (" ".join(command), result.stdout + result.stderr))
    return result.stdout


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def expect(case, command, status, *needles):
    """Runs a script; the case holds when the exit status is `status` and every needle is in its output."""
    result = subprocess.run([sys.executable] + command, capture_output=True, text=True)
    output = result.stdout + result.stderr
    missing = [n for n in needles if n not in output]
    ok = result.returncode == status and not missing
    results.append((case, ok))
    print("%s  %s" % ("ok  " if ok else "FAIL", case))
    if not ok:
        print("      expected exit status %d%s, got %d; output:" % (
            status, " and " + ", ".join(repr(n) for n in missing) if missing else "", result.returncode))
        print("      " + output.strip().replace("\n", "\n      "))
    return ok


def check(case, condition, detail=""):
    results.append((case, bool(condition)))
    print("%s  %s%s" % ("ok  " if condition else "FAIL", case, "" if condition else ": " + detail))


# --- ELF ---------------------------------------------------------------------------------------

def elf_cases(work):
    cc = tool("cc", "gcc", "clang")
    src = write(os.path.join(work, "src", "f.c"), "int f(void) { return 1; }\n")
    use = write(os.path.join(work, "src", "use.c"), "extern int f(void);\nint g(void) { return f(); }\n")

    def shared(out, source, *extra):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        sh(cc, "-shared", "-fPIC", "-nostdlib", "-o", out, source, *extra)
        return out

    # Good: the package's own library through $ORIGIN.
    pkg = os.path.join(work, "elf-good")
    shared(os.path.join(pkg, "usr/lib/orderdesk/libodpriv.so"), src)
    shared(os.path.join(pkg, "usr/bin/libodapp.so"), use, "-L" + os.path.join(pkg, "usr/lib/orderdesk"), "-lodpriv",
           "-Wl,-rpath,$ORIGIN/../lib/orderdesk")
    empty_root = os.path.join(work, "sysroot-empty")
    write(os.path.join(empty_root, "etc/ld.so.conf"), "")
    expect("ELF: a library of the package through $ORIGIN passes", [AUDIT, "--sysroot", empty_root, pkg], 0, "OK")

    # A system root laid out like Debian's: ld.so.conf.d/libc.conf puts /usr/local/lib first.
    triplet = "%s-linux-gnu" % platform.machine()
    local_root = os.path.join(work, "sysroot-local")
    write(os.path.join(local_root, "etc/ld.so.conf"), "include /etc/ld.so.conf.d/*.conf\n")
    write(os.path.join(local_root, "etc/ld.so.conf.d/libc.conf"), "# libc default configuration\n/usr/local/lib\n")
    shared(os.path.join(local_root, "usr/local/lib/libodlocal.so"), src)
    bad = os.path.join(work, "elf-local")
    shared(os.path.join(bad, "usr/bin/libodapp.so"), use, "-L" + os.path.join(local_root, "usr/local/lib"),
           "-lodlocal")
    expect("ELF: a library that only /usr/local has fails", [AUDIT, "--sysroot", local_root, bad], 1,
           "libodlocal.so resolves to /usr/local/lib/libodlocal.so, outside the package and the operating system")

    os_root = os.path.join(work, "sysroot-os")
    write(os.path.join(os_root, "etc/ld.so.conf"), "include /etc/ld.so.conf.d/*.conf\n")
    write(os.path.join(os_root, "etc/ld.so.conf.d/libc.conf"), "/usr/local/lib\n")
    shared(os.path.join(os_root, "usr/lib", triplet, "libodlocal.so"), src)
    expect("ELF: the same library from /usr/lib/%s passes" % triplet, [AUDIT, "--sysroot", os_root, bad], 0, "OK")

    # On the real system, with ldd: an executable whose RUNPATH leads into a temporary folder.
    outside = os.path.join(work, "elsewhere")
    shared(os.path.join(outside, "libodout.so"), src)
    exe_pkg = os.path.join(work, "elf-runpath")
    main_c = write(os.path.join(work, "src", "main.c"), "extern int f(void);\nint main(void) { return f(); }\n")
    os.makedirs(os.path.join(exe_pkg, "usr/bin"))
    sh(cc, "-o", os.path.join(exe_pkg, "usr/bin/orderdesk"), main_c, "-L" + outside, "-lodout", "-Wl,-rpath," + outside)
    expect("ELF: a RUNPATH into a temporary folder fails (and ldd agrees)", [AUDIT, exe_pkg], 1,
           "RUNPATH %s is outside the package" % outside, "ldd: libodout.so loads from %s/libodout.so" % outside)

    gone = os.path.join(work, "elf-missing")
    scratch = os.path.join(work, "scratch")
    shared(os.path.join(scratch, "libodgone.so"), src)
    shared(os.path.join(gone, "usr/bin/libodapp.so"), use, "-L" + scratch, "-lodgone")
    expect("ELF: a NEEDED library that is nowhere fails", [AUDIT, "--sysroot", os_root, gone], 1,
           "libodgone.so: not found")


# --- Mach-O ------------------------------------------------------------------------------------

class MachO:
    def __init__(self, work):
        self.work = work
        self.clang = tool("clang")
        self.ld = tool("ld64.lld")
        self.otool = tool("llvm-otool")
        self.install_name_tool = tool("llvm-install-name-tool")
        self.objects = os.path.join(work, "macho-objects")
        os.makedirs(self.objects)
        # ld64.lld wants dyld_stub_binder from libSystem: a stand-in with the real install name.
        self.libsystem = self.dylib(os.path.join(self.objects, "libSystem.B.dylib"), "/usr/lib/libSystem.B.dylib",
                                    'void stub(void) __asm__("dyld_stub_binder");\nvoid stub(void) {}\n', system=False)

    def obj(self, name, source):
        c = write(os.path.join(self.objects, name + ".c"), source)
        o = os.path.join(self.objects, name + ".o")
        sh(self.clang, "-target", "arm64-apple-macos12", "-c", c, "-o", o)
        return o

    def link(self, out, kind, objects, libs=(), install_name=None, rpaths=(), minos="12.0", system=True):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        command = [self.ld, "-arch", "arm64", "-platform_version", "macos", minos, minos, kind,
                   "-headerpad_max_install_names", "-o", out] + list(objects) + list(libs)
        if system:
            command.append(self.libsystem)
        if install_name:
            command += ["-install_name", install_name]
        for rpath in rpaths:
            command += ["-rpath", rpath]
        sh(*command)
        return out

    def dylib(self, out, install_name, source, libs=(), rpaths=(), minos="12.0", system=True):
        name = os.path.basename(out).replace(".", "_")
        return self.link(out, "-dylib", [self.obj(name, source)], libs, install_name, rpaths, minos, system)

    def stub_named(self, name, install_name, minos="12.0", libs=(), symbol="pq"):
        """A library at a scratch path whose install name is `install_name` (what a loader will record)."""
        out = os.path.join(self.work, "macho-stubs", name, os.path.basename(install_name))
        deps = "".join("extern int %s(void);\n" % s for s, _ in libs)
        calls = " + ".join(["0"] + ["%s()" % s for s, _ in libs])
        return self.dylib(out, install_name, "%sint %s(void) { return %s; }\n" % (deps, symbol, calls),
                          [p for _, p in libs], minos=minos)

    def bundle(self, name, plugin_loads, frameworks=()):
        """orderdesk.app: an executable with @executable_path/../Frameworks, libcore in Frameworks,
        and a SQL plug-in that loads libcore through @rpath plus `plugin_loads` (stand-ins)."""
        app = os.path.join(self.work, name, "orderdesk.app")
        contents = os.path.join(app, "Contents")
        os.makedirs(os.path.join(contents, "MacOS"))
        with open(os.path.join(contents, "Info.plist"), "wb") as f:
            plistlib.dump({"CFBundleExecutable": "orderdesk", "LSMinimumSystemVersion": "12.0"}, f)
        core = self.dylib(os.path.join(contents, "Frameworks", "libcore.dylib"), "@rpath/libcore.dylib",
                          "int core(void) { return 1; }\n")
        for path in frameworks:
            shutil.copy(path, os.path.join(contents, "Frameworks", os.path.basename(path)))
        self.link(os.path.join(contents, "MacOS", "orderdesk"), "-execute",
                  [self.obj("main", "extern int core(void);\nint main(void) { return core(); }\n")], [core],
                  rpaths=["@executable_path/../Frameworks"])
        self.dylib(os.path.join(contents, "PlugIns", "sqldrivers", "libqsqlpsql.dylib"), "libqsqlpsql.dylib",
                   "extern int core(void);\nextern int pq(void);\nint plugin(void) { return core() + pq(); }\n",
                   [core] + list(plugin_loads))
        return app


def macho_cases(work):
    m = MachO(work)
    audit = [AUDIT, "--otool", m.otool]
    at_loader = m.stub_named("loader", "@loader_path/../../Frameworks/libpq.5.dylib")
    good = m.bundle("macho-good", [at_loader], frameworks=[at_loader])
    expect("Mach-O: a plug-in loading libpq from Contents/Frameworks passes",
           audit + ["--macos-minimum", "12.0", "--arch", "arm64", good], 0, "OK")
    expect("Mach-O: a file that needs a newer macOS than promised fails",
           audit + ["--macos-minimum", "11.0", good], 1, "needs macOS 12.0, the package promises 11.0")
    expect("Mach-O: a missing architecture fails", audit + ["--arch", "x86_64", good], 1, "has arm64, lacks x86_64")

    brew = m.stub_named("brew", "/opt/homebrew/opt/libpq/lib/libpq.5.dylib")
    expect("Mach-O: libpq from /opt/homebrew fails", audit + [m.bundle("macho-brew", [brew])], 1,
           "/opt/homebrew/opt/libpq/lib/libpq.5.dylib is outside the package and the OS [Homebrew]")
    pgapp = m.stub_named("pgapp", "/Applications/Postgres.app/Contents/Versions/14/lib/libpq.5.dylib")
    expect("Mach-O: libpq from Postgres.app fails", audit + [m.bundle("macho-pgapp", [pgapp])], 1,
           "Postgres.app/Contents/Versions/14/lib/libpq.5.dylib is outside the package and the OS [Postgres.app]")
    rpath = m.stub_named("rpath", "@rpath/libmissing.dylib")
    expect("Mach-O: an @rpath that resolves nowhere fails", audit + [m.bundle("macho-rpath", [rpath])], 1,
           "@rpath/libmissing.dylib is an unresolved @rpath")

    # What Homebrew looks like: libpq names OpenSSL by absolute paths, libssl names libcrypto.
    cellar = os.path.join(work, "homebrew")
    crypto = m.dylib(os.path.join(cellar, "openssl", "lib", "libcrypto.3.dylib"),
                     os.path.join(cellar, "openssl", "lib", "libcrypto.3.dylib"), "int crypto(void) { return 3; }\n",
                     minos="12.0")
    ssl = m.dylib(os.path.join(cellar, "openssl", "lib", "libssl.3.dylib"),
                  os.path.join(cellar, "openssl", "lib", "libssl.3.dylib"),
                  "extern int crypto(void);\nint ssl(void) { return crypto(); }\n", [crypto], minos="12.0")
    libpq_dir = os.path.join(cellar, "libpq", "lib")
    m.dylib(os.path.join(libpq_dir, "libpq.5.dylib"), "/opt/homebrew/opt/libpq/lib/libpq.5.dylib",
            "extern int ssl(void);\nint pq(void) { return ssl(); }\n", [ssl], rpaths=["/opt/homebrew/lib"])
    # The plug-in was linked against a libpq that is not where it says on this machine.
    repaired = m.bundle("macho-repair", [brew])
    bundler = [BUNDLE, "--otool", m.otool, "--install-name-tool", m.install_name_tool, "--no-sign",
               "--bundle", repaired, "--arch", "arm64"]
    if expect("bundle-dylibs: copies libpq, libssl and libcrypto in and rewrites the names",
              bundler + ["--search", libpq_dir, "--minimum", "12.0"], 0,
              "3 libraries copied in (libcrypto.3.dylib, libpq.5.dylib, libssl.3.dylib)", "audit-deps: OK"):
        plugin = os.path.join(repaired, "Contents", "PlugIns", "sqldrivers", "libqsqlpsql.dylib")
        deps, rpaths, _ = audit_deps.parse_otool_l(subprocess.run([m.otool, "-l", plugin], capture_output=True,
                                                                  text=True).stdout)
        check("bundle-dylibs: the plug-in loads @loader_path/../../Frameworks/libpq.5.dylib",
              "@loader_path/../../Frameworks/libpq.5.dylib" in deps, "it loads %s" % deps)
        libpq = os.path.join(repaired, "Contents", "Frameworks", "libpq.5.dylib")
        deps, rpaths, _ = audit_deps.parse_otool_l(subprocess.run([m.otool, "-l", libpq], capture_output=True,
                                                                  text=True).stdout)
        check("bundle-dylibs: the bundled libpq loads @loader_path/libssl.3.dylib and lost /opt/homebrew/lib",
              "@loader_path/libssl.3.dylib" in deps and "/opt/homebrew/lib" not in rpaths,
              "it loads %s, rpaths %s" % (deps, rpaths))
        expect("audit-deps: the repaired bundle passes", audit + ["--arch", "arm64", repaired], 0, "OK")

    newer_dir = os.path.join(work, "homebrew-newer")
    m.dylib(os.path.join(newer_dir, "libpq.5.dylib"), "/opt/homebrew/opt/libpq/lib/libpq.5.dylib",
            "int pq(void) { return 1; }\n", minos="14.0")
    expect("bundle-dylibs: a libpq built for macOS 14 in a bundle that promises 12 fails",
           [BUNDLE, "--otool", m.otool, "--install-name-tool", m.install_name_tool, "--no-sign",
            "--bundle", m.bundle("macho-newer", [brew]), "--search", newer_dir, "--minimum", "12.0"], 1,
           "needs macOS 14.0, the package promises 12.0")
    expect("bundle-dylibs: a libpq that is nowhere on this machine fails",
           [BUNDLE, "--otool", m.otool, "--install-name-tool", m.install_name_tool, "--no-sign",
            "--bundle", m.bundle("macho-nowhere", [brew]), "--minimum", "12.0"], 1,
           "/opt/homebrew/opt/libpq/lib/libpq.5.dylib (loaded by Contents/PlugIns/sqldrivers/libqsqlpsql.dylib) "
           "is not on this machine")


# --- PE ----------------------------------------------------------------------------------------

class Pe:
    def __init__(self, work):
        self.work = os.path.join(work, "pe-build")
        os.makedirs(self.work)
        self.clang = tool("clang")
        self.lld_link = tool("lld-link")
        self.dlltool = tool("llvm-dlltool")
        self.count = 0

    def build(self, out, imports, dll):
        """A PE file that imports one function from each DLL named in `imports`."""
        self.count += 1
        tag = "m%d" % self.count
        libs, lines, calls = [], [], []
        for i, name in enumerate(imports):
            symbol = "%s_f%d" % (tag, i)
            definition = write(os.path.join(self.work, "%s_%d.def" % (tag, i)),
                               "LIBRARY %s\nEXPORTS\n  %s\n" % (name, symbol))
            lib = os.path.join(self.work, "%s_%d.lib" % (tag, i))
            sh(self.dlltool, "-m", "i386:x86-64", "-d", definition, "-l", lib)
            libs.append(lib)
            lines.append("extern int %s(void);" % symbol)
            calls.append("%s()" % symbol)
        source = write(os.path.join(self.work, tag + ".c"), "\n".join(lines) + "\nint entry(void) { return %s; }\n"
                       % (" + ".join(calls) or "0"))
        obj = os.path.join(self.work, tag + ".obj")
        sh(self.clang, "--target=x86_64-pc-windows-msvc", "-c", source, "-o", obj)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        kind = ["/dll", "/noentry"] if dll else ["/subsystem:console", "/entry:entry"]
        sh(self.lld_link, *kind, "/nodefaultlib", "/out:" + out, obj, *libs)
        return out


def pe_cases(work):
    pe = Pe(work)
    system32 = os.path.join(work, "System32")
    for name in ("kernel32.dll", "user32.dll", "vcruntime140.dll", "ucrtbase.dll"):
        write(os.path.join(system32, name), "")

    def install(name, exe_imports, with_libpq=True):
        root = os.path.join(work, name)
        pe.build(os.path.join(root, "bin", "orderdesk.exe"), exe_imports, dll=False)
        pe.build(os.path.join(root, "bin", "Qt6Core.dll"), ["KERNEL32.dll"], dll=True)
        pe.build(os.path.join(root, "plugins", "sqldrivers", "qsqlpsql.dll"), ["LIBPQ.dll", "Qt6Core.dll"], dll=True)
        if with_libpq:
            pe.build(os.path.join(root, "bin", "libpq.dll"), ["KERNEL32.dll"], dll=True)
        return root

    base = ["KERNEL32.dll", "Qt6Core.dll", "api-ms-win-crt-runtime-l1-1-0.dll"]
    audit = [AUDIT, "--system32", system32]
    expect("PE: a plug-in that finds libpq.dll beside the executables passes",
           audit + ["--expect", "PE", install("pe-good", base)], 0, "OK")
    expect("PE: libpq.dll in neither the installation nor System32 fails",
           audit + [install("pe-nolibpq", base, with_libpq=False)], 1,
           "LIBPQ.dll is found in neither the installation nor System32")
    expect("PE: the MSVC runtime only in this machine's System32 fails",
           audit + [install("pe-vcruntime", base + ["VCRUNTIME140.dll"])], 1,
           "VCRUNTIME140.dll is only in System32 of this machine")
    expect("PE: a debug runtime fails", audit + [install("pe-debug", base + ["MSVCP140D.dll"])], 1,
           "MSVCP140D.dll is a debug runtime")

    dumpbin = """Microsoft (R) COFF/PE Dumper Version 14.40.33811.0
Copyright (C) Microsoft Corporation.  All rights reserved.


Dump of file D:\\a\\_temp\\stage\\bin\\orderdesk.exe

File Type: EXECUTABLE IMAGE

  Image has the following dependencies:

    Qt6Widgets.dll
    Qt6Core.dll
    KERNEL32.dll
    api-ms-win-crt-runtime-l1-1-0.dll

  Image has the following delay load dependencies:

    dwmapi.dll

  Summary

        1000 .data
        3000 .rdata
"""
    parsed = audit_deps.parse_dumpbin_dependents(dumpbin)
    wanted = ["Qt6Widgets.dll", "Qt6Core.dll", "KERNEL32.dll", "api-ms-win-crt-runtime-l1-1-0.dll", "dwmapi.dll"]
    check("PE: dumpbin /dependents is read, delay-loaded DLLs included", parsed == wanted, "read %s" % parsed)


def main():
    work = tempfile.mkdtemp(prefix="orderdesk-audit-selftest-")
    try:
        elf_cases(work)
        macho_cases(work)
        pe_cases(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [case for case, ok in results if not ok]
    if failed:
        print("selftest: FAILED: %d of %d cases" % (len(failed), len(results)))
        return 1
    print("selftest: all %d cases behave" % len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
