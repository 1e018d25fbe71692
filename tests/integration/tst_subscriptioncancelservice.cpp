// SubscriptionCancelService against the sandbox over real sockets, with the history on its own
// thread (HistoryWriter) in a store that notes, at each write, what had reached the server: every
// subscription's entry is written before its request goes out and completed after its answer, one
// subscription after the other; a history that refuses the entry means nothing is sent; Stop lets the
// request in flight finish and sends no more; a lost reply stays unknown and is never sent again; at
// the end the order is read once more.
#include "api/flexportal/flexportalbackend.h"
#include "history/cancellationhistory.h"
#include "history/historywriter.h"
#include "itemmodels/orderlistmodel.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/subscriptioncancelservice.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Platform FP = Platform::FlexPortal;
using Kind = SubscriptionCancelOutcome::Kind;
using Reason = SubscriptionCancelReason::Value;

// One write the history was asked for, with the cancel requests the sandbox had seen for each
// subscription of the run at that moment.
struct Write
{
    bool pending = false; // recordPending, else recordOutcome
    CancelAttempt attempt;
    QHash<QString, int> requestsSeen;
};

// What the history thread notes and the test reads (the store itself lives in the history thread).
struct Notebook
{
    QMutex mutex;
    QList<Write> writes;
    int refusePendingFrom = -1; // the n-th pending write (0-based) and every later one fail
    QStringList watched;        // the subscriptions whose requests are counted at each write
    SandboxServer* server = nullptr;

    QList<Write> snapshot()
    {
        QMutexLocker lock(&mutex);
        return writes;
    }
};

class WatchedHistory : public CancellationHistory
{
public:
    explicit WatchedHistory(Notebook* book)
        : m_book(book)
    {}

    Result<qint64> recordPending(const CancelAttempt& attempt) override
    {
        QMutexLocker lock(&m_book->mutex);
        const int n = m_pending++;
        if (m_book->refusePendingFrom >= 0 && n >= m_book->refusePendingFrom)
            return ApiError(ApiError::Kind::Configuration, u"the disk is full"_s);
        note(true, attempt);
        return m_memory.recordPending(attempt);
    }
    std::optional<ApiError> recordOutcome(const CancelAttempt& completed) override
    {
        QMutexLocker lock(&m_book->mutex);
        note(false, completed);
        return m_memory.recordOutcome(completed);
    }
    Result<QList<CancelAttempt>> attempts() const override { return m_memory.attempts(); }

private:
    void note(bool pending, const CancelAttempt& attempt)
    {
        Write w{pending, attempt, {}};
        for (const QString& id : std::as_const(m_book->watched))
            w.requestsSeen.insert(id, m_book->server->subscriptionCancelRequests(id));
        m_book->writes << w;
    }

    Notebook* m_book;
    MemoryCancellationHistory m_memory;
    int m_pending = 0;
};

} // namespace

class TestSubscriptionCancelService : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxClient> m_sandbox;
    QSet<QString> m_takenOrders;

    SandboxServer* server() const { return m_sandbox->server(); }

    // The services as the composition root wires them, with a watched history.
    struct Desk
    {
        explicit Desk(SandboxClient* sandbox)
        {
            book.server = sandbox->server();
            backends.add(sandbox->backend(FP));
        }
        Notebook book;
        BackendRegistry backends;
        OrderListModel orders;
        HistoryWriter writer{[this]() -> Result<std::unique_ptr<CancellationHistory>> {
            return std::unique_ptr<CancellationHistory>(new WatchedHistory(&book));
        }};
        SubscriptionCancelService service{&backends, &writer, &orders,
                                          AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s}};
    };

    // A FlexPortal order no test has had, with at least `active` active subscriptions, as the list
    // holds it; `ids` gets the first `active` of them.
    Order takeOrder(int active, QStringList* ids)
    {
        const QString account = m_sandbox->account(FP).id;
        for (const QString& orderId : server()->orderIds(FP)) {
            if (m_takenOrders.contains(orderId))
                continue;
            Order order = m_sandbox->serverOrder(FP, orderId);
            QStringList activeIds;
            for (const OrderSubscription& s : subscriptionsOf(order)) {
                if (server()->subscriptionStatus(s.id) == u"active" && server()->subscriptionCancelRequests(s.id) == 0)
                    activeIds << s.id;
            }
            if (activeIds.size() < active)
                continue;
            m_takenOrders.insert(orderId);
            order.accountId = account;
            *ids = activeIds.mid(0, active);
            return order;
        }
        return {};
    }

    static SubscriptionCancelRun waitForRun(QSignalSpy& finished)
    {
        [&] { QVERIFY(finished.count() > 0 || finished.wait(30000)); }();
        return finished.isEmpty() ? SubscriptionCancelRun{} : finished.first().at(0).value<SubscriptionCancelRun>();
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 400;
        config.offerGridOrders = 5;
        m_sandbox = std::make_unique<SandboxClient>(config);
        QVERIFY(m_sandbox->isRunning());
    }

    void cleanup() { server()->setFaults(FP, {}); }

    void submit_threeSubscriptions_eachWrittenFirstThenSentThenCompleted_oneAtATime()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(3, &ids);
        QCOMPARE(ids.size(), 3);
        desk.book.watched = ids;
        // Slow answers: a second request sent before the first's answer would show.
        SandboxFaults slow;
        slow.latencyMs = 150;
        server()->setFaults(FP, slow);
        const int requestsBefore = server()->requestCount(FP);
        QSignalSpy started(&desk.service, &SubscriptionCancelService::subscriptionStarted);
        QSignalSpy each(&desk.service, &SubscriptionCancelService::subscriptionFinished);
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);

        const QString notes = u"Customer moved abroad — «final» 🙂"_s;
        QVERIFY(!desk.service.submit(order, ids, Reason::PaymentFailure, notes));
        QVERIFY(desk.service.isRunning(order.accountId, order.id));
        // A second run of the same order is refused while this one runs.
        QVERIFY(desk.service.submit(order, ids.mid(0, 1), Reason::Other, {}).has_value());
        const SubscriptionCancelRun run = waitForRun(finished);
        QVERIFY(!desk.service.isRunning(order.accountId, order.id));

        // Pending, outcome, pending, outcome, ...: each entry before its request, the next one only
        // once the previous outcome is written.
        const QList<Write> writes = desk.book.snapshot();
        QCOMPARE(writes.size(), 6);
        for (int i = 0; i < 3; ++i) {
            const Write& pending = writes.at(2 * i);
            const Write& done = writes.at(2 * i + 1);
            QVERIFY(pending.pending);
            QVERIFY(!done.pending);
            QCOMPARE(pending.attempt.subscriptionId, ids.at(i));
            QCOMPARE(done.attempt.subscriptionId, ids.at(i));
            for (int j = 0; j < 3; ++j) {
                QCOMPARE(pending.requestsSeen.value(ids.at(j)), j < i ? 1 : 0); // not yet sent
                QCOMPARE(done.requestsSeen.value(ids.at(j)), j <= i ? 1 : 0);   // sent once, the next not yet
            }
            QCOMPARE(pending.attempt.kind, u"subscription"_s);
            QCOMPARE(pending.attempt.orderId, order.id);
            QCOMPARE(pending.attempt.accountId, order.accountId);
            QCOMPARE(pending.attempt.reasonPreset, u"payment_failure"_s);
            QCOMPARE(pending.attempt.notes, notes);
            QCOMPARE(pending.attempt.agent, u"Test Agent"_s);
            QCOMPARE(done.attempt.outcome, u"cancelled"_s);
            QCOMPARE(done.attempt.httpStatus, 200);
            QVERIFY(!done.attempt.assetSerial.isEmpty());
            QCOMPARE(done.attempt.assetSerial, server()->subscription(ids.at(i))->assetSerialNumber);
            QVERIFY(!done.attempt.platformMessage.isEmpty());
            // What FlexPortal received.
            const auto body = server()->lastSubscriptionCancel(ids.at(i));
            QVERIFY(body);
            QCOMPARE(body->reason, u"payment_failure"_s);
            QCOMPARE(body->notes, notes);
            QCOMPARE(body->rentalId, ids.at(i));
            QCOMPARE(server()->subscriptionStatus(ids.at(i)), u"cancelled"_s);
        }
        QCOMPARE(started.size(), 3);
        QCOMPARE(each.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto outcome = each.at(i).at(2).value<SubscriptionCancelOutcome>();
            QCOMPARE(outcome.subscriptionId, ids.at(i));
            QCOMPARE(outcome.kind, Kind::Cancelled);
        }
        QCOMPARE(run.outcomes.size(), 3);
        QVERIFY(run.notSent.isEmpty());
        QVERIFY(!run.stopped);
        QVERIFY(run.allSettled());
        QVERIFY(!run.refreshError);
        // Three cancels and one read of the order: no request twice, nothing else.
        QCOMPARE(server()->requestCount(FP), requestsBefore + 4);
    }

    void submit_endOfRun_readsTheOrderAgainIntoTheList()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(1, &ids);
        QVERIFY(!order.id.isEmpty());
        // The list holds an older copy that says something else.
        Order stale = order;
        stale.status = u"confirmed"_s;
        stale.updatedAt = order.updatedAt.addDays(-1);
        desk.orders.upsertOrder(stale);
        const int row = desk.orders.rowOf(order.accountId, order.id);
        QVERIFY(row >= 0);
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        QVERIFY(!desk.service.submit(stale, ids, Reason::CustomerRequest, {}));
        const SubscriptionCancelRun run = waitForRun(finished);
        QVERIFY(!run.refreshError);
        QCOMPARE(desk.orders.orderAt(row).status, order.status); // as FlexPortal holds it now
        QVERIFY(desk.book.snapshot().first().attempt.notes.isEmpty());
        QVERIFY(!server()->lastSubscriptionCancel(ids.first())->notes); // no notes: the field is left out
    }

    void submit_historyRefusesTheEntry_sendsNothing_data()
    {
        QTest::addColumn<int>("refuseFrom");
        QTest::newRow("the first entry") << 0;
        QTest::newRow("the second entry") << 1;
    }
    void submit_historyRefusesTheEntry_sendsNothing()
    {
        QFETCH(int, refuseFrom);
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(3, &ids);
        QCOMPARE(ids.size(), 3);
        desk.book.refusePendingFrom = refuseFrom;
        QSignalSpy historyFailed(&desk.service, &SubscriptionCancelService::historyFailed);
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        QVERIFY(!desk.service.submit(order, ids, Reason::Fraud, u"x"_s));
        const SubscriptionCancelRun run = waitForRun(finished);

        QCOMPARE(historyFailed.size(), 1);
        QVERIFY(historyFailed.first().at(0).value<ApiError>().message.contains(u"the disk is full"_s));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(server()->subscriptionCancelRequests(ids.at(i)), i < refuseFrom ? 1 : 0);
        QCOMPARE(run.outcomes.size(), refuseFrom + 1);
        const SubscriptionCancelOutcome& refused = run.outcomes.last();
        QCOMPARE(refused.subscriptionId, ids.at(refuseFrom));
        QCOMPARE(refused.kind, Kind::Failed);
        QVERIFY(!refused.requestSent);
        QVERIFY2(refused.summary().contains(u"was not sent"_s), qPrintable(refused.summary()));
        QCOMPARE(run.notSent, ids.mid(refuseFrom + 1));
        QVERIFY(run.stopped);
        QVERIFY(!run.allSettled());
    }

    void stop_midRun_finishesTheRequestInFlightAndSendsNoMore()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(3, &ids);
        QCOMPARE(ids.size(), 3);
        SandboxFaults slow;
        slow.latencyMs = 300;
        server()->setFaults(FP, slow);
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        // The agent presses Stop while the first request is out.
        connect(
            &desk.service, &SubscriptionCancelService::subscriptionStarted, this,
            [&desk, &order] { desk.service.stop(order.accountId, order.id); }, Qt::SingleShotConnection);
        QVERIFY(!desk.service.submit(order, ids, Reason::AdminDecision, {}));
        const SubscriptionCancelRun run = waitForRun(finished);

        QCOMPARE(run.outcomes.size(), 1);
        QCOMPARE(run.outcomes.first().kind, Kind::Cancelled); // its answer was waited for
        QCOMPARE(run.notSent, ids.mid(1));
        QVERIFY(run.stopped);
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(0)), 1);
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(1)), 0);
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(2)), 0);
        const QList<Write> writes = desk.book.snapshot();
        QCOMPARE(writes.size(), 2); // the first's entry and outcome; none for those never attempted
        QCOMPARE(writes.at(1).attempt.outcome, u"cancelled"_s);
    }

    void lostReply_isUnknownAndNeverSentAgain()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(2, &ids);
        QCOMPARE(ids.size(), 2);
        SandboxFaults drop;
        drop.dropAfterCancel = 1; // the first cancel is applied, then the connection closes unanswered
        server()->setFaults(FP, drop);
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        QVERIFY(!desk.service.submit(order, ids, Reason::CustomerRequest, {}));
        const SubscriptionCancelRun run = waitForRun(finished);

        QCOMPARE(run.outcomes.size(), 2);
        QCOMPARE(run.outcomes.at(0).kind, Kind::Unknown);
        QVERIFY(run.outcomes.at(0).requestSent);
        QCOMPARE(run.outcomes.at(1).kind, Kind::Cancelled); // the next one still goes, once
        QVERIFY(!run.allSettled());
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(0)), 1); // never re-sent
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(1)), 1);
        QCOMPARE(server()->subscriptionStatus(ids.at(0)), u"cancelled"_s); // it did go through
        const QList<Write> writes = desk.book.snapshot();
        QCOMPARE(writes.at(1).attempt.outcome, u"unknown"_s);
        QCOMPARE(writes.at(1).attempt.subscriptionId, ids.at(0));
    }

    void alreadyCancelledAndAlreadyEnded_areSettledNotFailures()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(2, &ids);
        QCOMPARE(ids.size(), 2);
        QVERIFY(server()->setSubscriptionStatus(ids.at(0), u"cancelled"_s));
        QVERIFY(server()->setSubscriptionStatus(ids.at(1), u"ended_completed"_s));
        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        QVERIFY(!desk.service.submit(order, ids, Reason::Other, u"tidy up"_s));
        const SubscriptionCancelRun run = waitForRun(finished);
        QCOMPARE(run.outcomes.size(), 2);
        QCOMPARE(run.outcomes.at(0).kind, Kind::AlreadyCancelled);
        QCOMPARE(run.outcomes.at(1).kind, Kind::AlreadyEnded);
        QVERIFY(run.allSettled());
        const QList<Write> writes = desk.book.snapshot();
        QCOMPARE(writes.at(1).attempt.outcome, u"already-cancelled"_s);
        QCOMPARE(writes.at(3).attempt.outcome, u"already-ended"_s);
    }

    void submit_refusesWhatMayNotStart_andSendsNothing()
    {
        Desk desk(m_sandbox.get());
        QStringList ids;
        const Order order = takeOrder(2, &ids);
        QCOMPARE(ids.size(), 2);
        const int requestsBefore = server()->requestCount(FP);
        QSignalSpy started(&desk.service, &SubscriptionCancelService::runStarted);

        QVERIFY(desk.service.submit(order, {}, Reason::Other, {}).has_value());
        const auto foreign = desk.service.submit(order, {u"sub_not_of_this_order"_s}, Reason::Other, {});
        QVERIFY(foreign);
        QVERIFY2(foreign->message.contains(u"sub_not_of_this_order"_s), qPrintable(foreign->message));
        QVERIFY(desk.service.submit(order, {ids.at(0), ids.at(0)}, Reason::Other, {}).has_value());
        const auto tooLong = desk.service.submit(order, ids, Reason::Other, QString(1001, u'n'));
        QVERIFY(tooLong);
        QVERIFY2(tooLong->message.contains(u"1000"_s), qPrintable(tooLong->message));
        // Exactly 1000 fits: this one runs.
        QVERIFY(!desk.service.submit(order, ids.mid(0, 1), Reason::Other, QString(1000, u'n')));
        Order offerGrid = order;
        offerGrid.platform = Platform::OfferGrid;
        offerGrid.id = u"og-1"_s;
        QVERIFY(desk.service.submit(offerGrid, ids, Reason::Other, {}).has_value());
        Order otherAccount = order;
        otherAccount.accountId = u"gone"_s;
        QVERIFY(desk.service.submit(otherAccount, ids, Reason::Other, {}).has_value());

        QSignalSpy finished(&desk.service, &SubscriptionCancelService::runFinished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1); // only the one that fit
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(0)), 1);
        QCOMPARE(server()->subscriptionCancelRequests(ids.at(1)), 0);
        QCOMPARE(server()->requestCount(FP), requestsBefore + 2); // that cancel and its read of the order
    }

    void subscriptionsOf_linesThenTheOrdersOwnIds_eachOnce()
    {
        Order order;
        order.platform = Platform::FlexPortal;
        OrderLine a;
        a.sku = u"SKU-A"_s;
        a.productName = u"Laptop"_s;
        a.rentalIds = {u"r1"_s, u"r2"_s};
        OrderLine b;
        b.sku = u"SKU-B"_s;
        b.productName = u"Phone"_s;
        b.rentalIds = {u"r3"_s};
        order.lines = {a, b};
        order.rentalIds = {u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s};
        const QList<OrderSubscription> subs = subscriptionsOf(order);
        QCOMPARE(subs.size(), 4);
        QCOMPARE(subs.at(0).id, u"r1"_s);
        QCOMPARE(subs.at(0).sku, u"SKU-A"_s);
        QCOMPARE(subs.at(2).productName, u"Phone"_s);
        QCOMPARE(subs.at(3).id, u"r4"_s);
        QCOMPARE(subs.at(3).sku, QString());
        order.platform = Platform::OfferGrid;
        QVERIFY(subscriptionsOf(order).isEmpty());

        CancelAttempt older;
        older.kind = u"subscription"_s;
        older.subscriptionId = u"r1"_s;
        older.outcome = u"unknown"_s;
        CancelAttempt newer = older;
        newer.outcome = u"already-cancelled"_s;
        CancelAttempt orderCancel;
        orderCancel.outcome = u"refused"_s;
        const auto latest = latestSubscriptionAttempts({newer, orderCancel, older});
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.value(u"r1"_s).outcome, u"already-cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionCancelService)
#include "tst_subscriptioncancelservice.moc"
