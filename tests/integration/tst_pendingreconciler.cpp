// Attempts an earlier run left "pending" (it stopped between sending a cancel and recording the
// answer) are settled at the next start by reading each order again from the sandbox: completed as
// "unknown" with the status found; an entry whose account is gone, or of this run, stays pending. A
// subscription's entry is settled as "unknown" at once: FlexPortal shows nothing of its state.
// The history is read and written on its own thread: the event loop keeps running meanwhile.
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "historylockholder.h"
#include "historytestdb.h"
#include "jobresults.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/pendingreconciler.h"
#include "stallmeter.h"

#include <QSignalSpy>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestPendingReconciler : public QObject
{
    Q_OBJECT

    HistoryTestDatabases m_databases;

    static CancelAttempt pendingFor(const Account& account, const QString& orderId, QDateTime startedAt)
    {
        CancelAttempt a;
        a.startedAt = std::move(startedAt);
        a.agent = u"Agent"_s;
        a.accountId = account.id;
        a.platform = platformKey(account.platform);
        a.orderId = orderId;
        a.reasonText = u"Duplicate order"_s;
        return a;
    }

private slots:
    void reconcile_earlierRunsPendingAttempts_areSettledFromTheOrdersState()
    {
        SandboxClient sandbox;
        QVERIFY(sandbox.isRunning());
        BackendRegistry backends;
        backends.add(sandbox.backend(Platform::FlexPortal));
        backends.add(sandbox.backend(Platform::OfferGrid));
        const Account fp = sandbox.account(Platform::FlexPortal);
        const Account og = sandbox.account(Platform::OfferGrid);

        // The earlier run's cancel reached FlexPortal, but the run died before noting the answer.
        const QString cancelledId = sandbox.findOrder(Platform::FlexPortal, true);
        auto done = collect(backends.backend(fp.id)->cancelOrder(cancelledId, u"Duplicate order"_s));
        QVERIFY(waitUntilFinished(done));
        QCOMPARE(done->outcome.kind, CancelOutcome::Kind::Cancelled);
        // Its OfferGrid cancel never left the machine.
        const QString untouchedId = sandbox.findOrder(Platform::OfferGrid, true);
        const QString untouchedStatus = sandbox.serverOrder(Platform::OfferGrid, untouchedId).status;

        const HistoryLocation location = m_databases.freshSqlite();
        auto store = SqlCancellationHistory::open(location).value();
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 a = store->recordPending(pendingFor(fp, cancelledId, earlier)).value();
        const qint64 b = store->recordPending(pendingFor(og, untouchedId, earlier)).value();
        Account gone = fp;
        gone.id = u"removed-account"_s;
        const qint64 c = store->recordPending(pendingFor(gone, cancelledId, earlier)).value();
        const QDateTime runStarted = QDateTime::currentDateTimeUtc();
        const qint64 d = store->recordPending(pendingFor(fp, untouchedId, runStarted.addSecs(1))).value();

        HistoryWriter writer(location); // the history's own thread, as the desk has it
        PendingReconciler reconciler(&writer, &backends, runStarted);
        QSignalSpy finished(&reconciler, &PendingReconciler::finished);
        reconciler.reconcile();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 2); // settled
        QCOMPARE(finished.first().at(1).toInt(), 1); // the removed account's stays pending

        QHash<qint64, CancelAttempt> byId;
        for (const CancelAttempt& e : store->attempts().value())
            byId.insert(e.id, e);
        QCOMPARE(byId.value(a).outcome, u"unknown"_s);
        QCOMPARE(byId.value(a).reReadStatus, u"cancelled"_s);
        QVERIFY(byId.value(a).completedAt.isValid());
        QVERIFY(byId.value(a).message.contains(u"cancelled"_s));
        QCOMPARE(byId.value(b).outcome, u"unknown"_s);
        QCOMPARE(byId.value(b).reReadStatus, untouchedStatus);
        QCOMPARE(byId.value(c).outcome, u"pending"_s);
        QCOMPARE(byId.value(d).outcome, u"pending"_s); // this run's: under way, not touched
        // Reconciling re-reads only: no cancel was sent for anything.
        QCOMPARE(sandbox.server()->cancelRequests(Platform::FlexPortal, cancelledId), 1);
        QCOMPARE(sandbox.server()->cancelRequests(Platform::OfferGrid, untouchedId), 0);
    }

    void reconcile_subscriptionAttempt_isSettledUnknownWithoutReadingOrSending()
    {
        SandboxClient sandbox;
        QVERIFY(sandbox.isRunning());
        BackendRegistry backends;
        backends.add(sandbox.backend(Platform::FlexPortal));
        const Account fp = sandbox.account(Platform::FlexPortal);
        const QString subscriptionId = sandbox.server()->subscriptionIds(u"active"_s).first();
        const QString orderId = sandbox.server()->subscription(subscriptionId)->orderId;
        const HistoryLocation location = m_databases.freshSqlite();
        auto store = SqlCancellationHistory::open(location).value();
        CancelAttempt sub = pendingFor(fp, orderId, QDateTime::currentDateTimeUtc().addSecs(-60));
        sub.kind = u"subscription"_s;
        sub.subscriptionId = subscriptionId;
        sub.reasonPreset = u"fraud"_s;
        const qint64 a = store->recordPending(sub).value();
        Account gone = fp; // FlexPortal shows nothing to read: the account is not even needed
        gone.id = u"removed-account"_s;
        CancelAttempt orphan = sub;
        orphan.accountId = gone.id;
        const qint64 b = store->recordPending(orphan).value();
        const int requestsBefore = sandbox.server()->requestCount(Platform::FlexPortal);

        HistoryWriter writer(location);
        PendingReconciler reconciler(&writer, &backends);
        QSignalSpy finished(&reconciler, &PendingReconciler::finished);
        reconciler.reconcile();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        for (const qint64 id : {a, b}) {
            CancelAttempt settled;
            for (const CancelAttempt& e : store->attempts().value()) {
                if (e.id == id)
                    settled = e;
            }
            QCOMPARE(settled.outcome, u"unknown"_s);
            QCOMPARE(settled.reReadStatus, QString()); // the order's status says nothing of a subscription
            QVERIFY2(settled.message.contains(u"no way to read a subscription"_s), qPrintable(settled.message));
            QCOMPARE(settled.subscriptionId, subscriptionId);
        }
        QCOMPARE(sandbox.server()->requestCount(Platform::FlexPortal), requestsBefore); // nothing read, nothing sent
        QCOMPARE(sandbox.server()->subscriptionCancelRequests(subscriptionId), 0);
    }

    void reconcile_accountUnreachable_leavesTheEntryPending()
    {
        SandboxClient sandbox;
        QVERIFY(sandbox.isRunning());
        BackendRegistry backends;
        backends.add(sandbox.backendWithSecret(Platform::FlexPortal, u"revoked-key"_s));
        const HistoryLocation location = m_databases.freshSqlite();
        auto store = SqlCancellationHistory::open(location).value();
        const QString id = sandbox.findOrder(Platform::FlexPortal, true);
        const qint64 a = store
                             ->recordPending(pendingFor(sandbox.account(Platform::FlexPortal), id,
                                                        QDateTime::currentDateTimeUtc().addSecs(-60)))
                             .value();
        HistoryWriter writer(location);
        PendingReconciler reconciler(&writer, &backends);
        QSignalSpy finished(&reconciler, &PendingReconciler::finished);
        reconciler.reconcile();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(store->pendingAttempts().value().size(), 1);
        QCOMPARE(store->pendingAttempts().value().first().id, a);
    }

    void reconcile_whileAnotherProcessHoldsTheWriteLock_theEventLoopKeepsRunning()
    {
        SandboxClient sandbox;
        QVERIFY(sandbox.isRunning());
        BackendRegistry backends;
        backends.add(sandbox.backend(Platform::FlexPortal));
        const HistoryLocation location = m_databases.freshSqlite();
        auto store = SqlCancellationHistory::open(location).value();
        const QString id = sandbox.findOrder(Platform::FlexPortal, true);
        const qint64 a = store
                             ->recordPending(pendingFor(sandbox.account(Platform::FlexPortal), id,
                                                        QDateTime::currentDateTimeUtc().addSecs(-60)))
                             .value();
        HistoryWriter writer(location);
        QSignalSpy opened(&writer, &HistoryWriter::opened);
        QVERIFY(opened.wait(10000));
        PendingReconciler reconciler(&writer, &backends);
        QSignalSpy finished(&reconciler, &PendingReconciler::finished);

        // The CLI writes for 3 s: the settled entry waits for the lock, the event loop does not.
        HistoryLockHolder locker;
        QVERIFY(locker.start(QStringLiteral(ORDERDESK_HISTORY_LOCKER), location.sqliteFile, 3000));
        int ticksWhileLocked = 0;
        StallMeter meter([&] {
            if (!locker.isReleasing())
                ++ticksWhileLocked;
        });
        meter.start();
        reconciler.reconcile();
        QVERIFY(reconciler.isRunning());
        QVERIFY(finished.wait(30000));
        const qint64 stallMs = meter.stop();
        QVERIFY(locker.finish());
        qInfo("event loop's longest stall while the reconciler waited 3 s for the history's write lock: %lld ms, "
              "%d ticks of a 5 ms timer while locked",
              stallMs, ticksWhileLocked);
        QVERIFY2(ticksWhileLocked >= 100, qPrintable(u"only %1 ticks while the lock was held"_s.arg(ticksWhileLocked)));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(store->attempts().value().first().id, a);
        QCOMPARE(store->attempts().value().first().outcome, u"unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestPendingReconciler)
#include "tst_pendingreconciler.moc"
