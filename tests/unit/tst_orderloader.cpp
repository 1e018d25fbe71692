// The order loader between list jobs and the orders model, with a scripted job in place of a
// platform (what the jobs do on the wire is for the integration tests): when pages go into the
// model, and when an account's refresh is settled.
#include "api/orderbackend.h"
#include "itemmodels/orderlistmodel.h"
#include "services/backendregistry.h"
#include "services/orderloader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// A list job the test drives by hand.
class ScriptedListJob : public ListOrdersJob
{
public:
    using ListOrdersJob::ListOrdersJob;
    void page(const QList<Order>& orders) { deliverPage(orders); }
    void succeed() { finishWithSuccess(); }
    void fail() { finishWithError(ApiError(ApiError::Kind::Network, u"the line went down"_s)); }

protected:
    void stop() override {}
};

// A backend whose lists are ScriptedListJobs; nothing of it touches a network.
class ScriptedBackend : public OrderBackend
{
public:
    explicit ScriptedBackend(const Account& account)
        : OrderBackend(account, u"key"_s, nullptr, TransportSettings{})
    {}
    QPointer<ScriptedListJob> lastJob;
    std::optional<KnownOrders> lastKnown; // what the last list was given
    int lists = 0;

    ListOrdersJob* listOrders(const QString& = {}, std::optional<KnownOrders> known = {}) override
    {
        lastKnown = std::move(known);
        ++lists;
        return lastJob = new ScriptedListJob(this);
    }
    Result<Order> decodeOrder(const QByteArray&) const override { return Result<Order>(ApiError()); }
    QByteArray orderPath(const QString&) const override { return {}; }
    QByteArray cancelPath(const QString&) const override { return {}; }
    QByteArray cancelVerb() const override { return "POST"; }
    QByteArray connectionCheckPath() const override { return {}; }

protected:
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const override { return {}; }
    ErrorBodyDecoder errorBodyDecoder() const override
    {
        return [](int, const QByteArray&) { return ApiError(); };
    }
};

QList<Order> orders(const QString& accountId, int first, int count)
{
    QList<Order> list;
    for (int n = first; n < first + count; ++n) {
        Order o;
        o.accountId = accountId;
        o.platform = Platform::FlexPortal;
        o.id = u"ord_%1"_s.arg(n);
        list << o;
    }
    return list;
}

// Orders as a list decoder given fingerprints hands them on: whole, with the fingerprint of their
// JSON, or as a marker for one listed before (api/knownorders.h).
Order printed(const QString& id, quint64 print)
{
    Order o;
    o.accountId = u"acc"_s;
    o.id = id;
    o.status = u"pending"_s;
    o.listFingerprint = print;
    return o;
}

Order marker(const QString& id, quint64 print)
{
    Order o;
    o.accountId = u"acc"_s;
    o.id = id;
    o.listFingerprint = print;
    o.unchangedSinceListed = true;
    return o;
}

} // namespace

class TestOrderLoader : public QObject
{
    Q_OBJECT

    BackendRegistry m_backends;
    QThreadPool m_workers;
    OrderListModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    ScriptedBackend* m_backend = nullptr;

private slots:
    void init()
    {
        Account a;
        a.id = u"acc"_s;
        a.platform = Platform::FlexPortal;
        a.displayName = a.id;
        auto backend = std::make_unique<ScriptedBackend>(a);
        m_backend = backend.get();
        m_backends.clear();
        m_backends.add(std::move(backend));
    }

    void firstPage_goesInAtOnce_laterPagesAreGathered()
    {
        OrderLoader loader(&m_backends, &m_model, &m_workers);
        loader.reload();
        QVERIFY(m_backend->lastJob);
        m_backend->lastJob->page(orders(u"acc"_s, 0, 10));
        QCOMPARE(m_model.rowCount(), 10); // the agent sees the first rows without waiting
        m_backend->lastJob->page(orders(u"acc"_s, 10, 10));
        QCOMPARE(m_model.rowCount(), 10); // gathered with the pages that follow it
        QTRY_COMPARE(m_model.rowCount(), 20);
        m_backend->lastJob->succeed();
    }

    void listEnds_whilePagesAreGathered_theyGoInAtTheNextTurn()
    {
        // The last pages must not wait out the gathering interval once the list has ended: the
        // load is done, in the window and for the account, as soon as the loop comes round.
        OrderLoader loader(&m_backends, &m_model, &m_workers);
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        m_backend->lastJob->page(orders(u"acc"_s, 0, 10));
        m_backend->lastJob->page(orders(u"acc"_s, 10, 10));
        m_backend->lastJob->succeed();
        QCOMPARE(finished.count(), 0);
        for (int turn = 0; turn < 3 && finished.isEmpty(); ++turn)
            QCoreApplication::processEvents(); // no waiting: a few turns of the loop, not 100 ms
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_model.rowCount(), 20);
        QVERIFY(!loader.isLoading());
    }

    // --- What each list is given of the one before (api/knownorders.h) ---

    void nextList_isGivenWhatTheLastOneListed()
    {
        OrderListModel model;
        OrderLoader loader(&m_backends, &model, &m_workers);
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        QVERIFY(!m_backend->lastKnown); // the account's first list: nothing to skip, no fingerprints
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 1);
        loader.reload();
        QVERIFY(m_backend->lastKnown && m_backend->lastKnown->isEmpty()); // fingerprints asked for, none known
        m_backend->lastJob->page({printed(u"o1"_s, 101), printed(u"o2"_s, 102), printed(u"o3"_s, 103)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 2);

        loader.reload();
        QCOMPARE(*m_backend->lastKnown, (KnownOrders{{101, u"o1"_s}, {102, u"o2"_s}, {103, u"o3"_s}}));
        // o1 and o2 as they were, o3 changed.
        m_backend->lastJob->page({marker(u"o1"_s, 101), marker(u"o2"_s, 102), printed(u"o3"_s, 203)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(loader.ordersLoaded(), 3);
        QCOMPARE(loader.ordersUnchanged(), 2);
        QCOMPARE(model.orderAt(model.rowOf(u"acc"_s, u"o1"_s)).status, u"pending"_s); // kept, not blanked

        loader.reload(); // o3's earlier fingerprint is gone, and so is o2 with the next list
        QCOMPARE(*m_backend->lastKnown, (KnownOrders{{101, u"o1"_s}, {102, u"o2"_s}, {203, u"o3"_s}}));
        m_backend->lastJob->page({marker(u"o1"_s, 101), marker(u"o3"_s, 203)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(model.rowCount(), 2);
        loader.reload();
        QCOMPARE(*m_backend->lastKnown, (KnownOrders{{101, u"o1"_s}, {203, u"o3"_s}}));
        m_backend->lastJob->succeed();
    }

    void failedList_keepsWhatItDidNotReach()
    {
        OrderListModel model;
        OrderLoader loader(&m_backends, &model, &m_workers);
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        m_backend->lastJob->page({printed(u"o1"_s, 101), printed(u"o2"_s, 102), printed(u"o3"_s, 103)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 1);

        loader.reload();
        m_backend->lastJob->page({printed(u"o1"_s, 201)}); // o1 changed, then the list broke off
        m_backend->lastJob->fail();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(model.rowCount(), 3); // the account keeps what it showed

        loader.reload(); // o1 as listed now, o2 and o3 as listed before
        QCOMPARE(*m_backend->lastKnown, (KnownOrders{{201, u"o1"_s}, {102, u"o2"_s}, {103, u"o3"_s}}));
        m_backend->lastJob->succeed();
    }

    void markerWithoutItsRow_theAccountListsAgainWhole()
    {
        OrderListModel model;
        OrderLoader loader(&m_backends, &model, &m_workers);
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        m_backend->lastJob->page({printed(u"o1"_s, 101), printed(u"o2"_s, 102)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 1);

        model.removeAccount(u"acc"_s); // rows removed behind the loader's back
        loader.reload();
        const int lists = m_backend->lists;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refresh of account acc named orders"_s));
        m_backend->lastJob->page({marker(u"o1"_s, 101), marker(u"o2"_s, 102)});
        m_backend->lastJob->succeed();
        // Before the load ends, the account is listed again, with nothing taken for shown.
        QTRY_COMPARE(m_backend->lists, lists + 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(loader.isLoading());
        QVERIFY(!m_backend->lastKnown); // every order whole
        m_backend->lastJob->page({printed(u"o1"_s, 101), printed(u"o2"_s, 102)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(model.rowCount(), 2);
    }

    void removedAccount_forgetsWhatItListed()
    {
        OrderListModel model;
        OrderLoader loader(&m_backends, &model, &m_workers);
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        m_backend->lastJob->page({printed(u"o1"_s, 101)});
        m_backend->lastJob->succeed();
        QTRY_COMPARE(finished.count(), 1);
        const Account account = m_backend->account();
        m_backends.clear(); // the account is removed: its rows go at the next refresh...
        loader.reload();
        QCOMPARE(model.rowCount(), 0);
        auto backend = std::make_unique<ScriptedBackend>(account); // ...and it is added again
        m_backend = backend.get();
        m_backends.add(std::move(backend));
        loader.reload();
        QVERIFY(!m_backend->lastKnown); // a first list again: nothing is taken for shown
        m_backend->lastJob->succeed();
    }

    void pagesInTheModel_areFreedOnTheLoadersPool()
    {
        // Freeing 50,000 orders is a stall on the GUI thread: the pool the loader was given does it.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore leave;
        pool.start([&leave] { leave.acquire(); });                       // its one thread is busy until the test says
        const auto unblock = qScopeGuard([&leave] { leave.release(); }); // also when a check fails
        OrderLoader loader(&m_backends, &m_model, &pool);
        loader.reload();
        const int rowsBefore = m_model.rowCount();
        const QList<Order> page = orders(u"acc"_s, 1000, 10);
        m_backend->lastJob->page(page); // the first page goes in at once, then to be freed
        QCOMPARE(m_model.rowCount(), rowsBefore + 10);
        QVERIFY(!page.isDetached()); // the busy pool holds the loader's share of it
        leave.release();
        pool.waitForDone();
        QVERIFY(page.isDetached()); // ... and let go of it there
        m_backend->lastJob->succeed();
    }
};

QTEST_GUILESS_MAIN(TestOrderLoader)
#include "tst_orderloader.moc"
