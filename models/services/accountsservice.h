#pragma once

#include "api/account.h"
#include "api/transport.h"
#include "credentials/accountstore.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class QThreadPool;

namespace OrderDesk {

class BackendRegistry;
class NetworkThread;
class SecretResolver;

// Where a built-in sandbox listens, and the keys it accepts.
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString flexPortalKey;
    QString tenantId;
    QString offerGridKey;
};

// The configured accounts, their keys and their backends: merges IT's provisioned accounts with
// the agent's own, finds each key (environment, keychain, or asked once per run), and fills the
// backend registry with the enabled accounts that have what they need.
class AccountsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsService)

public:
    AccountsService(AccountStore* store, SecretResolver* secrets, BackendRegistry* backends,
                    QNetworkAccessManager* network, QObject* parent = nullptr);

    void setTransportSettings(const TransportSettings& settings) { m_settings = settings; }
    void setSandbox(const SandboxEndpoint& sandbox) { m_sandbox = sandbox; }
    // Where the backends page through lists; without it, in this thread.
    void setPagingThread(NetworkThread* thread) { m_pagingThread = thread; }
    // Where the backends decode large bodies (the composition root's pool); without it, in this thread.
    void setWorkerPool(QThreadPool* pool) { m_workerPool = pool; }
    void setProvisioned(const AccountStore::Provisioned& provisioned);

    QList<Account> accounts() const { return m_accounts; }
    // Provisioning problems and accounts left out (no key, invalid), in words.
    QStringList problems() const { return m_problems; }

    // (Re)builds the backends; emits ready() when every account is settled.
    void activate();
    // The agent's edits from the accounts dialog: saved (keys to the keychain, and the keys of
    // removed accounts out of it), then activated.
    void apply(const QList<Account>& accounts, const QHash<QString, QString>& newSecrets);
    // A key typed in when asked (keyNeeded): kept for this run, then activation goes on.
    void provideKey(const QString& accountId, const QString& secret);

    // The accounts shown when nothing is configured: both platforms on the built-in sandbox.
    static QList<Account> defaultSandboxAccounts();

signals:
    void keyNeeded(const OrderDesk::Account& account, const QString& why);
    void ready(const QStringList& problems);

private:
    void settle(const Account& account, const QString& secret, const QString& problem);
    Account resolvedForUse(const Account& account) const;

    AccountStore* m_store;
    SecretResolver* m_secrets;
    BackendRegistry* m_backends;
    QNetworkAccessManager* m_network;
    NetworkThread* m_pagingThread = nullptr;
    QThreadPool* m_workerPool = nullptr;
    TransportSettings m_settings;
    SandboxEndpoint m_sandbox;
    QList<Account> m_provisioned;
    QStringList m_provisioningProblems;
    QList<Account> m_accounts;
    QStringList m_problems;
    QHash<QString, QString> m_settled; // account id -> key, for this activation
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace OrderDesk
