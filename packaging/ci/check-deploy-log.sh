#!/usr/bin/env bash
# Fails on what the Qt deploy tools report but do not fail on: macdeployqt prints "ERROR: ..." (a
# framework or plug-in it could not copy, an rpath it could not resolve) and still exits 0, so the
# bundle would ship without it. With QT_ENABLE_VERBOSE_DEPLOYMENT the logs say everything; the
# workflows keep them as artifacts.
#
# One error is expected and repaired later in the same deploy step: Qt's QPSQL plug-in names libpq by
# a path that does not exist on the runner (Postgres.app), so macdeployqt says
#   ERROR: no file at "/Applications/Postgres.app/Contents/Versions/14/lib/libpq.5.dylib"
# and packaging/macos/bundle-dylibs.py then copies libpq from ORDERDESK_LIBPQ_DIR. With --repaired-in
# FRAMEWORKS such a line passes only when FRAMEWORKS (the bundle's Contents/Frameworks) now has that
# file; every other ERROR line fails.
#
# usage: check-deploy-log.sh [--repaired-in FRAMEWORKS] LOG...
set -euo pipefail

repaired_in=""
if [ "${1:-}" = "--repaired-in" ]; then
    repaired_in="$2"
    shift 2
fi
[ $# -ge 1 ] || { echo "usage: check-deploy-log.sh [--repaired-in FRAMEWORKS] LOG..." >&2; exit 2; }
status=0
for log in "$@"; do
    name="$(basename "$log")"
    [ -s "$log" ] || { echo "::error::deploy log $log is missing or empty"; status=1; continue; }
    errors=0
    # macdeployqt's own prefix at the start of a line; "ERROR:" inside a longer line does not count.
    while IFS= read -r line; do
        missing="$(printf '%s\n' "$line" | sed -n 's/^ERROR: no file at "\(.*\)"$/\1/p')"
        if [ -n "$missing" ] && [ -n "$repaired_in" ] && [ -f "$repaired_in/$(basename "$missing")" ]; then
            echo "::notice title=Repaired after macdeployqt::$name: $line -> $repaired_in/$(basename "$missing")"
            continue
        fi
        echo "::error title=Deploy tool error::$name: $line"
        errors=$((errors + 1))
    done < <(grep -E '^(ERROR|Error): ' "$log" || true)
    [ "$errors" -eq 0 ] || status=1
    warnings="$(grep -cE '^(WARNING|Warning): ' "$log" || true)"
    echo "$name: $(wc -l <"$log" | tr -d ' ') lines, $errors error(s), $warnings warning(s)"
done
exit "$status"
