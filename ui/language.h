#pragma once

#include <QList>
#include <QString>

class QApplication;

namespace OrderDesk {

// The languages the desktop speaks, as the settings dialog offers them: an empty code follows the
// system, otherwise a BCP 47 name ("en", "de", "ar"). Names are in their own language, untranslated.
struct LanguageChoice
{
    QString code;
    QString nativeName;
};
QList<LanguageChoice> languageChoices();

// Installs the translations for `language` (see installTranslations) and sets the layout direction
// from the resulting default locale: right to left for Arabic. Called once at start, before any
// window exists; a change in the settings applies at the next start.
void applyLanguage(QApplication* app, const QString& language);

} // namespace OrderDesk
