#include "api/allocator.h"
#include "compositionroot.h"
#include "language.h"
#include "services/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    OrderDesk::limitAllocatorHeaps(); // before any thread starts
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("orderdesk.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.OrderDesk"));

    // The language chosen in the settings applies from the start (the dialog says "after restart"),
    // with its layout direction.
    OrderDesk::applyLanguage(&app, OrderDesk::AppSettings::load(QSettings()).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Back-office desk for FlexPortal and OfferGrid orders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QApplication::translate("main", "Load the orders once, then quit (exit code 0 "
                                                                       "when orders were shown)."));
    parser.addOption(smokeTest);
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      QApplication::translate("main", "Also use the accounts in this JSON file (the "
                                                                      "format of orderdesk-cli; no keys in it)."),
                                      QStringLiteral("file"));
    parser.addOption(accounts);
    parser.process(app);

    OrderDesk::CompositionRoot root(OrderDesk::StartOptions{parser.values(accounts), parser.isSet(smokeTest)});
    if (!root.start())
        return 1;
    return QApplication::exec();
}
