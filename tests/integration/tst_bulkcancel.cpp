// The bulk cancel service against the sandbox on loopback: the preview's verdicts from a fresh read,
// one account's cancels one after the other and accounts in parallel, the sandbox's rate limit
// answered by waiting and sending once more (the only resend), Stop, and a run killed half-way whose
// pending entries the reconciler settles at the next start.
#include "domain/csv.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"
#include "itemmodels/orderlistmodel.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/pendingreconciler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList ordersWhere(const SandboxClient& sandbox, Platform platform, bool cancellable, int count)
{
    QStringList ids;
    for (const QString& id : sandbox.server()->orderIds(platform)) {
        const Order o = sandbox.serverOrder(platform, id);
        if (CancellationPolicy::evaluate(o).allowed == cancellable && o.status != u"cancelled" &&
            sandbox.server()->cancelRequests(platform, id) == 0)
            ids.append(id);
        if (ids.size() == count)
            break;
    }
    return ids;
}

CancelReason reason()
{
    CancelReason r;
    r.preset = CancelReason::Preset::Duplicate;
    r.text = u"Bulk test"_s;
    return r;
}

struct Rig
{
    SandboxClient sandbox;
    BackendRegistry backends;
    HistoryTestDatabases databases;
    HistoryLocation location;
    std::unique_ptr<HistoryWriter> writer;

    explicit Rig(SandboxConfig config = {})
        : sandbox(std::move(config))
    {
        backends.add(sandbox.backend(Platform::FlexPortal));
        backends.add(sandbox.backend(Platform::OfferGrid));
        location = databases.freshSqlite();
        writer = std::make_unique<HistoryWriter>(location);
    }
    QString account(Platform p) const { return sandbox.account(p).id; }
    QList<BulkCancelService::OrderRef> refs(Platform p, const QStringList& ids) const
    {
        QList<BulkCancelService::OrderRef> out;
        for (const QString& id : ids)
            out.append({account(p), id});
        return out;
    }
    QList<CancelAttempt> attempts() const
    {
        auto store = SqlCancellationHistory::open(location).value();
        return store->attempts().value();
    }
};

bool previewed(BulkCancelService* service, const QList<BulkCancelService::OrderRef>& refs)
{
    QSignalSpy done(service, &BulkCancelService::previewFinished);
    service->preview(refs);
    return done.wait(20000);
}

} // namespace

class TestBulkCancel : public QObject
{
    Q_OBJECT

private slots:
    void preview_mixedVerdicts_sendsOnlyTheAllowedOnes()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        const QStringList allowed = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 3);
        const QStringList refused = ordersWhere(rig.sandbox, Platform::FlexPortal, false, 2);
        QCOMPARE(allowed.size(), 3);
        QCOMPARE(refused.size(), 2);
        BulkCancelService service(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        QList<BulkCancelService::OrderRef> refs = rig.refs(Platform::FlexPortal, allowed + refused);
        refs.append({rig.account(Platform::FlexPortal), u"no-such-order"_s});
        refs.append(refs.first()); // an order given twice is handled once
        QVERIFY(previewed(&service, refs));
        QCOMPARE(service.items().size(), 6);
        QCOMPARE(service.counts().willCancel, 3);
        QCOMPARE(service.counts().cannot, 3);
        QCOMPARE(service.items().at(3).verdict, BulkCancelItem::Verdict::Refused);
        QVERIFY(!service.items().at(3).why.isEmpty());
        QCOMPARE(service.items().at(5).verdict, BulkCancelItem::Verdict::Unreadable);

        QSignalSpy finished(&service, &BulkCancelService::finished);
        QVERIFY(!service.run(reason()));
        QVERIFY(finished.wait(20000));
        const BulkCancelCounts c = service.counts();
        QCOMPARE(c.cancelled, 3);
        QCOMPARE(c.refusedByPolicy, 2);
        QCOMPARE(c.failed, 1);
        for (const QString& id : allowed)
            QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, id), 1);
        for (const QString& id : refused)
            QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, id), 0);
        const QList<CancelAttempt> entries = rig.attempts();
        QCOMPARE(entries.size(), 3);
        for (const CancelAttempt& e : entries) {
            QCOMPARE(e.batchId, service.batchId());
            QCOMPARE(e.outcome, u"cancelled"_s);
        }
        QVERIFY(!QUuid::fromString(service.batchId()).isNull());
    }

    void run_oneAccount_sendsOneAfterTheOther_accountsInParallel()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults slow;
        slow.latencyMs = 150;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, slow);
        rig.sandbox.server()->setFaults(Platform::OfferGrid, slow);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 3);
        const QStringList og = ordersWhere(rig.sandbox, Platform::OfferGrid, true, 3);
        QCOMPARE(fp.size(), 3);
        QCOMPARE(og.size(), 3);
        BulkCancelService service(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        QVERIFY(previewed(&service, rig.refs(Platform::FlexPortal, fp) + rig.refs(Platform::OfferGrid, og)));

        // In flight: from the request going out to the job's end, per account.
        QHash<QString, int> inFlight;
        int maxPerAccount = 0;
        int maxTotal = 0;
        connect(&service, &BulkCancelService::cancelSent, this, [&](int row) {
            const QString account = service.items().at(row).accountId;
            ++inFlight[account];
            maxPerAccount = std::max(maxPerAccount, inFlight[account]);
            int total = 0;
            for (int n : std::as_const(inFlight))
                total += n;
            maxTotal = std::max(maxTotal, total);
        });
        connect(&service, &BulkCancelService::itemChanged, this, [&](int row) {
            const BulkCancelItem& item = service.items().at(row);
            if (item.result != BulkCancelItem::Result::Pending && inFlight.value(item.accountId) > 0)
                --inFlight[item.accountId];
        });
        QSignalSpy finished(&service, &BulkCancelService::finished);
        QVERIFY(!service.run(reason()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(service.counts().cancelled, 6);
        QCOMPARE(maxPerAccount, 1); // one account: one after the other
        QCOMPARE(maxTotal, 2);      // two accounts: in parallel
    }

    void run_overTheRateLimit_waitsAndSendsOnceMore_countedOnce()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults limited;
        limited.rateLimitPerSecond = 2;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, limited);
        rig.sandbox.server()->setFaults(Platform::OfferGrid, limited);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 4);
        const QStringList og = ordersWhere(rig.sandbox, Platform::OfferGrid, true, 4);
        BulkCancelService service(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        QVERIFY(previewed(&service, rig.refs(Platform::FlexPortal, fp) + rig.refs(Platform::OfferGrid, og)));
        QSignalSpy finished(&service, &BulkCancelService::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!service.run(reason()));
        QVERIFY(finished.wait(30000));
        const BulkCancelCounts c = service.counts();
        QCOMPARE(c.cancelled, 8);
        QVERIFY2(c.rateLimitWaits >= 2, qPrintable(QString::number(c.rateLimitWaits)));
        // 4 cancels at 2 a second per key: at least one full second of waiting.
        QVERIFY(clock.elapsed() >= 900);
        int sends = 0;
        for (const BulkCancelItem& item : service.items()) {
            const Platform p =
                item.accountId == rig.account(Platform::FlexPortal) ? Platform::FlexPortal : Platform::OfferGrid;
            // Every send reached the server; all but the last were 429s and applied nothing.
            QCOMPARE(rig.sandbox.server()->cancelRequests(p, item.orderId), 1 + item.rateLimitedSends);
            QCOMPARE(rig.sandbox.serverOrder(p, item.orderId).status, u"cancelled"_s);
            sends += 1 + item.rateLimitedSends;
        }
        QCOMPARE(service.requestsSent(), sends);
        // The history: one entry per send, all of the batch, none pending; the 429s as refused.
        const QList<CancelAttempt> entries = rig.attempts();
        QCOMPARE(entries.size(), sends);
        int refused = 0;
        for (const CancelAttempt& e : entries) {
            QCOMPARE(e.batchId, service.batchId());
            QVERIFY(e.outcome != u"pending"_s);
            if (e.outcome == u"refused"_s) {
                QCOMPARE(e.httpStatus, 429);
                ++refused;
            }
        }
        QCOMPARE(refused, c.rateLimitWaits);
    }

    void stop_midRun_finishesTheRequestInFlight_andSendsNoMore()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults slow;
        slow.latencyMs = 200;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, slow);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 5);
        BulkCancelService service(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        QVERIFY(previewed(&service, rig.refs(Platform::FlexPortal, fp)));
        connect(&service, &BulkCancelService::cancelSent, &service, &BulkCancelService::stop);
        QSignalSpy finished(&service, &BulkCancelService::finished);
        QVERIFY(!service.run(reason()));
        QVERIFY(finished.wait(20000));
        const BulkCancelCounts c = service.counts();
        QCOMPARE(c.cancelled, 1);
        QCOMPARE(c.notSent, 4);
        QCOMPARE(service.items().first().result, BulkCancelItem::Result::Cancelled);
        for (int i = 1; i < fp.size(); ++i) {
            QCOMPARE(service.items().at(i).result, BulkCancelItem::Result::NotSent);
            QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, fp.at(i)), 0);
        }
        // What was sent is in the history, completed; the next order's entry, written while the first
        // was out, says it was not sent. Nothing stays pending.
        const QList<CancelAttempt> entries = rig.attempts();
        QVERIFY(entries.size() == 1 || entries.size() == 2);
        int cancelled = 0;
        for (const CancelAttempt& e : entries) {
            if (e.outcome == u"cancelled"_s) {
                ++cancelled;
                QCOMPARE(e.orderId, fp.first());
            } else {
                QCOMPARE(e.outcome, u"failed"_s);
                QVERIFY2(e.message.contains(u"stopped"_s), qPrintable(e.message));
                QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, e.orderId), 0);
            }
        }
        QCOMPARE(cancelled, 1);
    }

    void killedMidRun_pendingEntriesAreSettledAtTheNextStart()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults slow;
        slow.latencyMs = 300;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, slow);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 3);
        auto service = std::make_unique<BulkCancelService>(&rig.backends, rig.writer.get(), nullptr,
                                                           AgentInfo{u"Agent"_s, {}, {}});
        QVERIFY(previewed(service.get(), rig.refs(Platform::FlexPortal, fp)));
        QSignalSpy sent(service.get(), &BulkCancelService::cancelSent);
        QVERIFY(!service->run(reason()));
        QVERIFY(sent.wait(20000));
        const QString batch = service->batchId();
        QTRY_COMPARE_WITH_TIMEOUT(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, fp.first()), 1, 10000);
        // The program dies with the cancel out: nothing more is written by this run.
        service.reset();
        rig.backends.clear();
        rig.writer.reset();
        // Pending: the first order's (sent) and the next one's, written while the first was out (not sent).
        const QList<CancelAttempt> before = rig.attempts();
        QCOMPARE(before.size(), 2);
        for (const CancelAttempt& e : before) {
            QCOMPARE(e.outcome, u"pending"_s);
            QCOMPARE(e.batchId, batch);
        }

        // The next start: the reconciler reads the order and settles the entry; nothing is sent again.
        rig.backends.add(rig.sandbox.backend(Platform::FlexPortal));
        HistoryWriter writer(rig.location);
        PendingReconciler reconciler(&writer, &rig.backends, QDateTime::currentDateTimeUtc().addSecs(60));
        QSignalSpy settled(&reconciler, &PendingReconciler::finished);
        reconciler.reconcile();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().at(0).toInt(), 2);
        const QList<CancelAttempt> after = rig.attempts();
        QCOMPARE(after.size(), 2);
        for (const CancelAttempt& e : after) {
            QCOMPARE(e.outcome, u"unknown"_s); // with what the order shows now
            QCOMPARE(e.batchId, batch);
            QCOMPARE(e.reReadStatus == u"cancelled"_s, e.orderId == fp.first());
        }
        QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, fp.first()), 1);
        QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, fp.at(1)), 0);
    }

    void run_orderWithAnotherCancelRunning_isNotSent_andTheRunSaysWhichAreInIt()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults slow;
        slow.latencyMs = 100;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, slow);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 3);
        BulkCancelService service(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        // A single cancel of the second order is running (the desk's CancelService, say).
        const QString busy = fp.at(1);
        service.setBusyElsewhere([&](const QString&, const QString& orderId) { return orderId == busy; });
        QVERIFY(previewed(&service, rig.refs(Platform::FlexPortal, fp)));
        const QString account = rig.account(Platform::FlexPortal);
        QVERIFY(!service.isInRun(account, fp.at(2))); // not running yet
        QSignalSpy finished(&service, &BulkCancelService::finished);
        QVERIFY(!service.run(reason()));
        QVERIFY(service.isInRun(account, fp.at(2)));
        QVERIFY(!service.isInRun(account, u"not-in-the-batch"_s));
        QVERIFY(finished.wait(20000));
        QVERIFY(!service.isInRun(account, fp.at(2)));
        QCOMPARE(service.items().at(1).result, BulkCancelItem::Result::NotSent);
        QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, busy), 0);
        QCOMPARE(service.counts().cancelled, 2);
        QCOMPARE(rig.attempts().size(), 2); // no entry for the order not sent
    }

    void singleCancel_ofAnOrderInARunningBatch_isRefusedAndSendsNothing()
    {
        Rig rig;
        QVERIFY(rig.sandbox.isRunning());
        SandboxFaults slow;
        slow.latencyMs = 150;
        rig.sandbox.server()->setFaults(Platform::FlexPortal, slow);
        const QStringList fp = ordersWhere(rig.sandbox, Platform::FlexPortal, true, 3);
        BulkCancelService bulk(&rig.backends, rig.writer.get(), nullptr, AgentInfo{u"Agent"_s, {}, {}});
        OrderListModel model;
        CancelService single(&rig.backends, rig.writer.get(), &model, AgentInfo{u"Agent"_s, {}, {}});
        single.setBusyElsewhere([&](const QString& a, const QString& id) { return bulk.isInRun(a, id); });
        QVERIFY(previewed(&bulk, rig.refs(Platform::FlexPortal, fp)));
        QSignalSpy finished(&bulk, &BulkCancelService::finished);
        QVERIFY(!bulk.run(reason()));
        Order last = rig.sandbox.serverOrder(Platform::FlexPortal, fp.at(2));
        last.accountId = rig.account(Platform::FlexPortal);
        const std::optional<ApiError> refused = single.submit(last, reason());
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(u"bulk"_s), qPrintable(refused->message));
        QVERIFY(finished.wait(20000));
        QCOMPARE(rig.sandbox.server()->cancelRequests(Platform::FlexPortal, fp.at(2)), 1); // the batch's only
    }

    void resultsCsv_neutralisesFormulas()
    {
        BulkCancelItem item;
        item.accountId = u"fp"_s;
        item.orderId = u"=HYPERLINK(1)"_s;
        item.verdict = BulkCancelItem::Verdict::WillCancel;
        item.result = BulkCancelItem::Result::RefusedByPlatform;
        item.message = u"said \"no\", twice"_s;
        const QByteArray csv = BulkCancelService::resultsCsv({item}, u"b1"_s);
        QVERIFY(csv.startsWith(Csv::Utf8Bom));
        QVERIFY(csv.contains("'=HYPERLINK(1)"));
        QVERIFY(csv.contains("\"said \"\"no\"\", twice\""));
        QVERIFY(csv.contains("refused-by-platform"));
    }
};

QTEST_GUILESS_MAIN(TestBulkCancel)
#include "tst_bulkcancel.moc"
