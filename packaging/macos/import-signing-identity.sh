#!/usr/bin/env bash
# macOS release signing, part 1: puts the Developer ID Application certificate (a base64 .p12 from
# the repository's secrets) into a throw-away keychain that codesign can use without a prompt, and
# prints the identity's name for ORDERDESK_CODESIGN_IDENTITY (packaging/deploy.cmake signs with it).
#
# usage: import-signing-identity.sh KEYCHAIN        (remove it again: security delete-keychain KEYCHAIN)
# environment: MACOS_CERTIFICATE_P12 (base64), MACOS_CERTIFICATE_PASSWORD
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: import-signing-identity.sh KEYCHAIN" >&2; exit 2; }
keychain="$1"
: "${MACOS_CERTIFICATE_P12:?the base64 .p12 is not set}"
: "${MACOS_CERTIFICATE_PASSWORD:?the .p12 password is not set}"

password="$(openssl rand -hex 16)"
p12="$(mktemp "${TMPDIR:-/tmp}/orderdesk-signing.XXXXXX")"
trap 'rm -f "$p12"' EXIT
printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode >"$p12"

security create-keychain -p "$password" "$keychain" >&2
security set-keychain-settings -lut 21600 "$keychain" >&2 # stays unlocked for six hours
security unlock-keychain -p "$password" "$keychain" >&2
security import "$p12" -f pkcs12 -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign -T /usr/bin/security >&2
# Lets codesign use the key without asking (there is nobody to click "Allow" on a runner).
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain" >/dev/null
# codesign looks in the user's search list: ours first, the others kept.
existing=()
while IFS= read -r line; do
    line="${line//\"/}"
    line="${line#"${line%%[![:space:]]*}"}"
    [ -n "$line" ] && existing+=("$line")
done < <(security list-keychains -d user)
security list-keychains -d user -s "$keychain" "${existing[@]}" >&2

identity="$(security find-identity -v -p codesigning "$keychain" |
    sed -n 's/^ *[0-9][0-9]*) [0-9A-F]\{40\} "\(Developer ID Application: .*\)"$/\1/p' | head -n 1)"
if [ -z "$identity" ]; then
    echo "import-signing-identity: the .p12 holds no valid \"Developer ID Application\" identity:" >&2
    security find-identity -v -p codesigning "$keychain" >&2
    exit 1
fi
echo "$identity"
