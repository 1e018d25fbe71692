#pragma once

#include "api/networkthread.h"
#include "services/settingsstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace OrderDesk {

class AccountStore;
class AccountsService;
class BackendRegistry;
class BulkCancelService;
class CancelService;
class ConnectionTester;
class HistoryReader;
class HistorySyncer;
class HistoryWriter;
class CredentialStore;
class MainWindow;
class OrderFinder;
class OrderListModel;
class OrderLoader;
class PendingReconciler;
class SandboxThread;
class SecretResolver;
class SubscriptionCancelService;

struct StartOptions
{
    QStringList accountFiles; // provisioning files given with --accounts
    bool smokeTest = false;   // quit on its own once the first load is done (exit code tells how it went)
};

// The one place that creates the long-lived objects and hands them to each other: the network
// manager, the built-in sandbox, accounts and keys, the backends, the history, the services and
// the main window.
class CompositionRoot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompositionRoot)

public:
    explicit CompositionRoot(StartOptions options, QObject* parent = nullptr);
    ~CompositionRoot() override;

    // Starts the sandbox, shows the window and begins loading; false (with a message on stderr)
    // when the application cannot start.
    bool start();

private:
    bool startSandbox();
    void openHistory();

    StartOptions m_options;
    QSettings m_settings;
    SettingsStore m_settingsStore{&m_settings}; // typed; brings an older layout up to date first
    QNetworkAccessManager m_network;
    NetworkThread m_pagingThread; // outlives the list jobs: the loader stops them first
    QThreadPool m_historyPool;    // the history's database work; waits for it when the app ends
    QThreadPool m_workerPool;     // decodes large bodies and frees large lists; waits for them too
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<HistoryWriter> m_history; // the history's own thread: opens, writes and reads the local file
    std::unique_ptr<AccountStore> m_accountStore;
    CredentialStore* m_keychain = nullptr;
    SecretResolver* m_secrets = nullptr;
    BackendRegistry* m_backends = nullptr;
    AccountsService* m_accounts = nullptr;
    ConnectionTester* m_tester = nullptr;
    OrderListModel* m_orders = nullptr;
    OrderLoader* m_loader = nullptr;
    OrderFinder* m_finder = nullptr;
    CancelService* m_cancel = nullptr;
    BulkCancelService* m_bulkCancel = nullptr; // "Cancel N orders…"
    SubscriptionCancelService* m_subscriptions = nullptr;
    PendingReconciler* m_reconciler = nullptr;
    HistorySyncer* m_syncer = nullptr;
    HistoryReader* m_historyReader = nullptr;
    QString m_historyProblem;    // why the history cannot be written, shown in the window
    QStringList m_startProblems; // e.g. a provisioning file's broken history entry
    std::unique_ptr<MainWindow> m_window;
};

} // namespace OrderDesk
