#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

void installTranslations(QCoreApplication* app, const QString& language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));

    // Later-installed translators are asked first: the user's language wins over English plurals.
    auto* english = new QTranslator(app);
    if (english->load(u":/i18n/orderdesk_en.qm"_s))
        QCoreApplication::installTranslator(english);

    const QLocale locale;
    auto* own = new QTranslator(app);
    if (locale.language() != QLocale::English && own->load(locale, u"orderdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);

    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace OrderDesk
