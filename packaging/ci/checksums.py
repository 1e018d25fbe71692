#!/usr/bin/env python3
"""SHA-256 checksums of the packages, in sha256sum's format ("<hex>  <file name>"), on every system
(sha256sum -c and shasum -a 256 -c read them).

  checksums.py write PACKAGE...            writes PACKAGE.sha256 beside each package (again after signing,
                                           notarizing or stapling, which change the file)
  checksums.py verify [--count N] DIR      every package in DIR has a .sha256 that matches, every .sha256
                                           has its package, and there are N packages; writes DIR/SHA256SUMS
A package is any file in DIR that is not a .sha256 and not SHA256SUMS. Exit status 1 on any mismatch.
"""

import argparse
import hashlib
import os
import sys


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write(packages):
    for package in packages:
        if not os.path.isfile(package):
            print("checksums: no such package: %s" % package)
            return 1
        line = "%s  %s\n" % (digest(package), os.path.basename(package))
        with open(package + ".sha256", "w", newline="\n") as f:
            f.write(line)
        print(line, end="")
    return 0


def verify(folder, count):
    names = sorted(os.listdir(folder))
    packages = [n for n in names if not n.endswith(".sha256") and n != "SHA256SUMS"]
    problems = []
    for name in names:
        if name.endswith(".sha256") and name[: -len(".sha256")] not in packages:
            problems.append("%s has no package" % name)
    lines = []
    for package in packages:
        sums = os.path.join(folder, package + ".sha256")
        if not os.path.isfile(sums):
            problems.append("%s has no .sha256" % package)
            continue
        with open(sums) as f:
            fields = f.read().split()
        actual = digest(os.path.join(folder, package))
        if len(fields) != 2 or fields[1].lstrip("*") != package or fields[0].lower() != actual:
            problems.append("%s.sha256 does not match %s (it says %s, the file is %s)"
                            % (package, package, " ".join(fields), actual))
        lines.append("%s  %s\n" % (actual, package))
        print("ok  %s  %s" % (actual, package))
    if count is not None and len(packages) != count:
        problems.append("%d packages (%s), expected %d" % (len(packages), ", ".join(packages), count))
    if problems:
        for problem in problems:
            print("checksums: FAIL %s" % problem)
        return 1
    with open(os.path.join(folder, "SHA256SUMS"), "w", newline="\n") as f:
        f.writelines(lines)
    print("checksums: %d packages verified; SHA256SUMS written" % len(packages))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    w = commands.add_parser("write")
    w.add_argument("packages", nargs="+")
    v = commands.add_parser("verify")
    v.add_argument("--count", type=int)
    v.add_argument("folder")
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.packages)
    return verify(args.folder, args.count)


if __name__ == "__main__":
    sys.exit(main())
