// FlexPortal paging against a scripted server on loopback (tests/support/hostileserver.h): the
// client asks for the next page before the one it has is decoded, with the cursor that body seems
// to end with. These tests make that guess wrong, make the guessed page fail, repeat a cursor, and
// end the list while guesses are out, and check that the agent still gets every order once, in
// order, or an error in words, and that a wrong guess never stands in for the right page. (Whether
// the server reads a guess before it is dropped is up to the scheduler, so the tests judge what the
// agent gets, not the order of requests.) Every test runs twice: with the pages followed in the
// job's own thread, where pages padded past the size that decodes in place decode on the thread
// pool while the guess is out, as real pages do; and in a paging thread as the application does it
// (NetworkThread), which decodes each page itself while the guess is out, and where pages the job no
// longer wants may already be on their way to it.
#include "api/backendfactory.h"
#include "api/flexportal/flexportalpager.h"
#include "api/networkthread.h"
#include "api/orderbackend.h"
#include "hostileserver.h"
#include "jobresults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

using Reply = HostileServer::Reply;

namespace {

QJsonObject orderJson(int n)
{
    static const QString padding(4000, u'x');
    return QJsonObject{{u"orderId"_s, u"ord_%1"_s.arg(n, 4, 10, QChar(u'0'))},
                       {u"status"_s, u"pending"_s},
                       {u"trackingNumber"_s, padding},
                       {u"customer"_s, QJsonObject{{u"firstName"_s, u"Kim"_s}, {u"lastName"_s, u"No %1"_s.arg(n)}}},
                       {u"items"_s, QJsonArray{}},
                       {u"createdAt"_s, u"2026-11-20T08:00:00Z"_s}};
}

// Page `index` of `pages`, 10 orders each. Its cursor is "c<index + 1>"; `decoy` puts another
// "nextCursor" after the real one, inside the last order, so a look at the body's end guesses it.
QByteArray page(int index, int pages, const QString& decoy = {}, const QString& cursorOverride = {})
{
    QJsonArray orders;
    for (int n = index * 10; n < index * 10 + 10; ++n)
        orders.append(orderJson(n));
    const bool more = index + 1 < pages;
    const QString cursor = !cursorOverride.isEmpty() ? cursorOverride : more ? u"c%1"_s.arg(index + 1) : QString();
    QByteArray body = QJsonDocument(QJsonObject{{u"count"_s, 10}, {u"hasMore"_s, more}}).toJson(QJsonDocument::Compact);
    body.chop(1);
    body += ",\"nextCursor\":" + (cursor.isEmpty() ? QByteArray("null") : '"' + cursor.toUtf8() + '"');
    const QJsonObject last = orders.last().toObject();
    orders.removeLast();
    QByteArray ordersText = QJsonDocument(orders).toJson(QJsonDocument::Compact);
    ordersText.chop(1);
    QByteArray lastText = QJsonDocument(last).toJson(QJsonDocument::Compact);
    if (!decoy.isEmpty()) {
        lastText.chop(1);
        lastText += ",\"nextCursor\":\"" + decoy.toUtf8() + "\"}"; // an unknown field the decoder skips
    }
    body += ",\"orders\":" + ordersText + (orders.isEmpty() ? "" : ",") + lastText + "]}";
    return body;
}

QString startAfter(const ReceivedRequest& request)
{
    return QUrlQuery(QUrl(QString::fromUtf8(request.target)).query()).queryItemValue(u"startAfter"_s);
}

int pageIndexOf(const QString& cursor) // "" -> 0, "c3" -> 3, anything else -> -1
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const int i = cursor.mid(1).toInt(&ok);
    return cursor.startsWith(u'c') && ok ? i : -1;
}

Reply answer(QByteArray body, int status = 200)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Reply unknownCursor()
{
    return answer(R"({"error":{"code":"VALIDATION_ERROR","message":"Unknown cursor"}})", 400);
}

// A server that answers each of `pages` plain pages at once, and refuses any other cursor.
HostileServer::Script plainPages(int pages)
{
    return [pages](const ReceivedRequest& r) {
        const int i = pageIndexOf(startAfter(r));
        return i >= 0 && i < pages ? answer(page(i, pages)) : unknownCursor();
    };
}

QStringList idsOf(const QList<Order>& orders)
{
    QStringList ids;
    for (const Order& o : orders)
        ids << o.id;
    return ids;
}

QStringList expectedIds(int pages)
{
    QStringList ids;
    for (int n = 0; n < pages * 10; ++n)
        ids << u"ord_%1"_s.arg(n, 4, 10, QChar(u'0'));
    return ids;
}

} // namespace

class TestFlexPortalPaging : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    NetworkThread m_paging; // outlives every backend of a test
    QThreadPool m_workers;  // decodes the pages of lists paged in the job's thread

    std::unique_ptr<OrderBackend> backend(const HostileServer& server)
    {
        Account a;
        a.platform = Platform::FlexPortal;
        a.id = u"paging"_s;
        a.displayName = a.id;
        a.baseUrl = server.url();
        a.region = u"custom"_s;
        a.tenantId = u"tenant"_s;
        TransportSettings s;
        s.timeoutMs = 5000;
        s.backoffBaseMs = 10;
        s.backoffCapMs = 50;
        s.http2 = false;
        QFETCH_GLOBAL(bool, pagingThread);
        return createBackend(a, u"key"_s, &m_network, s, pagingThread ? &m_paging : nullptr, &m_workers);
    }

    // Returns once the paging thread has handled every event posted to it so far (the deletion of
    // a pager its job let go of, among them).
    void settlePagingThread()
    {
        QMetaObject::invokeMethod(
            m_paging.manager(), [] {}, Qt::BlockingQueuedConnection);
    }

    // Lists every order `server` has, waiting (on the job's signals) until the job ends.
    std::shared_ptr<ListResult> listAll(const HostileServer& server)
    {
        const std::unique_ptr<OrderBackend> b = backend(server);
        const auto result = collect(b->listOrders());
        waitUntilFinished(result);
        return result;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("pagingThread");
        QTest::newRow("in the job's thread") << false;
        QTest::newRow("in a paging thread") << true;
    }

    void plainPages_everyOrderOnceInOrder_eachPageAskedOnce()
    {
        constexpr int Pages = 12;
        HostileServer server(plainPages(Pages));
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY2(!result->error, qPrintable(result->error ? result->error->message : QString()));
        QCOMPARE(idsOf(result->orders), expectedIds(Pages));
        QCOMPARE(result->pages, Pages);
        QCOMPARE(server.requestCount("GET"), Pages); // every guess was right: nothing asked twice
    }

    void pages_reachTheReceiverInTheJobsThread()
    {
        constexpr int Pages = 6;
        HostileServer server(plainPages(Pages));
        QVERIFY(server.start());
        const std::unique_ptr<OrderBackend> b = backend(server);
        ListOrdersJob* job = b->listOrders();
        QList<QThread*> threads;
        connect(
            job, &ListOrdersJob::pageReceived, job, [&threads] { threads << QThread::currentThread(); },
            Qt::DirectConnection);
        const auto result = collect(job);
        QVERIFY(waitUntilFinished(result));
        QVERIFY(!result->error);
        QCOMPARE(threads, QList<QThread*>(Pages, QThread::currentThread()));
    }

    void abortAfterFirstPage_laterPagesOnTheirWayAreNotDelivered()
    {
        // The server answers at once, so a paging thread has several pages decoded and on their way
        // to the job before it hears that the receiver has had enough.
        constexpr int Pages = 200;
        HostileServer server(plainPages(Pages));
        QVERIFY(server.start());
        const std::unique_ptr<OrderBackend> b = backend(server);
        ListOrdersJob* job = b->listOrders();
        const auto result = collect(job);
        connect(job, &ListOrdersJob::pageReceived, job, [job] { job->abort(); });
        QVERIFY(waitUntilFinished(result));
        QCOMPARE(result->pages, 1);
        QCOMPARE(idsOf(result->orders), expectedIds(1));
        QCOMPARE(result->error->kind, ApiError::Kind::Aborted);
        QCOMPARE(result->finishedCount, 1);
        settlePagingThread(); // the pager is deleted: it follows no more cursors
        QCoreApplication::processEvents();
        QVERIFY2(server.requestCount("GET") < Pages, qPrintable(QString::number(server.requestCount("GET"))));
    }

    void backendDeletedMidList_theListFinishesStoppedAndFollowsNoMorePages()
    {
        // An account removed while its list loads: the job finishes, stopped, before it goes with its
        // backend, and the pages still being followed go nowhere (under ASan, nothing may touch the
        // deleted backend).
        constexpr int Pages = 200;
        HostileServer server(plainPages(Pages));
        QVERIFY(server.start());
        std::unique_ptr<OrderBackend> b = backend(server);
        const auto result = collect(b->listOrders());
        QTRY_VERIFY(result->pages >= 1);
        b.reset();
        settlePagingThread();
        const int asked = server.requestCount("GET");
        QVERIFY2(asked < Pages, qPrintable(QString::number(asked)));
        QVERIFY(result->finished); // whoever waits for it hears that it ended
        QCOMPARE(result->finishedCount, 1);
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ApiError::Kind::Aborted);
        QVERIFY(result->pages < Pages);
    }

    void misleadingBodyEnd_wrongGuessIsDroppedAndTheRightPageAsked()
    {
        // Every page's body ends with a decoy "nextCursor"; the server refuses the decoy cursor,
        // as FlexPortal refuses a cursor it never gave.
        constexpr int Pages = 6;
        HostileServer server([](const ReceivedRequest& r) {
            const int i = pageIndexOf(startAfter(r));
            return i >= 0 && i < Pages ? answer(page(i, Pages, u"decoy%1"_s.arg(i))) : unknownCursor();
        });
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY2(!result->error, qPrintable(result->error ? result->error->message : QString()));
        QCOMPARE(idsOf(result->orders), expectedIds(Pages));
        QCOMPARE(result->finishedCount, 1);
        QStringList asked;
        for (const ReceivedRequest& r : server.requests())
            asked << startAfter(r);
        for (int i = 1; i < Pages; ++i) // each right page asked for, whatever became of the guess
            QVERIFY2(asked.contains(u"c%1"_s.arg(i)), qPrintable(asked.join(u", "_s)));
    }

    void misleadingBodyEnd_guessThatTheServerAnswers_isStillNotTrusted()
    {
        // The decoy names a cursor the server does know (two pages ahead): its orders must not be
        // delivered in place of the page that really comes next.
        constexpr int Pages = 5;
        HostileServer server([](const ReceivedRequest& r) {
            const int i = pageIndexOf(startAfter(r));
            if (i < 0 || i >= Pages)
                return unknownCursor();
            return answer(page(i, Pages, i + 2 < Pages ? u"c%1"_s.arg(i + 2) : QString()));
        });
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY(!result->error);
        QCOMPARE(idsOf(result->orders), expectedIds(Pages));
    }

    void repeatedCursor_stopsWithAnErrorInsteadOfLoopingForEver()
    {
        HostileServer server([](const ReceivedRequest& r) {
            const int i = pageIndexOf(startAfter(r));
            if (i == 0)
                return answer(page(0, 10));
            if (i == 1)
                return answer(page(1, 10, {}, u"c1"_s)); // hands out its own cursor again
            return unknownCursor();
        });
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY(result->error);
        QVERIFY2(result->error->message.contains(u"repeated the page cursor"_s), qPrintable(result->error->message));
        QCOMPARE(result->orders.size(), 20); // the two pages it did send
        QCOMPARE(result->finishedCount, 1);
        QVERIFY(server.requestCount("GET") <= 2 + FlexPortalPager::MaxAhead);
    }

    void serverErrorOnAConfirmedPage_endsTheListWithThatError()
    {
        HostileServer server([](const ReceivedRequest& r) {
            const int i = pageIndexOf(startAfter(r));
            if (i == 2)
                return answer(R"({"error":{"code":"NO_TENANT_ACCESS","message":"No access"}})", 403);
            return i >= 0 && i < 5 ? answer(page(i, 5)) : unknownCursor();
        });
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY(result->error);
        QCOMPARE(result->error->kind, ApiError::Kind::Permission);
        QCOMPARE(idsOf(result->orders), expectedIds(2)); // pages 0 and 1, in order, then the error
        QCOMPARE(result->finishedCount, 1);
    }

    void lastPage_endsTheListAndNothingPastItIsDelivered()
    {
        // The last page's body still ends with a "nextCursor" (a decoy): the guess past the end is
        // dropped, and its answer, a page the server makes up, never reaches the agent.
        constexpr int Pages = 3;
        HostileServer server([](const ReceivedRequest& r) {
            const QString cursor = startAfter(r);
            if (cursor == u"beyond")
                return answer(page(7, 9));
            const int i = pageIndexOf(cursor);
            return i >= 0 && i < Pages ? answer(page(i, Pages, i == Pages - 1 ? u"beyond"_s : QString()))
                                       : unknownCursor();
        });
        QVERIFY(server.start());
        const auto result = listAll(server);
        QVERIFY(result->finished);
        QVERIFY(!result->error);
        QCOMPARE(idsOf(result->orders), expectedIds(Pages));
        QCOMPARE(result->finishedCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestFlexPortalPaging)
#include "tst_flexportalpaging.moc"
