#include "cliconfig.h"

#include <QCoreApplication>
#include <QSettings>

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

} // namespace

Result<Account> loadAccount(const QString& accountsFile, const QString& accountId)
{
    Result<QList<Account>> accounts = Accounts::readFile(accountsFile);
    if (!accounts.ok())
        return accounts.error();
    QStringList known;
    for (const Account& account : accounts.value()) {
        if (account.id != accountId) {
            known << account.id;
            continue;
        }
        if (!account.enabled)
            return ApiError(ApiError::Kind::Configuration,
                            Text::tr("%1: the account \"%2\" is disabled").arg(accountsFile, accountId));
        return account;
    }
    return ApiError(
        ApiError::Kind::Configuration,
        known.isEmpty()
            ? Text::tr("%1: no account \"%2\" (the file holds no accounts)").arg(accountsFile, accountId)
            : Text::tr("%1: no account \"%2\" (known: %3)").arg(accountsFile, accountId, known.join(u", ")));
}

Result<QString> secretOf(const Account& account)
{
    const QString variable = account.secretVariable();
    const QString secret = qEnvironmentVariable(qPrintable(variable));
    if (secret.trimmed().isEmpty())
        return ApiError(ApiError::Kind::Configuration,
                        Text::tr("the API key of account \"%1\" is expected in the environment variable %2, "
                                 "which is not set")
                            .arg(account.id, variable));
    return secret;
}

AppSettings desktopSettings()
{
    const QSettings settings;
    return AppSettings::load(settings);
}

HistoryLocation historyLocation(const QString& historyOption, const AppSettings& desktop)
{
    QString file = historyOption;
    if (file.isEmpty())
        file = qEnvironmentVariable("ORDERDESK_HISTORY");
    if (file.isEmpty())
        return desktop.localHistory();
    HistoryLocation location;
    location.kind = HistoryLocation::Kind::Sqlite;
    location.sqliteFile = file;
    return location;
}

AgentInfo agentInfo(const QString& agentOption, const AppSettings& desktop)
{
    return AgentInfo::fromEnvironment(agentOption.trimmed().isEmpty() ? desktop.agentName : agentOption);
}

} // namespace OrderDesk::Cli
