#pragma once

#include <QString>

class QCoreApplication;

namespace OrderDesk {

// Installs OrderDesk's translations: English plural forms always ("1 order", "2 orders"), then
// the user's language where one is shipped, then Qt's own strings. Called by every executable.
// `language` is the settings' choice (a BCP 47 name such as "en" or "de"); empty follows the
// system. A chosen language also becomes the default locale, so dates and numbers follow it.
void installTranslations(QCoreApplication* app, const QString& language = {});

} // namespace OrderDesk
