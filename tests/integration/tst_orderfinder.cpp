// Find by id against the sandbox on loopback: every enabled account is asked with a GET by id, the
// order goes into the list model at once, an account that cannot be asked is told apart from one
// that has no such order, lookups for the same id are asked once, a newer lookup supersedes an
// older one, and a lookup whose jobs are stopped because the accounts changed still ends, once.
#include "api/backendfactory.h"
#include "itemmodels/orderlistmodel.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/orderfinder.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The services the composition root would make for find by id, on their own model.
struct Finder
{
    BackendRegistry backends;
    OrderListModel model;
    OrderFinder finder{&backends, &model};
    QSignalSpy started{&finder, &OrderFinder::lookupStarted};
    QSignalSpy found{&finder, &OrderFinder::found};
    QSignalSpy notFound{&finder, &OrderFinder::notFound};

    Order foundOrder(int i = 0) const { return found.at(i).at(0).value<Order>(); }
    OrderMiss miss(int i = 0) const { return notFound.at(i).at(0).value<OrderMiss>(); }
};

} // namespace

class TestOrderFinder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxClient> m_client;

    SandboxServer* server() const { return m_client->server(); }
    void addBoth(Finder& f)
    {
        f.backends.add(m_client->backend(Platform::FlexPortal));
        f.backends.add(m_client->backend(Platform::OfferGrid));
    }
    QString accountId(Platform p) const { return m_client->account(p).id; }
    QString lastId(Platform p) const { return server()->orderIds(p).constLast(); }
    void slowDown(int latencyMs)
    {
        SandboxFaults slow;
        slow.latencyMs = latencyMs;
        server()->setFaults(Platform::FlexPortal, slow);
        server()->setFaults(Platform::OfferGrid, slow);
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 300;
        config.offerGridOrders = 100;
        m_client = std::make_unique<SandboxClient>(config);
        QVERIFY(m_client->isRunning());
    }

    void cleanup()
    {
        server()->setFaults(Platform::FlexPortal, {});
        server()->setFaults(Platform::OfferGrid, {});
    }

    void find_orderOnTheSecondAccountOnly_isFoundThereAndPutIntoTheList()
    {
        Finder f;
        addBoth(f);
        const QString id = lastId(Platform::OfferGrid);
        const int fpBefore = server()->requestCount(Platform::FlexPortal);
        const int ogBefore = server()->requestCount(Platform::OfferGrid);
        f.finder.find(u"  "_s + id + u"\t"_s); // pasted with blanks around it
        QCOMPARE(f.started.count(), 1);
        QCOMPARE(f.started.at(0).at(1).toInt(), 2); // both accounts asked
        QVERIFY(f.found.wait(10000));
        QCOMPARE(f.foundOrder().id, id);
        QCOMPARE(f.foundOrder().accountId, accountId(Platform::OfferGrid));
        // In the list model by the time found() is heard, with its account.
        QCOMPARE(f.model.rowCount(), 1);
        QVERIFY(f.model.rowOf(accountId(Platform::OfferGrid), id) >= 0);
        QTRY_VERIFY(!f.finder.isLooking()); // FlexPortal's "no such order" came too
        QCOMPARE(f.notFound.count(), 0);
        QCOMPARE(f.found.count(), 1);
        QCOMPARE(server()->requestCount(Platform::FlexPortal) - fpBefore, 1);
        QCOMPARE(server()->requestCount(Platform::OfferGrid) - ogBefore, 1);
    }

    void find_idsWithReservedCharacters_areAskedForExactly_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id :
             {u"ord/2024/001"_s, u"ord#42"_s, u"ord%20literal"_s, u"ord?x=1"_s, u"ordé-ü-東京"_s, u"ord with space"_s})
            QTest::newRow(qPrintable(id)) << id;
    }

    void find_idsWithReservedCharacters_areAskedForExactly()
    {
        QFETCH(QString, id);
        QVERIFY(server()->orderIds(Platform::FlexPortal).contains(id));
        Finder f;
        addBoth(f);
        f.finder.find(id);
        QVERIFY(f.found.wait(10000));
        QCOMPARE(f.foundOrder().id, id);
        QCOMPARE(f.foundOrder().accountId, accountId(Platform::FlexPortal));
    }

    void find_unknownId_saysNoAccountHasIt()
    {
        Finder f;
        addBoth(f);
        f.finder.find(u"ord_nosuchorder1"_s);
        QVERIFY(f.notFound.wait(10000));
        const OrderMiss miss = f.miss();
        QCOMPARE(miss.id, u"ord_nosuchorder1"_s);
        QCOMPARE(miss.answeredNo.size(), 2);
        QVERIFY(miss.problems.isEmpty());
        const QString words = miss.summary();
        QVERIFY2(words.contains(u"ord_nosuchorder1"_s) && words.contains(u"was not found"_s), qPrintable(words));
        QVERIFY2(words.contains(accountId(Platform::FlexPortal)) && words.contains(accountId(Platform::OfferGrid)),
                 qPrintable(words));
        QCOMPARE(f.found.count(), 0);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.finder.isLooking());
    }

    void find_oneAccountUnreachable_isToldAsANetworkFailureNotAsNotFound()
    {
        // An address nothing listens on: the connection is refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        Account unreachable = m_client->account(Platform::OfferGrid);
        unreachable.id = u"og-unreachable"_s;
        unreachable.displayName = u"OfferGrid far away"_s;
        unreachable.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
        Finder f;
        f.backends.add(m_client->backend(Platform::FlexPortal));
        f.backends.add(createBackend(unreachable, server()->config().credentials.offerGridKey, m_client->network(),
                                     SandboxClient::fastSettings()));

        f.finder.find(u"ord_nosuchorder2"_s);
        QVERIFY(f.notFound.wait(20000));
        const OrderMiss miss = f.miss();
        QCOMPARE(miss.answeredNo, QStringList{accountId(Platform::FlexPortal)});
        QCOMPARE(miss.problems.size(), 1);
        QCOMPARE(miss.problems.first().accountId, u"og-unreachable"_s);
        QCOMPARE(miss.problems.first().error.kind, ApiError::Kind::Network);
        const QString words = miss.summary();
        QVERIFY2(!words.contains(u"was not found"_s), qPrintable(words));
        QVERIFY2(words.contains(u"OfferGrid far away could not be asked"_s), qPrintable(words));
        QVERIFY2(words.contains(u"could not be reached"_s), qPrintable(words));

        // The failing account does not hide an order the other one has.
        f.finder.find(lastId(Platform::FlexPortal));
        QVERIFY(f.found.wait(20000));
        QCOMPARE(f.foundOrder().id, lastId(Platform::FlexPortal));
    }

    void find_oneAccountAnswering503_isToldAsTheServersProblem()
    {
        SandboxFaults failing;
        failing.serverErrors = 1000; // every try of every request
        server()->setFaults(Platform::OfferGrid, failing);
        Finder f;
        addBoth(f);
        f.finder.find(u"ord_nosuchorder3"_s);
        QVERIFY(f.notFound.wait(20000));
        const OrderMiss miss = f.miss();
        QCOMPARE(miss.problems.size(), 1);
        QCOMPARE(miss.problems.first().accountId, accountId(Platform::OfferGrid));
        QCOMPARE(miss.problems.first().error.kind, ApiError::Kind::Server);
        QVERIFY2(miss.summary().contains(u"internal problem"_s), qPrintable(miss.summary()));
        QVERIFY2(!miss.summary().contains(u"was not found"_s), qPrintable(miss.summary()));
    }

    void find_sameIdWhileItIsBeingLookedFor_isAskedOnce()
    {
        slowDown(300);
        Finder f;
        addBoth(f);
        const QString id = lastId(Platform::FlexPortal);
        const int fpBefore = server()->requestCount(Platform::FlexPortal);
        const int ogBefore = server()->requestCount(Platform::OfferGrid);
        f.finder.find(id);
        f.finder.find(id);
        f.finder.find(u" "_s + id); // the same id pasted again
        QCOMPARE(f.started.count(), 1);
        QVERIFY(f.found.wait(10000));
        QTRY_VERIFY(!f.finder.isLooking());
        QCOMPARE(f.found.count(), 1);
        QCOMPARE(f.foundOrder().id, id);
        QCOMPARE(server()->requestCount(Platform::FlexPortal) - fpBefore, 1);
        QCOMPARE(server()->requestCount(Platform::OfferGrid) - ogBefore, 1);
        // Found, it is loaded now: asking again answers at once, without a request.
        f.finder.find(id);
        QCOMPARE(f.found.count(), 2);
        QCOMPARE(server()->requestCount(Platform::FlexPortal) - fpBefore, 1);
    }

    void find_anotherIdWhileOneIsBeingLookedFor_supersedesIt()
    {
        slowDown(300);
        Finder f;
        addBoth(f);
        const QString older = lastId(Platform::FlexPortal);
        const QString newer = lastId(Platform::OfferGrid);
        f.finder.find(older);
        QVERIFY(f.finder.isLooking());
        f.finder.find(newer);
        QCOMPARE(f.finder.currentId(), newer);
        QVERIFY(f.found.wait(10000));
        QCOMPARE(f.foundOrder().id, newer);
        QTRY_VERIFY(!f.finder.isLooking());
        // The older lookup's requests were stopped: it says nothing and puts nothing into the list.
        QCOMPARE(f.found.count(), 1);
        QCOMPARE(f.notFound.count(), 0);
        QCOMPARE(f.model.rowOf(accountId(Platform::FlexPortal), older), -1);
        QCOMPARE(f.model.rowCount(), 1);
    }

    void find_accountsChangedWhileLooking_endsOnceWithTheStoppedAccounts()
    {
        slowDown(30000); // the answers would come long after the change
        Finder f;
        addBoth(f);
        f.finder.find(lastId(Platform::FlexPortal));
        QCOMPARE(f.started.count(), 1);
        f.backends.clear(); // what AccountsService does when the accounts change: every job stops
        QCOMPARE(f.notFound.count(), 1);
        QVERIFY(!f.finder.isLooking());
        const OrderMiss miss = f.miss();
        QCOMPARE(miss.problems.size(), 2);
        for (const LookupProblem& p : miss.problems) {
            QCOMPARE(p.error.kind, ApiError::Kind::Aborted);
            QVERIFY2(p.error.message.contains(u"accounts"_s), qPrintable(p.error.message));
        }
        QVERIFY(miss.answeredNo.isEmpty());
        QCOMPARE(f.found.count(), 0);

        // The new accounts work as before.
        server()->setFaults(Platform::FlexPortal, {});
        server()->setFaults(Platform::OfferGrid, {});
        addBoth(f);
        f.finder.find(lastId(Platform::FlexPortal));
        QVERIFY(f.found.wait(10000));
        QCOMPARE(f.notFound.count(), 1);
    }

    void find_stopped_saysNothingMore()
    {
        slowDown(300);
        Finder f;
        addBoth(f);
        f.finder.find(lastId(Platform::FlexPortal));
        f.finder.stop();
        QVERIFY(!f.finder.isLooking());
        // Whatever was in flight was stopped; a later lookup's answer is the only one heard.
        f.finder.find(lastId(Platform::OfferGrid));
        QVERIFY(f.found.wait(10000));
        QTRY_VERIFY(!f.finder.isLooking());
        QCOMPARE(f.found.count(), 1);
        QCOMPARE(f.notFound.count(), 0);
    }

    void find_loadedOrder_answersAtOnceWithoutAsking()
    {
        Finder f;
        addBoth(f);
        Order loaded = m_client->serverOrder(Platform::FlexPortal, lastId(Platform::FlexPortal));
        loaded.accountId = accountId(Platform::FlexPortal);
        f.model.upsertOrder(loaded);
        const int fpBefore = server()->requestCount(Platform::FlexPortal);
        const int ogBefore = server()->requestCount(Platform::OfferGrid);
        f.finder.find(loaded.id);
        QCOMPARE(f.found.count(), 1);
        QCOMPARE(f.foundOrder().id, loaded.id);
        QCOMPARE(f.started.count(), 0);
        QVERIFY(!f.finder.isLooking());
        QCOMPARE(server()->requestCount(Platform::FlexPortal), fpBefore);
        QCOMPARE(server()->requestCount(Platform::OfferGrid), ogBefore);
    }

    void find_disabledAccount_isNotAsked()
    {
        Account off = m_client->account(Platform::FlexPortal);
        off.enabled = false;
        Finder f;
        f.backends.add(createBackend(off, server()->config().credentials.flexPortalKey, m_client->network(),
                                     SandboxClient::fastSettings()));
        f.backends.add(m_client->backend(Platform::OfferGrid));
        const int fpBefore = server()->requestCount(Platform::FlexPortal);
        f.finder.find(lastId(Platform::FlexPortal));
        QCOMPARE(f.started.at(0).at(1).toInt(), 1);
        QVERIFY(f.notFound.wait(10000));
        QCOMPARE(f.miss().answeredNo, QStringList{accountId(Platform::OfferGrid)});
        QCOMPARE(server()->requestCount(Platform::FlexPortal), fpBefore);
    }

    void find_noAccountEnabled_saysSo()
    {
        Finder f;
        f.finder.find(u"ord_whatever1"_s);
        QCOMPARE(f.notFound.count(), 1);
        QVERIFY2(f.miss().summary().contains(u"No account is enabled"_s), qPrintable(f.miss().summary()));
    }

    void isWorthLookingUp_asksForIdsNotForNames_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("rowsShown");
        QTest::addColumn<bool>("asks");
        QTest::newRow("an id with digits, other rows match") << u"ord_4k2j9x0q1z"_s << 3 << true;
        QTest::newRow("a uuid") << u"5c2e7a9d-1b4f-4e63-8a2d-7f0e3c6b9a12"_s << 0 << true;
        QTest::newRow("a name that matches rows") << u"Müller"_s << 12 << false;
        QTest::newRow("a word nothing loaded matches") << u"ord_fifty_lines"_s << 0 << true;
        QTest::newRow("a word without digits that matches rows") << u"ord_fifty_lines"_s << 2 << false;
        QTest::newRow("an e-mail address") << u"anna1@example.org"_s << 1 << false;
        QTest::newRow("words with a digit") << u"Flat 2 Main Street"_s << 1 << false;
        QTest::newRow("too short") << u"o1"_s << 0 << false;
        QTest::newRow("blank") << u"   "_s << 0 << false;
        QTest::newRow("a loaded id") << u"ord#42"_s << 1 << false;
    }

    void isWorthLookingUp_asksForIdsNotForNames()
    {
        QFETCH(QString, term);
        QFETCH(int, rowsShown);
        QFETCH(bool, asks);
        Finder f;
        addBoth(f);
        Order loaded = m_client->serverOrder(Platform::FlexPortal, u"ord#42"_s);
        loaded.accountId = accountId(Platform::FlexPortal);
        f.model.upsertOrder(loaded);
        QCOMPARE(f.finder.isWorthLookingUp(term, rowsShown), asks);
    }
};

QTEST_GUILESS_MAIN(TestOrderFinder)
#include "tst_orderfinder.moc"
