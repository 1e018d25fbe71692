// A refresh builds only the orders that changed (api/knownorders.h), over real HTTP against the
// sandbox: the first list of an account takes no fingerprints, the second takes them, and from the
// third on an unchanged desk reads every order as a marker and leaves every row as it was; an order cancelled meanwhile
// comes whole and shows it; after a refresh that broke off, the next one still ends with every row exactly what a desk
// reading everything would show.
#include "api/networkthread.h"
#include "fastpath.h"
#include "itemmodels/orderlistmodel.h"
#include "jobresults.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/orderloader.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int FlexPortalOrders = 350; // four pages
constexpr int OfferGridOrders = 120;

SandboxConfig config()
{
    SandboxConfig c;
    c.seed = 20261205;
    c.flexPortalOrders = FlexPortalOrders;
    c.offerGridOrders = OfferGridOrders;
    return c;
}

// Both sandbox accounts, their list model and its loader, as the composition root wires them.
struct Desk
{
    explicit Desk(SandboxClient* sandbox)
    {
        TransportSettings transport = SandboxClient::fastSettings();
        transport.maxTries = 1; // a 503 ends the list: the test breaks a refresh off on purpose
        backends.add(sandbox->backend(Platform::FlexPortal, transport, &paging));
        backends.add(sandbox->backend(Platform::OfferGrid, transport));
    }

    bool refresh()
    {
        QSignalSpy finished(&loader, &OrderLoader::finished);
        loader.reload();
        return finished.wait(30000);
    }
    // The first refresh lists whole, the second takes the fingerprints: after these, unchanged
    // orders come as markers.
    bool refreshTwice() { return refresh() && loader.ordersUnchanged() == 0 && refresh(); }

    NetworkThread paging;
    QThreadPool workers;
    BackendRegistry backends;
    OrderListModel model;
    OrderLoader loader{&backends, &model, &workers};
};

// Every row of `desk` is the very order a desk that read everything shows.
void verifySameAsReadWhole(const Desk& desk, SandboxClient* sandbox)
{
    Desk whole(sandbox);
    QVERIFY(whole.refresh());
    QCOMPARE(whole.loader.ordersUnchanged(), 0);
    QCOMPARE(desk.model.rowCount(), whole.model.rowCount());
    for (int row = 0; row < whole.model.rowCount(); ++row) {
        const Order& expected = whole.model.orderAt(row);
        const int at = desk.model.rowOf(expected.accountId, expected.id);
        QVERIFY2(at >= 0, qPrintable(expected.id));
        QVERIFY2(desk.model.orderAt(at) == expected, qPrintable(expected.id));
    }
}

} // namespace

class TestUnchangedOrders : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxClient> m_sandbox;

private slots:
    void init()
    {
        if (!haveFastPath)
            QSKIP("built without simdjson: every refresh reads every order whole");
        m_sandbox = std::make_unique<SandboxClient>(config());
        QVERIFY(m_sandbox->isRunning());
    }

    void refreshOfAnUnchangedDesk_buildsNothing_andChangesNoRow()
    {
        Desk desk(m_sandbox.get());
        QVERIFY(desk.refreshTwice());
        const int total = FlexPortalOrders + OfferGridOrders;
        QCOMPARE(desk.model.rowCount(), total);
        QCOMPARE(desk.loader.ordersUnchanged(), 0);
        std::vector<Order> before;
        for (int row = 0; row < total; ++row)
            before.push_back(desk.model.orderAt(row));

        QSignalSpy changed(&desk.model, &QAbstractItemModel::dataChanged);
        QVERIFY(desk.refresh());
        QCOMPARE(desk.loader.ordersLoaded(), total);
        QCOMPARE(desk.loader.ordersUnchanged(), total);
        QCOMPARE(desk.model.rowCount(), total);
        for (int row = 0; row < total; ++row)
            QVERIFY2(desk.model.orderAt(row) == before.at(size_t(row)), qPrintable(before.at(size_t(row)).id));
        QCOMPARE(changed.count(), 0);
    }

    void cancelledMeanwhile_comesWhole_andShowsIt()
    {
        Desk desk(m_sandbox.get());
        QVERIFY(desk.refreshTwice());
        const int total = desk.model.rowCount();
        // One order of each platform is cancelled on the platform, as a colleague would.
        QList<std::pair<Platform, QString>> cancelled;
        for (const Platform platform : {Platform::FlexPortal, Platform::OfferGrid}) {
            const QString id = m_sandbox->findOrder(platform, true);
            QVERIFY(!id.isEmpty());
            const std::unique_ptr<OrderBackend> colleague = m_sandbox->backend(platform);
            auto r = collect(colleague->cancelOrder(id, u"Customer changed their mind"_s));
            QVERIFY(waitUntilFinished(r));
            QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Cancelled);
            cancelled.append({platform, id});
        }
        QVERIFY(desk.refresh());
        QCOMPARE(desk.loader.ordersUnchanged(), total - 2);
        for (const auto& [platform, id] : std::as_const(cancelled)) {
            const Order& shown = desk.model.orderAt(desk.model.rowOf(m_sandbox->account(platform).id, id));
            QCOMPARE(shown.status, m_sandbox->serverOrder(platform, id).status);
            QCOMPARE(shown.stage(), Stage::Closed);
        }
        verifySameAsReadWhole(desk, m_sandbox.get());
    }

    void refreshThatBrokeOff_thenOneThatEnds_showsWhatIsThere()
    {
        Desk desk(m_sandbox.get());
        QVERIFY(desk.refreshTwice());
        const QString id = m_sandbox->findOrder(Platform::FlexPortal, true);
        const std::unique_ptr<OrderBackend> colleague = m_sandbox->backend(Platform::FlexPortal);
        auto r = collect(colleague->cancelOrder(id, u"Duplicate order"_s));
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Cancelled);

        // The next refresh reads the first page, then the platform fails. Each answer comes a second
        // late, so the fault is on long before the third page is asked for (the second may be out).
        SandboxFaults slow;
        slow.latencyMs = 1000;
        m_sandbox->server()->setFaults(Platform::FlexPortal, slow);
        SandboxFaults failing = slow;
        failing.serverErrors = 50;
        bool broken = false;
        QSignalSpy failed(&desk.loader, &OrderLoader::accountFailed);
        const QMetaObject::Connection breaker =
            QObject::connect(&desk.loader, &OrderLoader::progress, &desk.loader, [&](int loaded, int) {
                if (loaded > 0 && !broken) {
                    broken = true;
                    m_sandbox->server()->setFaults(Platform::FlexPortal, failing);
                }
            });
        QVERIFY(desk.refresh());
        QObject::disconnect(breaker);
        QCOMPARE(failed.count(), 1);
        QVERIFY(desk.loader.ordersLoaded() >= 100);             // pages before the fault went in...
        QVERIFY(desk.loader.ordersLoaded() < FlexPortalOrders); // ...and the list broke off
        m_sandbox->server()->setFaults(Platform::FlexPortal, {});

        QVERIFY(desk.refresh());
        QVERIFY(desk.loader.ordersUnchanged() > 0);
        verifySameAsReadWhole(desk, m_sandbox.get());
    }
};

QTEST_GUILESS_MAIN(TestUnchangedOrders)
#include "tst_unchangedorders.moc"
