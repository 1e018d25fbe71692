#!/usr/bin/env bash
# Refreshes the translation sources from the code. English only needs its plural forms ("%n order(s)");
# German and Arabic cover the desktop: ui/, models/ (not the sandbox server, whose messages play a
# vendor's) and the application's entry point. The CLI stays English.
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate="$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)"
"$lupdate" -silent -locations none -pluralonly models ui app -ts resources/translations/orderdesk_en.ts
python3 resources/translations/update-english-plurals.py resources/translations/orderdesk_en.ts
desktop=(ui models/api models/credentials models/domain models/history models/i18n models/itemmodels models/services
         app/main.cpp app/compositionroot.cpp app/compositionroot.h)
for language in de ar; do
    "$lupdate" -silent -locations none -no-obsolete "${desktop[@]}" -target-language "$language" \
        -ts "resources/translations/orderdesk_$language.ts"
done
