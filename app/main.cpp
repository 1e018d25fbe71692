#include "compositionroot.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("orderdesk.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.OrderDesk"));

    OrderDesk::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Back-office desk for FlexPortal and OfferGrid orders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QApplication::translate("main", "Load the orders once, then quit (exit code 0 "
                                                                       "when orders were shown)."));
    parser.addOption(smokeTest);
    parser.process(app);

    OrderDesk::CompositionRoot root(OrderDesk::StartOptions{parser.isSet(smokeTest)});
    if (!root.start())
        return 1;
    return QApplication::exec();
}
