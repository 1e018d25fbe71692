#pragma once

#include "api/networkthread.h"
#include "canceldialog.h"
#include "credentials/accountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/secretresolver.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "itemmodels/orderlistmodel.h"
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "services/accountsservice.h"
#include "services/backendregistry.h"
#include "services/cancelservice.h"
#include "services/connectiontester.h"
#include "services/historyreader.h"
#include "services/orderfinder.h"
#include "services/orderloader.h"
#include "services/settingsreactions.h"
#include "services/settingsstore.h"
#include "services/subscriptioncancelservice.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

// Everything the composition root makes, pointed at a fresh sandbox, with settings and the
// cancellation history (real SQLite) in a throw-away folder and a fake keychain: what the GUI tests
// and the screenshot tool drive.
struct TestDesk
{
    explicit TestDesk(SandboxConfig config)
        : TestDesk(std::move(config), std::nullopt)
    {}
    // A desk on a sandbox that runs elsewhere (SandboxProcess: another process): the in-process one
    // stays empty and stopped, and server() and totalOrders() have nothing to say.
    explicit TestDesk(const SandboxEndpoint& external)
        : TestDesk(SandboxConfig{0, 0, 0, {}}, external)
    {}

    TestDesk(SandboxConfig config, const std::optional<SandboxEndpoint>& external)
        : sandbox(std::move(config))
        , settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
    {
        running = external ? external->baseUrl.isValid() : sandbox.start(0);
        TransportSettings fast;
        fast.http2 = false;
        fast.backoffBaseMs = 10;
        fast.backoffCapMs = 50;
        fast.timeoutMs = 5000;
        accounts.setTransportSettings(fast);
        accounts.setPagingThread(&paging); // lists page as in the application
        accounts.setWorkerPool(&workers);
        tester.setWorkerPool(&workers);
        const SandboxCredentials& c = sandbox.server()->config().credentials;
        accounts.setSandbox(external ? *external
                                     : SandboxEndpoint{sandbox.baseUrl(), c.flexPortalKey, c.tenantId, c.offerGridKey});
        // As the composition root has it: the window saves settings, the services follow.
        connectSettingsReactions(&settingsStore,
                                 SettingsListeners{&cancel, nullptr, &subscriptions, &accounts, &tester, &keychain});
        window = std::make_unique<MainWindow>(MainWindowServices{&orders, &loader, &cancel, &backends, &accounts,
                                                                 &tester, &settingsStore, &historyReader, &keychain,
                                                                 &finder, &subscriptions});
    }

    SandboxThread sandbox;
    bool running = false;
    QTemporaryDir dir;
    QSettings settings;
    SettingsStore settingsStore{&settings};
    QNetworkAccessManager network;
    NetworkThread paging; // outlives the backends and their list jobs
    QThreadPool workers;  // decodes and frees large lists, as the composition root's does
    QThreadPool historyPool;
    AccountStore store{&settings};
    MemoryCredentialStore keychain;
    SecretResolver secrets{&keychain};
    BackendRegistry backends;
    AccountsService accounts{&store, &secrets, &backends, &network};
    ConnectionTester tester{&network, TransportSettings{}};
    OrderListModel orders;
    OrderLoader loader{&backends, &orders, &workers};
    // The test's own connection to the history file, to look at (and tamper with) what the desk wrote.
    std::unique_ptr<SqlCancellationHistory> history{SqlCancellationHistory::open(localHistory()).value()};
    // The desk writes on the history's own thread, as the composition root has it.
    HistoryWriter historyWriter{localHistory()};
    HistoryReader historyReader{localHistory(), std::nullopt, &historyPool};
    CancelService cancel{&backends, &historyWriter, &orders, AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s}};
    OrderFinder finder{&backends, &orders}; // find by id, as the composition root has it
    SubscriptionCancelService subscriptions{&backends, &historyWriter, &orders,
                                            AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s}};
    std::unique_ptr<MainWindow> window;

    HistoryLocation localHistory() const
    {
        HistoryLocation l;
        l.sqliteFile = dir.filePath(u"history.sqlite"_s);
        return l;
    }

    // Accounts are settled, then the window loads them: what happens at start.
    bool activate()
    {
        QSignalSpy finished(&loader, &OrderLoader::finished);
        accounts.activate();
        return finished.wait(30000);
    }
    SandboxServer* server() const { return sandbox.server(); }
    QTableView* table() const { return window->findChild<QTableView*>(u"ordersTable"_s); }
    int totalOrders() const
    {
        return int(server()->orderIds(Platform::FlexPortal).size() + server()->orderIds(Platform::OfferGrid).size());
    }
    bool load()
    {
        QSignalSpy finished(&loader, &OrderLoader::finished);
        window->refreshAction()->trigger();
        return finished.count() > 0 || finished.wait(30000);
    }
    // Selects the row of an order and returns whether it is there.
    bool select(const QString& accountId, const QString& orderId)
    {
        QAbstractItemModel* proxy = table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, 0);
            if (index.data().toString() == orderId &&
                orders.orderAt(orders.rowOf(accountId, orderId)).accountId == accountId) {
                table()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }
    QString accountOf(Platform p) const
    {
        return p == Platform::FlexPortal ? u"sandbox-flexportal"_s : u"sandbox-offergrid"_s;
    }
    CancelDialog* dialog() const { return window->findChild<CancelDialog*>(); }
};

} // namespace OrderDesk::Test
