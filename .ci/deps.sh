#!/usr/bin/env bash
# Installs, with apt-get, what OrderDesk needs on Debian 12 and is not there yet.
#   bash .ci/deps.sh run    build tools, Qt 6 and the plugins the application loads at run time
#   bash .ci/deps.sh test   the above, plus what the test suite uses (Node.js for the contract check, ...)
set -euo pipefail

mode="${1:-test}"

run_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qtkeychain-qt6-dev libgl-dev libsimdjson-dev
    libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 qt6-qpa-plugins
)
test_packages=(
    curl ca-certificates clang-format python3 openssl
    postgresql postgresql-common
    dpkg-dev file desktop-file-utils appstream lintian shellcheck python3-yaml gnome-keyring dbus
    clang libclang-rt-14-dev llvm lld
    # The fonts a real desktop has for the sandbox's names (Latin, Arabic, Japanese) and emoji: the
    # tests, the screenshots and the benchmark's first paint (fallback fonts) measure with them.
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    # packaging/screenshots/take.sh runs the windows in a real X server.
    xvfb xauth
)

packages=("${run_packages[@]}")
if [ "$mode" = test ]; then
    packages+=("${test_packages[@]}")
    # Node.js runs the OpenAPI contract checker (Stoplight Prism); any recent Node will do.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
elif [ "$mode" != run ]; then
    echo "usage: bash .ci/deps.sh run|test" >&2
    exit 2
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "deps: everything needed is installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
echo "deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
