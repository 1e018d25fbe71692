#pragma once

#include "api/orderbackend.h"
#include "clicommands.h"
#include "clioptions.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace OrderDesk {
class BackendRegistry;
class BulkCancelService;
class CredentialStore;
class HistoryWriter;
class SecretResolver;
class SqlCancellationHistory;
struct AppSettings;
} // namespace OrderDesk

namespace OrderDesk::Cli {

// The composition root of one orderdesk-cli run: the network manager, the account and its key, the
// account's backend, the history (for cancel and history export) and the command. prepare() checks the
// whole configuration before anything goes over the network; history export needs no account and no
// network. The account: from --accounts FILE (its key from the environment only), else the desktop's
// accounts (cliaccounts.h; the key from the environment, else `keychain`).
class CliSession
{
public:
    explicit CliSession(CredentialStore* keychain);
    ~CliSession();

    // Calls `prepared` once, with ExitOk when command() is ready to start, or ExitUsage after
    // reporting what is wrong. A key from the keychain arrives asynchronously: run it in the event loop.
    void prepare(const Options& options, std::function<void(int)> prepared);
    CliCommand* command() const { return m_command.get(); }

private:
    int prepareWith(const Options& options, const Account& account, const QString& secret);
    int prepareExport(const Options& options, const AppSettings& desktop);
    int prepareBulkCancel(const Options& options, const AppSettings& desktop);
    int prepareSubscriptionsCancel(const Options& options, const AppSettings& desktop);

    CredentialStore* m_keychain;
    std::unique_ptr<SecretResolver> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<OrderBackend> m_backend;
    std::unique_ptr<SqlCancellationHistory> m_history;
    // orders cancel --ids-from: the desk's way, with the account's backend in a registry, the history
    // on its own thread, and the bulk cancel service. Destroyed before them: the service, then the command.
    std::unique_ptr<BackendRegistry> m_registry;
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<BulkCancelService> m_bulk;
    std::unique_ptr<CliCommand> m_command;
};

} // namespace OrderDesk::Cli
