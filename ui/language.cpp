#include "language.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QLocale>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QString()}, // "System language", translated by the dialog
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"ar"_s, u"العربية"_s},
    };
}

void applyLanguage(QApplication* app, const QString& language)
{
    installTranslations(app, language);
    // Qt flips the direction itself when qtbase_ar.qm says QT_LAYOUT_DIRECTION = RTL, but only if
    // that catalogue is installed; the locale's script decides here, with or without it.
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
}

} // namespace OrderDesk
