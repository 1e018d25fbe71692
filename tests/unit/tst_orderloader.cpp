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

    ListOrdersJob* listOrders(const QString& = {}) override { return lastJob = new ScriptedListJob(this); }
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
