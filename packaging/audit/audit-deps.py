#!/usr/bin/env python3
"""Static dependency audit of a package: every binary in it may load libraries only from the package
itself or from the operating system. Anything else works on the build machine and fails on the
user's: a Homebrew or /usr/local path, Postgres.app, an @rpath that leads nowhere, a DLL that is
neither installed nor in System32, a RUNPATH into the build tree.

usage: audit-deps.py [options] ROOT

ROOT holds the package's files as they are installed: an extracted .deb (dpkg-deb -x), a macOS
.app (or a folder with one), a Windows installation folder. Every regular file under ROOT is
looked at; ELF, Mach-O and PE files are audited, the rest is skipped.

  ELF      objdump -p (NEEDED, RUNPATH, RPATH), resolved like ld.so does; ldd as a second opinion
           on the running system. Allowed: files under ROOT, and the system's library folders
           (/lib, /usr/lib and their multiarch and 32/64 variants). /usr/local, /opt, $HOME, the
           build tree: failures. --require-dpkg-owner also wants every system library to belong to
           an installed Debian package.
  Mach-O   otool -l (llvm-otool where there is no otool). Allowed: /usr/lib and /System/Library, and
           @executable_path, @loader_path and @rpath names that resolve to a file inside ROOT
           (an @rpath must resolve through the file's own LC_RPATHs or through those of every
           executable of its bundle). Any other absolute path (/opt/homebrew, /usr/local,
           /Applications/Postgres.app, ...) and any LC_RPATH outside ROOT and the OS: failures.
           --macos-minimum and --arch check LC_BUILD_VERSION's minos and the architectures.
  PE       dumpbin /dependents (objdump -p where there is no dumpbin). A DLL must be in the
           installation (beside the file or beside one of its .exe files) or in System32
           (--system32; %SystemRoot%\\System32 on Windows); API sets (api-ms-*, ext-ms-*) are the
           OS's. The MSVC runtime (vcruntime, msvcp, ...) must be installed even when the build
           machine has it in System32, because Windows does not ship it; debug runtimes fail.

Exit status: 0 when nothing was found, 1 when something was (each problem is printed with FAIL),
2 for bad usage or a missing tool.
"""

import argparse
import glob
import os
import platform
import re
import shutil
import struct
import subprocess
import sys

# --- file kinds --------------------------------------------------------------------------------

ELF, MACHO, PE = "ELF", "Mach-O", "PE"

MACHO_THIN_MAGICS = {
    b"\xfe\xed\xfa\xce": ">", b"\xce\xfa\xed\xfe": "<",  # 32-bit
    b"\xfe\xed\xfa\xcf": ">", b"\xcf\xfa\xed\xfe": "<",  # 64-bit
}
MACHO_FAT_MAGICS = {b"\xca\xfe\xba\xbe": 20, b"\xca\xfe\xba\xbf": 32}  # fat_arch, fat_arch_64 size
CPU_TYPES = {7: "i386", 0x01000007: "x86_64", 12: "arm", 0x0100000C: "arm64"}
MH_EXECUTE = 2


def file_kind(path):
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] == b"\x7fELF":
                return ELF
            if head[:4] in MACHO_THIN_MAGICS:
                return MACHO
            if head[:4] in MACHO_FAT_MAGICS:
                # Java class files share 0xcafebabe; there the next word is a class-file version (>= 45).
                (count,) = struct.unpack(">I", head[4:8])
                return MACHO if 0 < count < 30 else None
            if head[:2] == b"MZ" and len(head) >= 64:
                (pe_offset,) = struct.unpack("<I", head[60:64])
                f.seek(pe_offset)
                if f.read(4) == b"PE\0\0":
                    return PE
    except OSError:
        return None
    return None


def macho_slices(path):
    """[(arch, filetype)] of a thin or fat Mach-O file, from its headers."""
    with open(path, "rb") as f:
        data = f.read(4096)
    magic = data[:4]

    def thin(offset_data):
        order = MACHO_THIN_MAGICS[offset_data[:4]]
        cputype, cpusubtype, filetype = struct.unpack(order + "iII", offset_data[4:16])
        arch = CPU_TYPES.get(cputype & 0xFFFFFFFF, "cputype-%#x" % (cputype & 0xFFFFFFFF))
        if arch == "arm64" and (cpusubtype & 0xFF) == 2:
            arch = "arm64e"
        return arch, filetype

    if magic in MACHO_THIN_MAGICS:
        return [thin(data)]
    entry = MACHO_FAT_MAGICS[magic]
    (count,) = struct.unpack(">I", data[4:8])
    slices = []
    with open(path, "rb") as f:
        for i in range(count):
            start = 8 + i * entry
            if entry == 20:
                _, _, offset, _, _ = struct.unpack(">iiIII", data[start:start + 20])
            else:
                _, _, offset, _, _, _ = struct.unpack(">iiQQII", data[start:start + 32])
            f.seek(offset)
            slices.append(thin(f.read(32)))
    return slices


def elf_identity(path):
    """(class, machine) of an ELF file, to tell a 64-bit x86 library from a 32-bit one."""
    with open(path, "rb") as f:
        head = f.read(20)
    order = "<" if head[5] == 1 else ">"
    (machine,) = struct.unpack(order + "H", head[18:20])
    return head[4], machine


# --- tools -------------------------------------------------------------------------------------

def find_tool(*names):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    # Debian names LLVM's tools llvm-otool-14 and keeps the plain names in llvm-config --bindir.
    for name in names:
        for candidate in sorted(glob.glob(os.path.join("/usr/bin", name + "-[0-9]*")), reverse=True):
            return candidate
    llvm_config = shutil.which("llvm-config")
    if llvm_config:
        bindir = subprocess.run([llvm_config, "--bindir"], capture_output=True, text=True).stdout.strip()
        for name in names:
            candidate = os.path.join(bindir, name)
            if os.access(candidate, os.X_OK):
                return candidate
    return None


def run_tool(command):
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        raise ToolError("%s failed (exit status %d): %s" % (" ".join(command), result.returncode,
                                                             result.stderr.strip() or result.stdout.strip()))
    return result.stdout


class ToolError(Exception):
    pass


# --- parsers (text of the platform tools; kept apart so that the self-test can feed them) ------

def parse_objdump_elf(text):
    needed, runpath, rpath = [], [], []
    for line in text.splitlines():
        fields = line.split(None, 1)
        if len(fields) != 2:
            continue
        key, value = fields[0], fields[1].strip()
        if key == "NEEDED":
            needed.append(value)
        elif key == "RUNPATH":
            runpath.extend(p for p in value.split(":") if p)
        elif key == "RPATH":
            rpath.extend(p for p in value.split(":") if p)
    return needed, runpath, rpath


DYLIB_LOAD_COMMANDS = {"LC_LOAD_DYLIB", "LC_LOAD_WEAK_DYLIB", "LC_REEXPORT_DYLIB", "LC_LAZY_LOAD_DYLIB",
                       "LC_LOAD_UPWARD_DYLIB"}


def parse_otool_l(text):
    """otool -l: the dylibs loaded, the LC_RPATHs and the minimum macOS versions (all slices)."""
    deps, rpaths, minos = [], [], []
    command = None
    platform_name = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("Load command"):
            command, platform_name = None, None
            continue
        fields = line.split(None, 1)
        if len(fields) != 2:
            continue
        key, value = fields
        if key == "cmd":
            command = value
        elif key == "name" and command in DYLIB_LOAD_COMMANDS:
            deps.append(re.sub(r" \(offset \d+\)$", "", value))
        elif key == "path" and command == "LC_RPATH":
            rpaths.append(re.sub(r" \(offset \d+\)$", "", value))
        elif key == "platform" and command == "LC_BUILD_VERSION":
            platform_name = value
        elif key == "minos" and command == "LC_BUILD_VERSION" and platform_name in ("macos", "1", None):
            minos.append(value)
        elif key == "version" and command == "LC_VERSION_MIN_MACOSX":
            minos.append(value)
    return unique(deps), unique(rpaths), unique(minos)


PE_NAME = re.compile(r"^\S+\.(dll|exe|sys|drv|ocx|cpl)$", re.IGNORECASE)


def parse_dumpbin_dependents(text):
    """dumpbin /dependents: the DLLs under 'Image has the following (delay load) dependencies:'."""
    deps, collecting = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if re.search(r"has the following (delay load )?dependencies", line):
            collecting = True
        elif line == "Summary" or line.startswith("Dump of file"):
            collecting = False
        elif collecting and PE_NAME.match(line):
            deps.append(line)
    return unique(deps)


def parse_objdump_pe(text):
    """objdump -p (binutils or LLVM) on a PE file: the 'DLL Name:' lines of the import tables."""
    return unique(m.group(1) for m in re.finditer(r"DLL Name:\s*(\S+)", text))


def unique(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


# --- the audit ---------------------------------------------------------------------------------

OS_ELF_DIRS = ("/lib", "/lib64", "/lib32", "/libx32", "/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/libx32")
OS_MACHO_PREFIXES = ("/usr/lib/", "/System/Library/")
MSVC_RUNTIME = re.compile(r"^(vcruntime|msvcp|concrt|vccorlib|vcomp|vcamp|mfc|mfcm)\d+.*\.dll$", re.IGNORECASE)
DEBUG_RUNTIME = re.compile(r"^((vcruntime|msvcp|concrt|vccorlib)\d+\w*d|ucrtbased)\.dll$", re.IGNORECASE)
API_SET = re.compile(r"^(api|ext)-ms-", re.IGNORECASE)


def under(path, folder):
    path, folder = os.path.normpath(path), os.path.normpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def known_hazard(path):
    for marker, what in (("/opt/homebrew", "Homebrew"), ("/usr/local", "/usr/local (Homebrew on Intel, hand-built)"),
                         ("Postgres.app", "Postgres.app"), ("/opt/", "/opt"), ("/Users/", "a home folder"),
                         ("/home/", "a home folder"), ("/tmp/", "a temporary folder")):
        if marker in path:
            return " [%s]" % what
    return ""


class Audit:
    def __init__(self, args):
        self.root = os.path.realpath(args.root)
        self.sysroot = os.path.realpath(args.sysroot)
        self.args = args
        self.problems = []
        self.counts = {ELF: 0, MACHO: 0, PE: 0}
        self.dependencies = 0
        self.os_libraries = set()  # ELF: resolved system libraries (for --require-dpkg-owner)
        self.tools = {}
        self.files = []  # (path, kind)
        self.names = {}  # lower-case file name -> [folders under ROOT] (PE)
        self.executables_by_bundle = {}
        self.macho = {}  # path -> (dependencies, rpaths, minimum versions)

    # -- reporting
    def fail(self, path, message):
        self.problems.append((self.show(path), message))
        print("  FAIL %s" % message)

    def show(self, path):
        return os.path.relpath(path, self.root) if under(path, self.root) else path

    def note(self, message):
        if not self.args.quiet:
            print("  " + message)

    # -- tools
    def tool(self, kind):
        if kind in self.tools:
            return self.tools[kind]
        a = self.args
        if kind == ELF:
            found = a.objdump or find_tool("objdump", "llvm-objdump")
        elif kind == MACHO:
            found = a.otool or find_tool("otool", "llvm-otool")
        else:
            found = a.dumpbin or find_tool("dumpbin")
            if not found:
                found = a.objdump or find_tool("objdump", "llvm-objdump")
        if not found:
            raise ToolError("no tool to read %s files (install %s)" % (
                kind, {ELF: "binutils", MACHO: "Xcode's command-line tools, or llvm", PE: "MSVC (dumpbin) or binutils"}[kind]))
        self.tools[kind] = found
        return found

    # -- walk
    def collect(self):
        for folder, dirs, names in os.walk(self.root):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(folder, name)
                self.names.setdefault(name.lower(), []).append(folder)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                kind = file_kind(path)
                if kind:
                    self.files.append((path, kind))
        for path, kind in self.files:
            self.counts[kind] += 1

    def run(self):
        self.collect()
        if not self.files:
            print("audit-deps: no ELF, Mach-O or PE file under %s" % self.root)
            self.problems.append((self.root, "nothing to audit"))
            return
        for kind in self.args.expect:
            if not self.counts[kind]:
                self.problems.append((self.root, "no %s file, but --expect %s" % (kind, kind)))
                print("audit-deps: FAIL no %s file under %s" % (kind, self.root))
        for path, kind in self.files:
            print("%s (%s)" % (self.show(path), kind))
            try:
                {ELF: self.audit_elf, MACHO: self.audit_macho, PE: self.audit_pe}[kind](path)
            except ToolError as error:
                self.fail(path, str(error))
        if self.args.require_dpkg_owner:
            self.check_dpkg_owners()

    # -- ELF
    def elf_system_dirs(self):
        if hasattr(self, "_elf_dirs"):
            return self._elf_dirs
        dirs = []

        def read_conf(conf):
            try:
                with open(conf) as f:
                    lines = f.read().splitlines()
            except OSError:
                return
            for line in lines:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                if line.startswith("include "):
                    pattern = line.split(None, 1)[1]
                    if not pattern.startswith("/"):
                        pattern = os.path.join(os.path.dirname(conf), pattern)
                    else:
                        pattern = self.in_sysroot(pattern)
                    for included in sorted(glob.glob(pattern)):
                        read_conf(included)
                else:
                    dirs.append(line)

        read_conf(os.path.join(self.sysroot, "etc/ld.so.conf"))
        triplet = "%s-linux-gnu" % {"x86_64": "x86_64", "aarch64": "aarch64"}.get(platform.machine(), platform.machine())
        dirs += ["/lib/" + triplet, "/usr/lib/" + triplet, "/lib", "/usr/lib", "/lib64", "/usr/lib64"]
        self._elf_dirs = unique(dirs)
        return self._elf_dirs

    def in_sysroot(self, path):
        return os.path.join(self.sysroot, path.lstrip("/"))

    def classify_elf(self, host_path):
        """('package'|'os'|'outside', path as on the target system)"""
        real = os.path.realpath(host_path)
        if under(real, self.root):
            return "package", "/" + os.path.relpath(real, self.root)
        shown = "/" + os.path.relpath(real, self.sysroot) if under(real, self.sysroot) and self.sysroot != "/" else real
        if any(under(shown, d) for d in OS_ELF_DIRS):
            return "os", shown
        return "outside", shown

    def audit_elf(self, path):
        needed, runpath, rpath = parse_objdump_elf(run_tool([self.tool(ELF), "-p", path]))
        identity = elf_identity(path)
        origin = os.path.dirname(path)
        search = []  # host folders, in ld.so's order
        for entry in (rpath if not runpath else []) + runpath:
            if "$LIB" in entry or "${LIB}" in entry or "$PLATFORM" in entry or "${PLATFORM}" in entry:
                self.fail(path, "RUNPATH %s uses $LIB/$PLATFORM, which this audit cannot follow" % entry)
                continue
            token = next((t for t in ("${ORIGIN}", "$ORIGIN") if entry.startswith(t)), None)
            if token:
                folder = os.path.normpath(origin + entry[len(token):])
                if not under(os.path.realpath(folder), self.root):
                    self.fail(path, "RUNPATH %s leads out of the package" % entry)
                search.append(folder)
            elif entry.startswith("/"):
                if not os.path.isdir(os.path.join(self.root, entry.lstrip("/"))) and \
                        not any(under(entry, d) for d in OS_ELF_DIRS):
                    self.fail(path, "RUNPATH %s is outside the package and the operating system%s"
                              % (entry, known_hazard(entry)))
                search += [os.path.join(self.root, entry.lstrip("/")), self.in_sysroot(entry)]
            else:
                self.fail(path, "RUNPATH %s is relative to the working folder" % entry)
        # The package's own files in a system folder are found there once it is installed.
        for folder in self.elf_system_dirs():
            search += [os.path.join(self.root, folder.lstrip("/")), self.in_sysroot(folder)]
        for name in needed:
            self.dependencies += 1
            found = None
            if "/" in name:
                candidates = [os.path.join(origin, name)] if not name.startswith("/") else [self.in_sysroot(name)]
            else:
                candidates = [os.path.join(folder, name) for folder in search]
            for candidate in candidates:
                if os.path.isfile(candidate) and file_kind(candidate) == ELF and elf_identity(candidate) == identity:
                    found = candidate
                    break
            if not found:
                self.fail(path, "%s: not found (RUNPATH %s, then the system's library folders)"
                          % (name, ":".join(runpath or rpath) or "none"))
                continue
            where, shown = self.classify_elf(found)
            self.note("%-28s -> %s [%s]" % (name, shown, where))
            if where == "outside":
                self.fail(path, "%s resolves to %s, outside the package and the operating system%s"
                          % (name, shown, known_hazard(shown)))
            elif where == "os":
                self.os_libraries.add(shown)
        if self.sysroot == "/" and not self.args.no_ldd:
            self.ldd(path)

    def ldd(self, path):
        """The dynamic loader's own answer, transitive dependencies included (running system only)."""
        ldd = shutil.which("ldd")
        if not ldd:
            return
        env = {k: v for k, v in os.environ.items() if not k.startswith("LD_")}
        result = subprocess.run([ldd, path], capture_output=True, text=True, env=env, errors="replace")
        if result.returncode != 0 or "not a dynamic executable" in result.stdout + result.stderr:
            return  # another architecture, or static
        for line in result.stdout.splitlines():
            m = re.match(r"\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", line.rstrip())
            if not m:
                continue
            name, target = m.groups()
            if target == "not found":
                self.fail(path, "ldd: %s not found" % name)
                continue
            where, shown = self.classify_elf(target)
            if where == "outside":
                self.fail(path, "ldd: %s loads from %s, outside the package and the operating system%s"
                          % (name, shown, known_hazard(shown)))
            elif where == "os":
                self.os_libraries.add(shown)

    def check_dpkg_owners(self):
        if not self.os_libraries:
            return
        if not shutil.which("dpkg-query"):
            self.problems.append(("dpkg", "--require-dpkg-owner, but there is no dpkg-query"))
            print("audit-deps: FAIL --require-dpkg-owner, but there is no dpkg-query")
            return
        print("system libraries: which Debian package each comes from")
        for library in sorted(self.os_libraries):
            # Debian 12 merges /lib into /usr/lib: dpkg may know the file under either name.
            names = unique([library, os.path.realpath(library)])
            names += [n[len("/usr"):] if n.startswith("/usr/") else "/usr" + n for n in list(names)]
            owner = None
            for name in unique(names):
                result = subprocess.run(["dpkg-query", "-S", name], capture_output=True, text=True)
                if result.returncode == 0 and result.stdout.strip():
                    owner = result.stdout.split(":", 1)[0]
                    break
            if owner:
                self.note("%-44s %s" % (library, owner))
            else:
                self.problems.append((library, "not from any installed Debian package"))
                print("  FAIL %s belongs to no installed Debian package (installed by hand?)" % library)

    # -- Mach-O
    def bundle_of(self, path):
        folder = os.path.dirname(path)
        while under(folder, self.root):
            if folder.endswith(".app") and os.path.isdir(os.path.join(folder, "Contents", "MacOS")):
                return folder
            if folder == self.root:
                break
            folder = os.path.dirname(folder)
        return None

    def macho_info(self, path):
        if path not in self.macho:
            self.macho[path] = parse_otool_l(run_tool([self.tool(MACHO), "-arch", "all", "-l", path]))
        return self.macho[path]

    def bundle_executables(self, bundle):
        if bundle not in self.executables_by_bundle:
            folder = os.path.join(bundle, "Contents", "MacOS")
            found = []
            for name in sorted(os.listdir(folder)):
                candidate = os.path.join(folder, name)
                if (os.path.isfile(candidate) and not os.path.islink(candidate) and file_kind(candidate) == MACHO
                        and any(t == MH_EXECUTE for _, t in macho_slices(candidate))):
                    found.append(candidate)
            self.executables_by_bundle[bundle] = found
        return self.executables_by_bundle[bundle]

    def expand(self, name, loader, executable):
        if name.startswith("@loader_path/"):
            return os.path.normpath(os.path.join(os.path.dirname(loader), name[len("@loader_path/"):]))
        if name.startswith("@executable_path/"):
            if not executable:
                return None
            return os.path.normpath(os.path.join(os.path.dirname(executable), name[len("@executable_path/"):]))
        return name

    def inside(self, candidate):
        return candidate and os.path.exists(candidate) and under(os.path.realpath(candidate), self.root)

    def macho_context(self, path):
        """(is it an executable, the executables whose @executable_path and LC_RPATHs apply to it)"""
        is_executable = any(t == MH_EXECUTE for _, t in macho_slices(path))
        bundle = self.bundle_of(path)
        if bundle:
            executables = self.bundle_executables(bundle)
            if is_executable and path not in executables:
                executables = executables + [path]
        else:
            executables = [path] if is_executable else []
        return is_executable, executables

    def resolve_macho(self, path, name):
        """(problem or None, the file inside the package) for one install name that `path` loads."""
        if name.startswith(OS_MACHO_PREFIXES):
            return None, None
        _, rpaths, _ = self.macho_info(path)
        is_executable, executables = self.macho_context(path)
        own_executable = path if is_executable else (executables[0] if executables else None)
        if name.startswith("@rpath/"):
            return self.resolve_rpath(path, name, rpaths, executables, own_executable)
        if name.startswith("@loader_path/") or name.startswith("@executable_path/"):
            contexts = executables if name.startswith("@executable_path/") and not is_executable else [own_executable]
            if not contexts or contexts == [None]:
                return "%s: no executable to take @executable_path from" % name, None
            target = None
            for context in contexts:
                target = self.expand(name, path, context)
                if not self.inside(target):
                    return "%s does not resolve inside the package (%s)" % (name, target), None
            return None, target
        if name.startswith("/"):
            return "%s is outside the package and the OS%s" % (name, known_hazard(name)), None
        return "%s is relative to the working folder" % name, None

    def audit_macho(self, path):
        deps, rpaths, minos = self.macho_info(path)
        archs = sorted({a for a, _ in macho_slices(path)})
        self.note("archs %s, minimum macOS %s, rpaths %s" % (",".join(archs), ",".join(minos) or "-",
                                                             ", ".join(rpaths) or "-"))
        if self.args.arch:
            missing = [a for a in self.args.arch if a not in archs]
            if missing:
                self.fail(path, "has %s, lacks %s" % (",".join(archs), ",".join(missing)))
        if self.args.macos_minimum:
            for version in minos:
                if version_tuple(version) > version_tuple(self.args.macos_minimum):
                    self.fail(path, "needs macOS %s, the package promises %s" % (version, self.args.macos_minimum))
        for rpath in rpaths:
            if not rpath.startswith("@") and not rpath.startswith(OS_MACHO_PREFIXES):
                self.fail(path, "LC_RPATH %s is outside the package and the OS%s" % (rpath, known_hazard(rpath)))
        for name in deps:
            self.dependencies += 1
            problem, target = self.resolve_macho(path, name)
            if problem:
                self.fail(path, problem)
            elif target:
                self.note("%-52s -> %s [package]" % (name, self.show(os.path.realpath(target))))
            else:
                self.note("%-52s [os]" % name)

    def resolve_rpath(self, path, name, rpaths, executables, own_executable):
        rest = name[len("@rpath/"):]

        def through(rpath_list, loader, executable):
            outside = None
            for rpath in rpath_list:
                folder = self.expand(rpath, loader, executable)
                if folder is None:
                    continue
                candidate = os.path.join(folder, rest)
                if self.inside(candidate):
                    return candidate, None
                if os.path.exists(candidate):
                    outside = candidate
            return None, outside

        target, outside = through(rpaths, path, own_executable)
        if target:
            return None, target
        if executables:
            results = [through(self.macho_info(e)[1], e, e) for e in executables]
            if all(found for found, _ in results):
                return None, results[0][0]
            outside = outside or next((o for _, o in results if o), None)
        if outside:
            return "%s resolves to %s, outside the package%s" % (name, outside, known_hazard(outside)), None
        return "%s is an unresolved @rpath (rpaths: %s)" % (name, ", ".join(rpaths) or "none"), None

    # -- PE
    def system32(self):
        if self.args.system32:
            return self.args.system32
        if os.name == "nt":
            return os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32")
        return None

    def audit_pe(self, path):
        tool = self.tool(PE)
        if os.path.basename(tool).lower().startswith("dumpbin"):
            deps = parse_dumpbin_dependents(run_tool([tool, "/nologo", "/dependents", path]))
        else:
            deps = parse_objdump_pe(run_tool([tool, "-p", path]))
        system32 = self.system32()
        if system32 is None:
            raise ToolError("PE files need --system32 (the folder with Windows' own DLLs)")
        system_names = self.__dict__.setdefault("_system32_names", {n.lower() for n in os.listdir(system32)})
        app_folders = {os.path.dirname(p) for p, k in self.files if k == PE and p.lower().endswith(".exe")}
        folders = [os.path.dirname(path)] + sorted(app_folders)
        for name in deps:
            self.dependencies += 1
            lower = name.lower()
            if API_SET.match(name):
                self.note("%-36s [os: API set]" % name)
                continue
            if DEBUG_RUNTIME.match(name):
                self.fail(path, "%s is a debug runtime, which may not be redistributed" % name)
                continue
            here = [f for f in self.names.get(lower, []) if f in folders]
            if here:
                self.note("%-36s -> %s [package]" % (name, self.show(os.path.join(here[0], name))))
            elif lower in system_names:
                if MSVC_RUNTIME.match(name):
                    self.fail(path, "%s is only in System32 of this machine; Windows does not ship it, so the "
                                    "installation must (InstallRequiredSystemLibraries)" % name)
                else:
                    self.note("%-36s [os: System32]" % name)
            else:
                self.fail(path, "%s is found in neither the installation nor System32" % name)


def version_tuple(text):
    return tuple(int(p) for p in re.findall(r"\d+", text))


def build_parser():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", help="the package's files as installed")
    parser.add_argument("--sysroot", default="/", help="ELF: where the system's libraries are (default /)")
    parser.add_argument("--require-dpkg-owner", action="store_true",
                        help="ELF: every system library must belong to an installed Debian package")
    parser.add_argument("--no-ldd", action="store_true", help="ELF: do not ask ldd as well")
    parser.add_argument("--macos-minimum", help="Mach-O: fail on a file whose minimum macOS is newer")
    parser.add_argument("--arch", action="append", default=[], help="Mach-O: every file must contain ARCH")
    parser.add_argument("--system32", help="PE: the folder with Windows' own DLLs")
    parser.add_argument("--expect", action="append", default=[], choices=[ELF, MACHO, PE],
                        help="fail unless at least one file of this kind is found")
    parser.add_argument("--objdump")
    parser.add_argument("--otool")
    parser.add_argument("--dumpbin")
    parser.add_argument("--quiet", action="store_true", help="print only the files and the problems")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if not os.path.isdir(args.root):
        print("audit-deps: %s is not a folder" % args.root, file=sys.stderr)
        return 2
    audit = Audit(args)
    try:
        audit.run()
    except ToolError as error:
        print("audit-deps: %s" % error, file=sys.stderr)
        return 2
    counts = ", ".join("%d %s" % (n, k) for k, n in audit.counts.items() if n)
    if audit.problems:
        print("audit-deps: FAILED: %d problem(s) in %s (%s, %d dependencies):"
              % (len(audit.problems), args.root, counts, audit.dependencies))
        for where, message in audit.problems:
            print("  %s: %s" % (where, message))
        return 1
    print("audit-deps: OK: %s (%s, %d dependencies) loads only from the package and the OS"
          % (args.root, counts or "no binaries", audit.dependencies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
