// Changing the accounts rebuilds every backend. Whatever was in flight at that moment (a load, the
// re-reads of the reconciler, a cancel) must finish, "stopped", and leave each service settled:
// the loader not loading, the reconciler with nothing in flight, the cancel service idle and the
// cancel's history entry completed, never left pending by a live process. Real HTTP against the
// sandbox on loopback; its latency fault keeps the requests in flight while the accounts change.
#include "api/networkthread.h"
#include "credentials/accountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/secretresolver.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"
#include "itemmodels/orderlistmodel.h"
#include "sandboxclient.h"
#include "services/accountsservice.h"
#include "services/backendregistry.h"
#include "services/cancelservice.h"
#include "services/orderloader.h"
#include "services/pendingreconciler.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString FlexPortalId = u"sandbox-flexportal"_s;
const QString OfferGridId = u"sandbox-offergrid"_s;

// The services as the composition root wires them, on the built-in sandbox accounts.
struct Desk
{
    Desk()
        : settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
    {
        TransportSettings transport = SandboxClient::fastSettings();
        transport.timeoutMs = 60000; // the latency fault must outlast the change, not the timeout
        transport.maxTries = 1;
        accounts.setTransportSettings(transport);
        accounts.setPagingThread(&paging);
        accounts.setWorkerPool(&workers);
        const SandboxCredentials& c = sandbox.server()->config().credentials;
        accounts.setSandbox(SandboxEndpoint{sandbox.server()->baseUrl(), c.flexPortalKey, c.tenantId, c.offerGridKey});
    }

    bool activate()
    {
        QSignalSpy ready(&accounts, &AccountsService::ready);
        accounts.activate();
        return (ready.count() > 0 || ready.wait(30000)) && backends.backends().size() == 2;
    }
    // Every answer of both platforms comes this late: what is sent now is still in flight after it.
    void slowDown(int latencyMs = 30000)
    {
        SandboxFaults slow;
        slow.latencyMs = latencyMs;
        sandbox.server()->setFaults(Platform::FlexPortal, slow);
        sandbox.server()->setFaults(Platform::OfferGrid, slow);
    }
    void speedUp()
    {
        sandbox.server()->setFaults(Platform::FlexPortal, {});
        sandbox.server()->setFaults(Platform::OfferGrid, {});
    }
    // What the agent does in the accounts dialog: here, renames the FlexPortal sandbox account.
    void changeAccounts()
    {
        QList<Account> edited = accounts.accounts();
        for (Account& a : edited) {
            if (a.id == FlexPortalId)
                a.displayName = u"Sandbox (renamed)"_s;
        }
        accounts.apply(edited, {});
    }
    Order cancellableOrder()
    {
        Order order = sandbox.serverOrder(Platform::FlexPortal, sandbox.findOrder(Platform::FlexPortal, true));
        order.accountId = FlexPortalId;
        return order;
    }
    CancelAttempt entry(qint64 id) const
    {
        for (const CancelAttempt& a : history->attempts().value()) {
            if (a.id == id)
                return a;
        }
        return {};
    }

    SandboxClient sandbox;
    QTemporaryDir dir;
    QSettings settings;
    NetworkThread paging; // outlives the backends and their list jobs
    QThreadPool workers;
    AccountStore store{&settings};
    MemoryCredentialStore keychain;
    SecretResolver secrets{&keychain};
    BackendRegistry backends;
    AccountsService accounts{&store, &secrets, &backends, sandbox.network()};
    OrderListModel orders;
    OrderLoader loader{&backends, &orders, &workers};
    HistoryTestDatabases databases;
    HistoryLocation historyFile{databases.freshSqlite()};
    // The test's own connection, to look at the entries; the services write on the history's thread.
    std::unique_ptr<SqlCancellationHistory> history{SqlCancellationHistory::open(historyFile).value()};
    HistoryWriter historyWriter{historyFile};
    CancelService cancel{&backends, &historyWriter, &orders, AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s}};
};

CancelReason duplicate()
{
    CancelReason reason;
    reason.preset = CancelReason::Preset::Duplicate;
    return reason;
}

} // namespace

class TestAccountChanges : public QObject
{
    Q_OBJECT

private slots:
    void changeAccounts_duringALoad_theLoaderSettlesAndLoadsAgain()
    {
        Desk desk;
        QVERIFY(desk.sandbox.isRunning());
        QVERIFY(desk.activate());
        desk.slowDown();
        QSignalSpy loadingChanged(&desk.loader, &OrderLoader::loadingChanged);
        QSignalSpy failed(&desk.loader, &OrderLoader::accountFailed);
        desk.loader.reload();
        QVERIFY(desk.loader.isLoading());
        QTRY_VERIFY(desk.sandbox.server()->requestCount(Platform::FlexPortal) > 0 &&
                    desk.sandbox.server()->requestCount(Platform::OfferGrid) > 0);

        desk.changeAccounts();

        QVERIFY2(!desk.loader.isLoading(), "the stopped load left the loading indicator on");
        QCOMPARE(loadingChanged.count(), 2);
        QCOMPARE(loadingChanged.last().at(0).toBool(), false);
        QCOMPARE(failed.count(), 0); // stopped is not failed: no error for the agent
        // The new backends load as usual.
        desk.speedUp();
        QSignalSpy finished(&desk.loader, &OrderLoader::finished);
        desk.loader.reload();
        QVERIFY(finished.wait(30000));
        QVERIFY(!desk.loader.isLoading());
        QCOMPARE(desk.orders.rowCount(), desk.sandbox.server()->orderIds(Platform::FlexPortal).size() +
                                             desk.sandbox.server()->orderIds(Platform::OfferGrid).size());
    }

    void changeAccounts_duringAReconcile_theReadsEndAndTheEntryIsSettledNextTime()
    {
        Desk desk;
        QVERIFY(desk.sandbox.isRunning());
        QVERIFY(desk.activate());
        // An earlier run sent this cancel and stopped before noting the answer.
        CancelAttempt earlier =
            pendingCancelAttempt(desk.cancellableOrder(), desk.backends.backend(FlexPortalId)->account(), duplicate(),
                                 AgentInfo{u"Agent"_s, u"host"_s, u"0"_s});
        earlier.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 id = desk.history->recordPending(earlier).value();
        PendingReconciler reconciler(&desk.historyWriter, &desk.backends);
        QSignalSpy finished(&reconciler, &PendingReconciler::finished);
        desk.slowDown();
        const int requestsBefore = desk.sandbox.server()->requestCount(Platform::FlexPortal);
        reconciler.reconcile();
        QVERIFY(reconciler.isRunning());
        QTRY_VERIFY(desk.sandbox.server()->requestCount(Platform::FlexPortal) > requestsBefore);

        desk.changeAccounts();

        QVERIFY2(!reconciler.isRunning(), "the stopped re-read stayed in flight");
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0); // settled
        QCOMPARE(finished.first().at(1).toInt(), 1); // still pending: its read was stopped
        QCOMPARE(desk.entry(id).outcome, u"pending"_s);
        // The next round, on the new backends, settles it.
        desk.speedUp();
        reconciler.reconcile();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(desk.entry(id).outcome, u"unknown"_s);
    }

    void changeAccounts_afterTheCancelWentOut_completesTheEntryAsUnknown()
    {
        Desk desk;
        QVERIFY(desk.sandbox.isRunning());
        QVERIFY(desk.activate());
        const Order order = desk.cancellableOrder();
        // The order is read once more before the cancel goes out: that read takes 3 s, then the cancel's
        // answer 3 s more, and the accounts change in between.
        desk.slowDown(3000);
        QSignalSpy finished(&desk.cancel, &CancelService::cancelFinished);
        QVERIFY(!desk.cancel.submit(order, duplicate()));
        // The sandbox has the request (and has applied it); its answer is on its way.
        QTRY_COMPARE_WITH_TIMEOUT(desk.sandbox.server()->cancelRequests(Platform::FlexPortal, order.id), 1, 30000);
        QCOMPARE(finished.count(), 0);

        desk.changeAccounts();

        // Finished, stopped, once the history (on its own thread) has the outcome.
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(!desk.cancel.isRunning(FlexPortalId, order.id), "the stopped cancel is still running");
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().at(2).value<CancelOutcome>();
        QCOMPARE(outcome.kind, CancelOutcome::Kind::Unknown);
        QVERIFY(outcome.requestSent);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Aborted);
        QVERIFY2(outcome.error->message.contains(u"account"_s), qPrintable(outcome.error->message));
        const QList<CancelAttempt> attempts = desk.history->attempts().value();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, u"unknown"_s);
        QVERIFY(attempts.first().completedAt.isValid());
        QVERIFY(desk.history->pendingAttempts().value().isEmpty());
    }

    void changeAccounts_beforeTheCancelWentOut_completesTheEntryAsNotSent()
    {
        Desk desk;
        QVERIFY(desk.sandbox.isRunning());
        QVERIFY(desk.activate());
        const Order order = desk.cancellableOrder();
        QSignalSpy finished(&desk.cancel, &CancelService::cancelFinished);
        QVERIFY(!desk.cancel.submit(order, duplicate()));

        desk.changeAccounts(); // in the same turn: the entry is being written, nothing has gone out

        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(!desk.cancel.isRunning(FlexPortalId, order.id));
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().at(2).value<CancelOutcome>();
        QCOMPARE(outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!outcome.requestSent);
        const QList<CancelAttempt> attempts = desk.history->attempts().value();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, u"failed"_s);
        QVERIFY(attempts.first().completedAt.isValid());
        // And nothing reaches the platform afterwards.
        QSignalSpy loaded(&desk.loader, &OrderLoader::finished);
        desk.loader.reload();
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(desk.sandbox.server()->cancelRequests(Platform::FlexPortal, order.id), 0);
    }

    void changeAccounts_whileTheOrderIsReadBeforeTheCancel_completesTheEntryAsNotSent()
    {
        Desk desk;
        QVERIFY(desk.sandbox.isRunning());
        QVERIFY(desk.activate());
        const Order order = desk.cancellableOrder();
        desk.slowDown();
        QSignalSpy finished(&desk.cancel, &CancelService::cancelFinished);
        const int requestsBefore = desk.sandbox.server()->requestCount(Platform::FlexPortal);
        QVERIFY(!desk.cancel.submit(order, duplicate()));
        QTRY_VERIFY(desk.sandbox.server()->requestCount(Platform::FlexPortal) > requestsBefore); // the read

        desk.changeAccounts();

        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(!desk.cancel.isRunning(FlexPortalId, order.id));
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().at(2).value<CancelOutcome>();
        QCOMPARE(outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!outcome.requestSent);
        QCOMPARE(desk.history->attempts().value().first().outcome, u"failed"_s);
        QVERIFY(desk.history->pendingAttempts().value().isEmpty());
        QCOMPARE(desk.sandbox.server()->cancelRequests(Platform::FlexPortal, order.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountChanges)
#include "tst_accountchanges.moc"
