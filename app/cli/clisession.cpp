#include "clisession.h"

#include "api/backendfactory.h"
#include "api/flexportal/flexportalbackend.h"
#include "cliaccounts.h"
#include "clibulkcancel.h"
#include "clicancel.h"
#include "cliconfig.h"
#include "clihistory.h"
#include "clisubscriptions.h"
#include "credentials/secretresolver.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace OrderDesk::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

} // namespace

CliSession::CliSession(CredentialStore* keychain)
    : m_keychain(keychain)
{}

CliSession::~CliSession() = default;

void CliSession::prepare(const Options& options, std::function<void(int)> prepared)
{
    if (options.command == Command::HistoryExport) {
        prepared(prepareExport(options, desktopSettings()));
        return;
    }
    if (options.command == Command::Cancel && !options.yes && !options.dryRun &&
        (!isStdinTerminal() || options.idsFrom == u"-")) {
        reportError(options.idsFrom == u"-"
                        ? Text::tr("orders cancel asks for confirmation, but the order ids come from stdin; add --yes "
                                   "to cancel without asking. Nothing was sent.")
                        : Text::tr("orders cancel asks for confirmation, but stdin is not a terminal; add --yes to "
                                   "cancel without asking. Nothing was sent."));
        prepared(ExitUsage);
        return;
    }
    if (options.command == Command::SubscriptionsCancel && !options.yes && !isStdinTerminal()) {
        reportError(Text::tr("subscriptions cancel asks for confirmation, but stdin is not a terminal; add --yes to "
                             "cancel without asking. Nothing was sent."));
        prepared(ExitUsage);
        return;
    }
    if (!options.accountsFile.isEmpty()) { // a script's own file: keys from the environment only
        const Result<Account> account = loadAccount(options.accountsFile, options.accountId);
        if (!account.ok()) {
            reportError(account.error().message);
            prepared(ExitUsage);
            return;
        }
        const Result<QString> secret = secretOf(account.value());
        if (!secret.ok()) {
            reportError(secret.error().message);
            prepared(ExitUsage);
            return;
        }
        prepared(prepareWith(options, account.value(), secret.value()));
        return;
    }
    // The desktop's accounts, and the keys the desktop would use.
    QSettings settings;
    const DesktopAccounts desktop = readDesktopAccounts(&settings);
    const Result<Account> account = desktopAccount(desktop, options.accountId);
    if (!account.ok()) {
        reportError(account.error().message);
        prepared(ExitUsage);
        return;
    }
    for (const QString& problem : desktop.problems) // IT's file is broken, yet this account is fine
        reportNote(problem);
    m_secrets = std::make_unique<SecretResolver>(m_keychain);
    resolveDesktopKey(m_secrets.get(), account.value(),
                      [this, options, account = account.value(), prepared](const Result<QString>& secret) {
                          if (!secret.ok()) {
                              reportError(secret.error().message);
                              prepared(ExitUsage);
                              return;
                          }
                          prepared(prepareWith(options, account, secret.value()));
                      });
}

int CliSession::prepareWith(const Options& options, const Account& account, const QString& secret)
{
    TransportSettings settings;
    if (options.timeoutMs)
        settings.timeoutMs = *options.timeoutMs;
    m_backend = createBackend(account, secret, &m_network, settings);

    switch (options.command) {
    case Command::List:
        m_command = std::make_unique<ListCommand>(m_backend.get(), options);
        break;
    case Command::Show:
        m_command = std::make_unique<ShowCommand>(m_backend.get(), options);
        break;
    case Command::HistoryExport:
        break; // prepared above
    case Command::SubscriptionsCancel:
        return prepareSubscriptionsCancel(options, desktopSettings());
    case Command::Cancel: {
        const AppSettings desktop = desktopSettings();
        if (!options.idsFrom.isEmpty())
            return prepareBulkCancel(options, desktop);
        const HistoryLocation location = historyLocation(options.historyFile, desktop);
        Result<std::unique_ptr<SqlCancellationHistory>> history = SqlCancellationHistory::open(location);
        if (!history.ok()) {
            reportError(Text::tr("the cancellation history %1 cannot be opened, so nothing was sent: %2")
                            .arg(location.describe(), history.error().message));
            return ExitUsage;
        }
        m_history = std::move(history.value());
        m_command = std::make_unique<CancelCommand>(m_backend.get(), m_history.get(),
                                                    agentInfo(options.agentName, desktop), options);
        break;
    }
    }
    return ExitOk;
}

int CliSession::prepareSubscriptionsCancel(const Options& options, const AppSettings& desktop)
{
    auto* flexPortal = qobject_cast<FlexPortalBackend*>(m_backend.get());
    if (!flexPortal) {
        reportError(Text::tr("account %1 is not a FlexPortal account; only FlexPortal has subscriptions. Nothing was "
                             "sent.")
                        .arg(options.accountId));
        return ExitUsage;
    }
    const HistoryLocation location = historyLocation(options.historyFile, desktop);
    Result<std::unique_ptr<SqlCancellationHistory>> history = SqlCancellationHistory::open(location);
    if (!history.ok()) {
        reportError(Text::tr("the cancellation history %1 cannot be opened, so nothing was sent: %2")
                        .arg(location.describe(), history.error().message));
        return ExitUsage;
    }
    m_history = std::move(history.value());
    m_command = std::make_unique<SubscriptionCancelCommand>(flexPortal, m_history.get(),
                                                            agentInfo(options.agentName, desktop), options);
    return ExitOk;
}

int CliSession::prepareBulkCancel(const Options& options, const AppSettings& desktop)
{
    QString error;
    const std::optional<QStringList> ids = readOrderIds(options.idsFrom, &error);
    if (!ids) {
        reportError(error + Text::tr("; nothing was sent."));
        return ExitUsage;
    }
    if (!options.dryRun) {
        // Checked here, in words, before anything goes out; then the history thread opens it for the run.
        const HistoryLocation location = historyLocation(options.historyFile, desktop);
        Result<std::unique_ptr<SqlCancellationHistory>> history = SqlCancellationHistory::open(location);
        if (!history.ok()) {
            reportError(Text::tr("the cancellation history %1 cannot be opened, so nothing was sent: %2")
                            .arg(location.describe(), history.error().message));
            return ExitUsage;
        }
        history.value().reset();
        m_writer = std::make_unique<HistoryWriter>(location);
    }
    OrderBackend* backend = m_backend.get();
    m_registry = std::make_unique<BackendRegistry>();
    m_registry->add(std::move(m_backend));
    m_bulk = std::make_unique<BulkCancelService>(m_registry.get(), m_writer.get(), nullptr,
                                                 agentInfo(options.agentName, desktop));
    m_command = std::make_unique<BulkCancelCommand>(backend, m_bulk.get(), *ids, options);
    return ExitOk;
}

int CliSession::prepareExport(const Options& options, const AppSettings& desktop)
{
    const HistoryLocation location = historyLocation(options.historyFile, desktop);
    // Opening would create an empty history; a reader must not leave one behind where there was none.
    if (!QFileInfo::exists(location.sqliteFile)) {
        reportError(Text::tr("there is no cancellation history at %1").arg(location.describe()));
        return ExitUsage;
    }
    // Read access is enough: a manager may export the team's file without being allowed to change it.
    Result<std::unique_ptr<SqlCancellationHistory>> history =
        SqlCancellationHistory::open(location, SqlCancellationHistory::OpenMode::ReadOnly);
    if (!history.ok()) {
        reportError(history.error().message); // "The cancellation history at FILE cannot be used: ..."
        return ExitUsage;
    }
    m_history = std::move(history.value());
    m_command = std::make_unique<HistoryExportCommand>(m_history.get(), options);
    return ExitOk;
}

} // namespace OrderDesk::Cli
