#pragma once

#include "api/orderbackend.h"
#include "clicommands.h"
#include "clioptions.h"

#include <QNetworkAccessManager>

#include <memory>

namespace OrderDesk {
class BackendRegistry;
class BulkCancelService;
class HistoryWriter;
class SqlCancellationHistory;
struct AppSettings;
} // namespace OrderDesk

namespace OrderDesk::Cli {

// The composition root of one orderdesk-cli run: the network manager, the account's backend, the
// history (for cancel and history export) and the command. prepare() checks the whole configuration
// before anything goes over the network; history export needs no account and no network.
class CliSession
{
public:
    CliSession();
    ~CliSession();

    // ExitOk, or ExitUsage after reporting what is wrong.
    int prepare(const Options& options);
    CliCommand* command() const { return m_command.get(); }

private:
    int prepareExport(const Options& options, const AppSettings& desktop);
    int prepareBulkCancel(const Options& options, const AppSettings& desktop);
    int prepareSubscriptionsCancel(const Options& options, const AppSettings& desktop);

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
