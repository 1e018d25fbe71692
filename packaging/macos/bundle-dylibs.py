#!/usr/bin/env python3
"""Makes a macOS .app self-contained after macdeployqt: copies every library that a file of the
bundle loads from outside it (libpq from Homebrew or Postgres.app, and what libpq loads in turn:
OpenSSL, Kerberos, ICU, ...) into Contents/Frameworks, rewrites the install names with
install_name_tool so that they load from there (@loader_path, which holds wherever the app is
dragged), drops LC_RPATHs that point outside the bundle, checks the result with audit-deps.py
(including each file's minimum macOS against the one Info.plist promises), then signs the bundle
again from the inside out: with --sign IDENTITY (Developer ID, hardened runtime, secure
timestamp) or ad hoc (--sign -), because install_name_tool breaks the signatures and an Apple
silicon Mac runs no unsigned code.

usage: bundle-dylibs.py --bundle orderdesk.app --search DIR [--search DIR ...]
                        --minimum 14.0 --arch arm64 (--sign IDENTITY | --sign - | --no-sign)

--search names folders to find a library in when the path a file names does not exist on this
machine (Qt's QPSQL plugin names /Applications/Postgres.app/.../libpq.5.dylib or @rpath/libpq...).
The tools are otool, install_name_tool and codesign, or LLVM's llvm-otool and
llvm-install-name-tool (--no-sign), which is how the self-test runs it on Linux.
Exit status 0 when the bundle is complete, signed and audited clean; 1 otherwise.
"""

import argparse
import filecmp
import importlib.util
import os
import plistlib
import shutil
import stat
import subprocess
import sys

sys.dont_write_bytecode = True  # the modules loaded below leave no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("audit_deps", os.path.join(HERE, "..", "audit", "audit-deps.py"))
audit_deps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_deps)


def run(command):
    print("+ " + " ".join(command))
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    output = (result.stdout + result.stderr).strip()
    # install_name_tool warns that it invalidates the signature: that is why we sign again.
    if output and "invalidate the code signature" not in output:
        print(output)
    if result.returncode != 0:
        raise SystemExit("bundle-dylibs: FAILED: %s exited with %d" % (command[0], result.returncode))
    return result.stdout


class Bundler:
    def __init__(self, args):
        self.args = args
        self.bundle = os.path.realpath(args.bundle)
        self.frameworks = os.path.join(self.bundle, "Contents", "Frameworks")
        self.install_name_tool = args.install_name_tool or audit_deps.find_tool("install_name_tool",
                                                                                "llvm-install-name-tool")
        otool = args.otool or audit_deps.find_tool("otool", "llvm-otool")
        if not self.install_name_tool or not otool:
            raise SystemExit("bundle-dylibs: needs otool and install_name_tool (Xcode's command-line tools, or llvm)")
        self.audit_args = ["--otool", otool, "--macos-minimum", args.minimum, "--quiet"]
        for arch in args.arch:
            self.audit_args += ["--arch", arch]
        self.copied = {}  # file name in Contents/Frameworks -> where it came from
        self.changed = set()

    def audit(self):
        audit = audit_deps.Audit(audit_deps.build_parser().parse_args([self.bundle] + self.audit_args))
        audit.collect()
        return audit

    def locate(self, name, loader, rpaths):
        """The file on this machine that `name` (as `loader` names it) means."""
        base = os.path.basename(name)
        candidates = []
        if name.startswith("/"):
            candidates.append(name)
        for rpath in rpaths:
            if rpath.startswith("/") and name.startswith("@rpath/"):
                candidates.append(os.path.join(rpath, name[len("@rpath/"):]))
        if name.startswith("@loader_path/"):
            candidates.append(os.path.join(os.path.dirname(loader), name[len("@loader_path/"):]))
        candidates += [os.path.join(folder, base) for folder in self.args.search]
        for candidate in candidates:
            if os.path.isfile(candidate):
                return os.path.realpath(candidate)
        raise SystemExit("bundle-dylibs: FAILED: %s (loaded by %s) is not on this machine: looked at %s. Name its "
                         "folder with --search (ORDERDESK_LIBPQ_DIR for libpq)."
                         % (name, os.path.relpath(loader, self.bundle), ", ".join(candidates) or "nothing"))

    def bring_in(self, name, source):
        base = os.path.basename(name)
        target = os.path.join(self.frameworks, base)
        if base in self.copied:
            if not filecmp.cmp(self.copied[base], source, shallow=False):
                raise SystemExit("bundle-dylibs: FAILED: two different files are both called %s: %s and %s"
                                 % (base, self.copied[base], source))
            return target, False
        if os.path.exists(target):
            return target, False  # already in the bundle (macdeployqt put it there): only the name is wrong
        os.makedirs(self.frameworks, exist_ok=True)
        print("bundle-dylibs: copying %s into Contents/Frameworks" % source)
        shutil.copyfile(source, target)
        os.chmod(target, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        run([self.install_name_tool, "-id", "@rpath/" + base, target])
        self.copied[base] = source
        self.changed.add(target)
        return target, True

    def fix(self):
        queue = None
        while True:
            audit = self.audit()
            files = [p for p, kind in audit.files if kind == audit_deps.MACHO]
            if queue is None:
                queue = list(files)
            if not queue:
                break
            path = queue.pop(0)
            deps, rpaths, _ = audit.macho_info(path)
            changes = []
            for name in deps:
                problem, _ = audit.resolve_macho(path, name)
                if not problem:
                    continue
                in_bundle = os.path.join(self.frameworks, os.path.basename(name))
                if os.path.isfile(in_bundle) and os.path.basename(name) not in self.copied:
                    target, new = in_bundle, False
                else:
                    target, new = self.bring_in(name, self.locate(name, path, rpaths))
                if new:
                    queue.append(target)
                changes += ["-change", name, "@loader_path/" + os.path.relpath(target, os.path.dirname(path))]
            for rpath in rpaths:
                if not rpath.startswith("@") and not rpath.startswith(audit_deps.OS_MACHO_PREFIXES):
                    changes += ["-delete_rpath", rpath]
            if changes:
                run([self.install_name_tool] + changes + [path])
                self.changed.add(path)

    def sign(self):
        identity = self.args.sign
        codesign = ["codesign", "--force", "--sign", identity]
        if identity != "-":
            codesign += ["--options", "runtime", "--timestamp"]
        contents = os.path.join(self.bundle, "Contents")
        with open(os.path.join(contents, "Info.plist"), "rb") as f:
            main_executable = os.path.join(contents, "MacOS", plistlib.load(f)["CFBundleExecutable"])
        loose, frameworks, helpers = [], [], []
        for folder, dirs, names in os.walk(contents):
            for d in list(dirs):
                if d.endswith(".framework"):
                    frameworks.append(os.path.join(folder, d))
                    dirs.remove(d)  # signed as a whole
            for name in names:
                path = os.path.join(folder, name)
                if os.path.islink(path) or audit_deps.file_kind(path) != audit_deps.MACHO:
                    continue
                if os.path.dirname(path) == os.path.join(contents, "MacOS"):
                    if path != main_executable:
                        helpers.append(path)
                else:
                    loose.append(path)
        # Inside out: libraries and plug-ins, frameworks, the helper executables, then the app.
        for path in sorted(loose) + sorted(frameworks) + sorted(helpers):
            run(codesign + [path])
        run(codesign + [self.bundle])
        run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", self.bundle])

    def main(self):
        if not os.path.isfile(os.path.join(self.bundle, "Contents", "Info.plist")):
            raise SystemExit("bundle-dylibs: FAILED: %s is not an app bundle (no Contents/Info.plist)" % self.bundle)
        self.fix()
        print("bundle-dylibs: %d librar%s copied in (%s), %d file(s) changed"
              % (len(self.copied), "y" if len(self.copied) == 1 else "ies", ", ".join(sorted(self.copied)) or "none",
                 len(self.changed)))
        status = audit_deps.main([self.bundle] + self.audit_args)
        if status != 0:
            raise SystemExit("bundle-dylibs: FAILED: the bundle still loads from outside itself (above)")
        if self.args.sign is not None:
            self.sign()
        return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", required=True)
    parser.add_argument("--search", action="append", default=[], help="a folder to find libraries in")
    parser.add_argument("--minimum", required=True, help="LSMinimumSystemVersion: no file may need a newer macOS")
    parser.add_argument("--arch", action="append", default=[], help="every file must contain this architecture")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--sign", help="a Developer ID identity, or - for ad hoc")
    how.add_argument("--no-sign", action="store_true", help="leave signing to someone else (the self-test)")
    parser.add_argument("--otool")
    parser.add_argument("--install-name-tool")
    args = parser.parse_args(argv)
    return Bundler(args).main()


if __name__ == "__main__":
    sys.exit(main())
