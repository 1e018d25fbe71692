#!/usr/bin/env bash
# Retakes the screenshots in this folder from the built-in sandbox, in a real X window under Xvfb.
#   bash packaging/screenshots/take.sh [BUILD_DIR]   (default build/ci)
# Needs: apt-get install xvfb xauth fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji (names in
# every script). Also takes the main window in German and in Arabic (main-window-de.png, -ar.png).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build/ci}"
tool="$build/tests/tools/orderdesk-screenshots"
[ -x "$tool" ] || { echo "take.sh: build orderdesk-screenshots first (cmake --build --preset ci)" >&2; exit 1; }
# The same look on every machine: Fusion style, no desktop theme, a fixed screen size.
for language in "" de ar; do
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_QPA_PLATFORMTHEME='' \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$here" ${language:+"$language"}
done
