// orderdesk-cli: list, show and cancel orders from scripts, with the desktop's policy and history.
#include "clioptions.h"
#include "clioutput.h"
#include "clisession.h"
#include "i18n/translations.h"
#include "selfcheck.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop application's names, so that both find the same history file.
    QCoreApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("orderdesk.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    OrderDesk::installTranslations(&app);
    // stderr is for the person running the command: no request log unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*.debug=false\norderdesk.*.info=false"));

    if (OrderDesk::Cli::isSelfCheck(QCoreApplication::arguments())) // does this installation work here?
        return OrderDesk::Cli::runSelfCheck(QCoreApplication::arguments());

    const OrderDesk::Cli::ParsedCommandLine parsed = OrderDesk::Cli::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        if (parsed.exitStatus == OrderDesk::Cli::ExitOk)
            OrderDesk::Cli::writeOut(parsed.output);
        else
            OrderDesk::Cli::reportNote(parsed.output);
        return parsed.exitStatus;
    }

    OrderDesk::Cli::CliSession session;
    if (const int status = session.prepare(*parsed.options); status != OrderDesk::Cli::ExitOk)
        return status;
    QObject::connect(session.command(), &OrderDesk::Cli::CliCommand::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, session.command(), &OrderDesk::Cli::CliCommand::start);
    return QCoreApplication::exec();
}
