#!/usr/bin/env bash
# macOS release signing, part 2: the app inside the image is already signed with the Developer ID and
# the hardened runtime (packaging/deploy.cmake). This signs the disk image, sends it to Apple's notary
# service and waits, staples the ticket to the image, and checks the result the way Gatekeeper will.
# Any answer but "Accepted" fails, with Apple's log printed.
#
# usage: notarize.sh IMAGE.dmg
# environment: ORDERDESK_CODESIGN_IDENTITY, MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#              (an app-specific password of the Apple ID)
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: notarize.sh IMAGE.dmg" >&2; exit 2; }
dmg="$1"
: "${ORDERDESK_CODESIGN_IDENTITY:?no signing identity}"
: "${MACOS_NOTARY_APPLE_ID:?}" "${MACOS_NOTARY_TEAM_ID:?}" "${MACOS_NOTARY_PASSWORD:?}"

echo "--- notarize: the app in the image (Developer ID, hardened runtime, deep and strict)"
mount="$(mktemp -d)"
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$mount" "$dmg" >/dev/null
detach() { hdiutil detach "$mount" >/dev/null || true; }
trap detach EXIT
codesign --verify --deep --strict --verbose=2 "$mount/orderdesk.app"
codesign --display --verbose=4 "$mount/orderdesk.app" 2>&1 | grep -E "^(Authority|TeamIdentifier|Runtime|Timestamp)"
codesign --display --verbose=4 "$mount/orderdesk.app" 2>&1 | grep -q "^Authority=Developer ID Application" ||
    { echo "notarize: the app is not signed with a Developer ID" >&2; exit 1; }
codesign --display --verbose=4 "$mount/orderdesk.app" 2>&1 | grep -qE "flags=.*runtime" ||
    { echo "notarize: the app lacks the hardened runtime" >&2; exit 1; }
detach
trap - EXIT

echo "--- notarize: sign the image"
codesign --force --sign "$ORDERDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
codesign --verify --strict --verbose=2 "$dmg"

echo "--- notarize: xcrun notarytool submit --wait"
result="$(mktemp)"
# Its exit status is not the verdict: the JSON's "status" is (Accepted, Invalid, Rejected, In Progress).
xcrun notarytool submit "$dmg" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
    --password "$MACOS_NOTARY_PASSWORD" --wait --timeout 1h --output-format json | tee "$result" || true
field() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ""))' "$result" "$1" \
    2>/dev/null || true; }
status="$(field status)"
id="$(field id)"
if [ "$status" != "Accepted" ]; then
    echo "::error title=Notarization::Apple's notary service answered \"$status\""
    if [ -n "$id" ]; then
        xcrun notarytool log "$id" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
            --password "$MACOS_NOTARY_PASSWORD" || true
    fi
    exit 1
fi

echo "--- notarize: staple and check as Gatekeeper will"
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=4 "$dmg"
