#include "clirun.h"

#include "clioptions.h"
#include "clioutput.h"
#include "clisession.h"
#include "i18n/translations.h"
#include "selfcheck.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace OrderDesk::Cli {

int run(QCoreApplication& app, CredentialStore* keychain)
{
    // The desktop application's names, so that both find the same settings and history file.
    QCoreApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("orderdesk.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));
    installTranslations(&app);
    // stderr is for the person running the command: no request log unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*.debug=false\norderdesk.*.info=false"));

    if (isSelfCheck(QCoreApplication::arguments())) // does this installation work here?
        return runSelfCheck(QCoreApplication::arguments());

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        if (parsed.exitStatus == ExitOk)
            writeOut(parsed.output);
        else
            reportNote(parsed.output);
        return parsed.exitStatus;
    }

    CliSession session(keychain);
    // Prepared inside the event loop: a key read from the keychain arrives asynchronously.
    QTimer::singleShot(0, &app, [&session, options = *parsed.options] {
        session.prepare(options, [&session](int status) {
            if (status != ExitOk) {
                QCoreApplication::exit(status);
                return;
            }
            QObject::connect(session.command(), &CliCommand::finished, QCoreApplication::instance(),
                             &QCoreApplication::exit);
            QTimer::singleShot(0, session.command(), &CliCommand::start);
        });
    });
    return QCoreApplication::exec();
}

} // namespace OrderDesk::Cli
