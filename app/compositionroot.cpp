#include "compositionroot.h"

#include "credentials/accountstore.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/secretresolver.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "itemmodels/orderlistmodel.h"
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "services/accountsservice.h"
#include "services/appsettings.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/historyreader.h"
#include "services/historysyncer.h"
#include "services/orderfinder.h"
#include "services/orderloader.h"
#include "services/pendingreconciler.h"
#include "services/settingsreactions.h"
#include "services/subscriptioncancelservice.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>
#include <utility>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

CompositionRoot::CompositionRoot(StartOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_accountStore(std::make_unique<AccountStore>(&m_settings))
    , m_keychain(new KeychainCredentialStore(KeychainCredentialStore::DesktopService, this))
    , m_secrets(new SecretResolver(m_keychain, this))
    , m_backends(new BackendRegistry(this))
    , m_accounts(new AccountsService(m_accountStore.get(), m_secrets, m_backends, &m_network, this))
    , m_tester(new ConnectionTester(&m_network, m_settingsStore.appSettings().transport(), this))
    , m_orders(new OrderListModel(this))
    , m_loader(new OrderLoader(m_backends, m_orders, &m_workerPool, this))
    , m_finder(new OrderFinder(m_backends, m_orders, this))
{
    const AppSettings settings = m_settingsStore.appSettings();
    openHistory();
    m_cancel =
        new CancelService(m_backends, m_history.get(), m_orders, AgentInfo::fromEnvironment(settings.agentName), this);
    m_bulkCancel = new BulkCancelService(m_backends, m_history.get(), m_orders,
                                         AgentInfo::fromEnvironment(settings.agentName), this);
    m_subscriptions = new SubscriptionCancelService(m_backends, m_history.get(), m_orders,
                                                    AgentInfo::fromEnvironment(settings.agentName), this);
    // An order is never sent by a bulk run and a single cancel both: each refuses what the other runs.
    m_bulkCancel->setBusyElsewhere(
        [cancel = m_cancel, subscriptions = m_subscriptions](const QString& accountId, const QString& orderId) {
            return cancel->isRunning(accountId, orderId) || subscriptions->isRunning(accountId, orderId);
        });
    m_cancel->setBusyElsewhere(
        [bulk = QPointer<BulkCancelService>(m_bulkCancel)](const QString& accountId, const QString& orderId) {
            return bulk && bulk->isInRun(accountId, orderId);
        });
    m_accounts->setTransportSettings(settings.transport());
    m_accounts->setPagingThread(&m_pagingThread);
    m_accounts->setWorkerPool(&m_workerPool);
    m_tester->setWorkerPool(&m_workerPool);
    // The window only saves settings; who uses one follows its changes.
    connectSettingsReactions(
        &m_settingsStore, SettingsListeners{m_cancel, m_bulkCancel, m_subscriptions, m_accounts, m_tester, m_keychain});
    // Attempts an earlier run left pending are settled once the accounts can be asked. (A history
    // that could not be opened answers with its reason, and nothing is settled.)
    m_reconciler = new PendingReconciler(m_history.get(), m_backends, QDateTime::currentDateTimeUtc(), this);
    connect(m_accounts, &AccountsService::ready, m_reconciler, &PendingReconciler::reconcile);
    if (m_syncer)
        connect(m_reconciler, &PendingReconciler::finished, m_syncer, &HistorySyncer::syncSoon);
    if (m_syncer) {
        connect(m_cancel, &CancelService::cancelStarted, m_syncer, &HistorySyncer::syncSoon);
        connect(m_cancel, &CancelService::cancelFinished, m_syncer, &HistorySyncer::syncSoon);
        connect(m_bulkCancel, &BulkCancelService::finished, m_syncer, &HistorySyncer::syncSoon);
        connect(m_subscriptions, &SubscriptionCancelService::subscriptionFinished, m_syncer, &HistorySyncer::syncSoon);
    }
}

void CompositionRoot::openHistory()
{
    // Every attempt is written to the local file first; a team database gets copies from there.
    // IT may name the team database in a provisioning file, next to the accounts.
    AppSettings settings = m_settingsStore.appSettings();
    settings.applyProvisioning(AccountStore::systemProvisioningFiles() + m_options.accountFiles, &m_startProblems);
    const HistoryLocation local = settings.localHistory();
    // Opened (and migrated), written and read on the history's own thread: the window never waits
    // for the file, even while another process holds its write lock.
    m_history = std::make_unique<HistoryWriter>(local);
    connect(m_history.get(), &HistoryWriter::openFailed, this, [this](const ApiError& error) {
        m_historyProblem = error.message;
        if (m_window)
            m_window->addStandingProblem(tr("Cancelling is off: %1").arg(m_historyProblem));
    });
    const std::optional<HistoryLocation> team = settings.teamHistory();
    m_historyReader = new HistoryReader(local, team, &m_historyPool, this);
    if (!team)
        return;
    m_syncer = new HistorySyncer(local, *team, &m_historyPool, this);
    if (!team->password.isEmpty()) { // ORDERDESK_PG_PASSWORD
        m_syncer->syncSoon();        // what an earlier run could not copy
        return;
    }
    // The password the settings dialog kept in the keychain; the first copy waits for it.
    m_keychain->read(AppSettings::teamHistoryPasswordKey(),
                     [reader = QPointer<HistoryReader>(m_historyReader),
                      syncer = QPointer<HistorySyncer>(m_syncer)](const CredentialStore::Reply& reply) {
                         if (reply.status == CredentialStore::Status::Ok) {
                             if (reader)
                                 reader->setTeamPassword(reply.secret);
                             if (syncer)
                                 syncer->setTeamPassword(reply.secret);
                         } else if (reply.status != CredentialStore::Status::NotFound) {
                             qWarning("orderdesk: the PostgreSQL password could not be read from the keychain: %s",
                                      qPrintable(reply.message));
                         }
                         if (syncer)
                             syncer->syncSoon(); // without a password, libpq's own PGPASSWORD or ~/.pgpass
                     });
}

CompositionRoot::~CompositionRoot()
{
    // The window goes first (it uses the services); the sandbox, a member, goes last.
    m_window.reset();
    m_loader->stop();
    m_finder->stop(); // a lookup still out is dropped; its requests finish, stopped
    // Every job still running finishes now, while the history and the services it reports to are
    // here: a cancel in flight is completed as unknown rather than dying with its backend.
    m_backends->close();
    // Before the history pool, a member, waits for their work and goes: a cancel settled while the
    // other services go must find no syncer that would start a copy on it.
    delete std::exchange(m_syncer, nullptr);
    delete std::exchange(m_historyReader, nullptr);
    // The services that write to the history go; then the history thread writes what it was given
    // (the outcomes of the cancels just stopped), closes the file and ends.
    delete std::exchange(m_reconciler, nullptr);
    delete std::exchange(m_bulkCancel, nullptr); // first: it asks the cancel services about their orders
    delete std::exchange(m_cancel, nullptr);
    delete std::exchange(m_subscriptions, nullptr);
    m_history.reset();
}

bool CompositionRoot::startSandbox()
{
    m_sandbox = std::make_unique<SandboxThread>(SandboxConfig{});
    if (!m_sandbox->start(0)) {
        std::fprintf(stderr, "orderdesk: the built-in sandbox could not listen on a loopback port\n");
        return false;
    }
    const SandboxCredentials& c = m_sandbox->server()->config().credentials;
    m_accounts->setSandbox(SandboxEndpoint{m_sandbox->baseUrl(), c.flexPortalKey, c.tenantId, c.offerGridKey});
    return true;
}

bool CompositionRoot::start()
{
    if (!startSandbox())
        return false;
    m_accounts->setProvisioned(
        AccountStore::readProvisioned(AccountStore::systemProvisioningFiles() + m_options.accountFiles));

    m_window = std::make_unique<MainWindow>(MainWindowServices{m_orders, m_loader, m_cancel, m_backends, m_accounts,
                                                               m_tester, &m_settingsStore, m_historyReader, m_keychain,
                                                               m_finder, m_subscriptions});
    m_window->setBulkCancelService(m_bulkCancel);
    if (!m_historyProblem.isEmpty())
        m_window->addStandingProblem(tr("Cancelling is off: %1").arg(m_historyProblem));
    for (const QString& problem : std::as_const(m_startProblems))
        m_window->addStandingProblem(problem);
    m_window->show();

    if (m_options.smokeTest) {
        // The benchmark times process start to this line: the window is up and shows orders.
        connect(
            m_orders, &QAbstractItemModel::rowsInserted, this,
            [] {
                std::fprintf(stdout, "orderdesk: first rows shown\n");
                std::fflush(stdout);
            },
            Qt::SingleShotConnection);
        connect(m_loader, &OrderLoader::finished, this, [this] {
            const bool ok = m_orders->rowCount() > 0;
            std::fprintf(stdout, "orderdesk: smoke test %s, %d orders loaded\n", ok ? "passed" : "FAILED",
                         m_orders->rowCount());
            std::fflush(stdout);
            m_window->close();
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    m_accounts->activate(); // ready() makes the window load
    return true;
}

} // namespace OrderDesk
