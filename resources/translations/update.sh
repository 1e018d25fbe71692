#!/usr/bin/env bash
# Refreshes the translation sources from the code. English only needs its plural forms ("%n order(s)").
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate="$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)"
"$lupdate" -silent -locations none -pluralonly models ui app -ts resources/translations/orderdesk_en.ts
python3 resources/translations/update-english-plurals.py resources/translations/orderdesk_en.ts
