#!/usr/bin/env bash
# Renders the committed icon files from the one source, resources/icons/org.example.OrderDesk.svg.
# Run it by hand after changing the SVG and commit the results; the build does not need these tools.
# Needs librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
svg=../resources/icons/org.example.OrderDesk.svg
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
# Linux: hicolor PNGs 16..256 (the SVG covers every other size).
for size in 16 24 32 48 64 128 256; do
    cp "$tmp/$size.png" "linux/icons/$size.png"
done
# Windows: one .ico with every size the shell asks for (256 is stored as PNG).
convert "$tmp"/{16,24,32,48,64,128,256}.png windows/orderdesk.ico
# macOS: .icns (iconutil is the macOS tool; png2icns makes the same file on Linux).
png2icns macos/orderdesk.icns "$tmp"/{16,32,48,128,256,512}.png >/dev/null
