// The client against servers that misbehave on purpose (tests/support/hostileserver.h, real sockets
// on loopback): bodies that never end or are huge, redirects to another host, a certificate that
// must not be trusted, and replies that drip in one byte at a time. Each test asserts what the agent
// would be told, that the request ends on its own (no hang: every wait is bounded and on a signal),
// and that the client lets go of the connection.
#include "api/backendfactory.h"
#include "api/orderbackend.h"
#include "fixtures.h"
#include "hostileserver.h"
#include "jobresults.h"
#include "tlstestserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

using Behaviour = HostileServer::Behaviour;
using Reply = HostileServer::Reply;

Q_DECLARE_METATYPE(OrderDesk::Platform)
Q_DECLARE_METATYPE(OrderDesk::Test::HostileServer::Behaviour)

namespace {
constexpr qint64 MB = 1024 * 1024;
const QString Secret = u"hostile-test-secret-key"_s;
const QString Tenant = u"hostile-test-tenant"_s;

// Short timeouts and backoff so that each test takes seconds; a small body limit unless a test
// needs the default.
TransportSettings testSettings()
{
    TransportSettings s;
    s.timeoutMs = 3000;
    s.backoffBaseMs = 10;
    s.backoffCapMs = 100;
    s.http2 = false;
    s.maxBodyBytes = 2 * MB;
    return s;
}

Reply answerWith(QByteArray body, int status = 200)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

// What a cancelled order reads like on each platform, for re-reads after a cancel.
QByteArray cancelledOrderJson(Platform platform)
{
    return fixture(platform == Platform::FlexPortal ? u"flexportal/order-status-cancelled.json"_s
                                                    : u"offergrid/order-status-cancelled.json"_s);
}

bool carriesCredentials(const ReceivedRequest& request)
{
    return request.hasHeader("authorization") || request.hasHeader("tenant-id") || request.hasHeader("x-api-key");
}
} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::unique_ptr<OrderBackend> backend(Platform platform, const QUrl& baseUrl,
                                          const TransportSettings& settings = testSettings())
    {
        Account a;
        a.platform = platform;
        a.id = u"hostile"_s;
        a.displayName = a.id;
        a.baseUrl = baseUrl;
        a.region = u"custom"_s;
        a.tenantId = platform == Platform::FlexPortal ? Tenant : QString();
        return createBackend(a, Secret, &m_network, settings);
    }

    // The request is over for the client too: it hung up on every answer it had been reading.
    static bool clientLetGo(const HostileServer& server)
    {
        return QTest::qWaitFor([&server] { return server.busyConnections() == 0; }, 5000);
    }

    static void addPlatformRows()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("flexportal") << Platform::FlexPortal;
        QTest::newRow("offergrid") << Platform::OfferGrid;
    }

private slots:
    // 1. A body that never ends, framed as chunks or not framed at all: refused once the limit
    // (2 MB here) is passed, not buffered until memory runs out, and not retried.
    void listOrders_endlessBody_endsAsTooLargeOncePastTheLimit_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<Behaviour>("behaviour");
        QTest::newRow("flexportal chunked") << Platform::FlexPortal << Behaviour::EndlessChunked;
        QTest::newRow("flexportal unframed") << Platform::FlexPortal << Behaviour::EndlessUnframed;
        QTest::newRow("offergrid chunked") << Platform::OfferGrid << Behaviour::EndlessChunked;
        QTest::newRow("offergrid unframed") << Platform::OfferGrid << Behaviour::EndlessUnframed;
    }

    void listOrders_endlessBody_endsAsTooLargeOncePastTheLimit()
    {
        QFETCH(Platform, platform);
        QFETCH(Behaviour, behaviour);
        HostileServer server([behaviour](const ReceivedRequest&) {
            Reply r;
            r.behaviour = behaviour;
            r.body = "{\"orders\":[";
            return r;
        });
        QVERIFY(server.start());
        auto client = backend(platform, server.url());
        QElapsedTimer clock;
        clock.start();
        auto r = collect(client->listOrders());
        QVERIFY(waitUntilFinished(r, 20000));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Protocol);
        QVERIFY2(r->error->message.contains(u"larger"_s), qPrintable(r->error->message));
        QCOMPARE(r->pages, 0);
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(server.requests().size(), 1); // too large is final: no second try
        QVERIFY(clientLetGo(server));
        // What the server got out before the client hung up: the limit plus socket buffers.
        QVERIFY2(server.bytesSent() < 32 * MB, qPrintable(QString::number(server.bytesSent())));
        qInfo("refused after %lld ms, %lld bytes sent", clock.elapsed(), server.bytesSent());
    }

    // 2a. A body whose Content-Length is over the limit is refused as soon as its first bytes
    // show the length: it is never read, whatever the size.
    void listOrders_bodyDeclaredOverTheLimit_isRefusedWithoutReadingIt_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<qint64>("declared");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("flexportal 100 MB, 64 MB limit") << Platform::FlexPortal << 100 * MB << 64 * MB;
        QTest::newRow("offergrid 100 MB, 64 MB limit") << Platform::OfferGrid << 100 * MB << 64 * MB;
        QTest::newRow("offergrid 1 GB, default limit")
            << Platform::OfferGrid << 1024 * MB << TransportSettings{}.maxBodyBytes;
    }

    void listOrders_bodyDeclaredOverTheLimit_isRefusedWithoutReadingIt()
    {
        QFETCH(Platform, platform);
        QFETCH(qint64, declared);
        QFETCH(qint64, limit);
        HostileServer server([declared](const ReceivedRequest&) {
            Reply r;
            r.behaviour = Behaviour::LargeBody;
            r.body = "[";
            r.declaredBytes = declared;
            return r;
        });
        QVERIFY(server.start());
        TransportSettings s = testSettings();
        s.maxBodyBytes = limit;
        auto client = backend(platform, server.url(), s);
        auto r = collect(client->listOrders());
        QVERIFY(waitUntilFinished(r, 20000));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Protocol);
        QVERIFY2(r->error->message.contains(u"larger"_s), qPrintable(r->error->message));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(clientLetGo(server));
        QVERIFY2(server.bytesSent() < 16 * MB, qPrintable(QString::number(server.bytesSent())));
        qInfo("refused with %lld of %lld bytes sent", server.bytesSent(), declared);
    }

    // 2b. A 100 MB list under the default limit (512 MB). The default is kept on purpose: OfferGrid
    // sends its whole list as one unpaged body, about 70 MB for 50,000 orders, so a default below
    // ~100 MB would refuse real accounts; a professional client reads such a body (once, off the GUI
    // thread) and refuses only what is over the limit, which 2a shows happens before reading. What
    // matters here is that 100 MB of rubbish is read without a crash or a stalled GUI thread and
    // ends in an error that says what was wrong with it.
    void listOrders_100MegabyteBodyUnderTheDefaultLimit_isReadAndExplained()
    {
        HostileServer server([](const ReceivedRequest&) {
            Reply r;
            r.behaviour = Behaviour::LargeBody;
            r.body = "[";
            r.declaredBytes = 100 * MB;
            return r;
        });
        QVERIFY(server.start());
        TransportSettings s = testSettings();
        s.maxBodyBytes = TransportSettings{}.maxBodyBytes;
        auto client = backend(Platform::OfferGrid, server.url(), s);
        QElapsedTimer clock;
        clock.start();
        auto r = collect(client->listOrders());
        QVERIFY(waitUntilFinished(r, 60000));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Protocol);
        QVERIFY2(r->error->message.contains(u"not valid JSON"_s), qPrintable(r->error->message));
        QVERIFY(server.bytesSent() > 100 * MB); // it was all read
        QCOMPARE(server.requests().size(), 1);
        qInfo("100 MB read and refused in %lld ms", clock.elapsed());
    }

    // 3. A redirect to another origin (another port is another origin): not followed, so the key,
    // the tenant and the cancel itself never reach the other server, and the agent is told why.
    void anyRead_redirectToAnotherOrigin_isNotFollowed_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<int>("status");
        QTest::newRow("flexportal 302") << Platform::FlexPortal << 302;
        QTest::newRow("flexportal 307") << Platform::FlexPortal << 307;
        QTest::newRow("offergrid 301") << Platform::OfferGrid << 301;
        QTest::newRow("offergrid 308") << Platform::OfferGrid << 308;
    }

    void anyRead_redirectToAnotherOrigin_isNotFollowed()
    {
        QFETCH(Platform, platform);
        QFETCH(int, status);
        HostileServer elsewhere(
            [platform](const ReceivedRequest&) { return answerWith(cancelledOrderJson(platform)); });
        QVERIFY(elsewhere.start());
        HostileServer home([&elsewhere, status](const ReceivedRequest& request) {
            Reply r;
            r.behaviour = Behaviour::Redirect;
            r.status = status;
            r.location = elsewhere.url().toEncoded() + request.target;
            return r;
        });
        QVERIFY(home.start());
        auto client = backend(platform, home.url());

        auto list = collect(client->listOrders());
        auto fetch = collect(client->fetchOrder(u"ord-1"_s));
        QVERIFY(waitUntilFinished(list));
        QVERIFY(waitUntilFinished(fetch));
        for (const auto& error : {list->error, fetch->error}) {
            QVERIFY(error);
            QCOMPARE(error->kind, ApiError::Kind::Protocol);
            QVERIFY2(error->message.contains(u"redirected"_s), qPrintable(error->message));
            QVERIFY2(!error->message.contains(Secret), "the secret must never appear in a message");
        }
        QCOMPARE(home.requests().size(), 2); // asked once each: a refused redirect is not retried
        QVERIFY(carriesCredentials(home.requests().first()));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    // A redirect within the same server is followed; what the redirect itself carried as a body
    // (a "moved" page) must not end up in front of the real answer (bodies are read as they arrive).
    void anyRead_redirectOnTheSameServer_isFollowedAndOnlyTheFinalBodyRead_data() { addPlatformRows(); }

    void anyRead_redirectOnTheSameServer_isFollowedAndOnlyTheFinalBodyRead()
    {
        QFETCH(Platform, platform);
        HostileServer home([platform](const ReceivedRequest& request) {
            if (request.target.startsWith("/moved")) {
                Reply r;
                r.behaviour = Behaviour::Redirect;
                r.status = 307;
                r.location = request.target.mid(6);
                r.body = "<html><body>This order has moved.</body></html>";
                return r;
            }
            return answerWith(cancelledOrderJson(platform));
        });
        QVERIFY(home.start());
        QUrl base = home.url();
        base.setPath(u"/moved"_s);
        auto client = backend(platform, base);
        auto fetch = collect(client->fetchOrder(u"ord-1"_s));
        QVERIFY(waitUntilFinished(fetch));
        QVERIFY2(!fetch->error, fetch->error ? qPrintable(fetch->error->message) : "");
        QVERIFY(fetch->order);
        QCOMPARE(fetch->order->status, u"cancelled"_s);
        QCOMPARE(home.requests().size(), 2);
    }

    void cancel_redirectToAnotherOrigin_isNotFollowedAndNotResent_data() { addPlatformRows(); }

    void cancel_redirectToAnotherOrigin_isNotFollowedAndNotResent()
    {
        QFETCH(Platform, platform);
        HostileServer elsewhere(
            [platform](const ReceivedRequest&) { return answerWith(cancelledOrderJson(platform)); });
        QVERIFY(elsewhere.start());
        const QByteArray verb = platform == Platform::FlexPortal ? "POST" : "PATCH"; // the pages' cancel verbs
        const QByteArray pending = fixture(platform == Platform::FlexPortal ? u"flexportal/order-status-pending.json"_s
                                                                            : u"offergrid/order-status-pending.json"_s);
        // Reads of the order are answered (the check before cancelling, the read after it); the
        // cancel itself is redirected elsewhere.
        HostileServer home([&elsewhere, verb, pending](const ReceivedRequest& request) {
            if (request.method != verb)
                return answerWith(pending);
            Reply r;
            r.behaviour = Behaviour::Redirect;
            r.status = 307; // "repeat the same request there": the one that would carry the cancel on
            r.location = elsewhere.url().toEncoded() + request.target;
            return r;
        });
        QVERIFY(home.start());
        auto client = backend(platform, home.url());
        QCOMPARE(client->cancelVerb(), verb);
        auto r = collect(client->cancelOrder(u"ord-1"_s, u"Customer changed their mind"_s));
        QVERIFY(waitUntilFinished(r));

        // The home server took the cancel and answered with a redirect: it may have acted, so the
        // outcome is unknown until the order is read again (here: still not cancelled).
        QCOMPARE(home.requestCount(verb), 1);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(r->outcome.reRead, CancelOutcome::ReRead::ShowsNotCancelled);
        QVERIFY(r->outcome.error);
        QVERIFY2(r->outcome.error->message.contains(u"redirected"_s), qPrintable(r->outcome.error->message));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    // 4. A custom https address whose certificate is self-signed: the handshake fails and stays
    // failed. The server answers 200 to anything, so a client that ignored the error would succeed.
    void anyRequest_selfSignedCertificate_isRefusedAndExplained_data() { addPlatformRows(); }

    void anyRequest_selfSignedCertificate_isRefusedAndExplained()
    {
        QFETCH(Platform, platform);
        TlsTestServer tls;
        QVERIFY(tls.start());
        auto client = backend(platform, tls.url());

        auto list = collect(client->listOrders());
        QVERIFY(waitUntilFinished(list));
        QVERIFY(list->error);
        QCOMPARE(list->error->kind, ApiError::Kind::Tls);
        QVERIFY2(list->error->message.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(list->error->message));
        QVERIFY(list->error->userMessage().contains(u"certificate"_s));
        QCOMPARE(tls.handshakesStarted(), 1); // a certificate problem is not retried

        // A cancel over it never leaves the machine, and the agent is told nothing happened.
        auto cancel = collect(client->cancelOrder(u"ord-1"_s, u"Customer changed their mind"_s));
        QVERIFY(waitUntilFinished(cancel));
        QCOMPARE(cancel->outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!cancel->outcome.requestSent);
        QVERIFY(cancel->outcome.error);
        QCOMPARE(cancel->outcome.error->kind, ApiError::Kind::Tls);
        QCOMPARE(tls.handshakesStarted(), 2);
    }

    // 5a. Slow loris: the head arrives and then one byte every 200 ms, or the head itself never
    // ends. Qt's transfer timeout only measures silence, which a byte every 200 ms never allows;
    // the request must still end as a timeout (timeout 1 s here) and let go of the connection.
    void fetchOrder_slowLoris_endsAsTimeout_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<Behaviour>("behaviour");
        QTest::newRow("flexportal drip body") << Platform::FlexPortal << Behaviour::DripBody;
        QTest::newRow("flexportal drip headers") << Platform::FlexPortal << Behaviour::DripHeaders;
        QTest::newRow("offergrid drip body") << Platform::OfferGrid << Behaviour::DripBody;
        QTest::newRow("offergrid drip headers") << Platform::OfferGrid << Behaviour::DripHeaders;
    }

    void fetchOrder_slowLoris_endsAsTimeout()
    {
        QFETCH(Platform, platform);
        QFETCH(Behaviour, behaviour);
        HostileServer server([behaviour](const ReceivedRequest&) {
            Reply r;
            r.behaviour = behaviour;
            r.body = "{\"orderId\":\"";
            r.declaredBytes = 1 * MB; // at 5 bytes a second: days
            r.dripMs = 200;
            return r;
        });
        QVERIFY(server.start());
        TransportSettings s = testSettings();
        s.timeoutMs = 1000;
        s.maxTries = 1;
        auto client = backend(platform, server.url(), s);
        QElapsedTimer clock;
        clock.start();
        auto r = collect(client->fetchOrder(u"ord-1"_s));
        QVERIFY(waitUntilFinished(r, 15000));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Timeout);
        QVERIFY2(r->error->message.contains(behaviour == Behaviour::DripBody ? u"too slowly"_s : u"timeout"_s),
                 qPrintable(r->error->message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clientLetGo(server));
        qInfo("timed out after %lld ms: %s", clock.elapsed(), qPrintable(r->error->message));
    }

    // 5b. A cancel answered slow-loris style: the cancel may have been applied, so it is never sent
    // again; the order is read again and the outcome is "unknown" with what the re-read showed.
    void cancel_slowLorisReply_isUnknownWithAReReadAndNoResend_data() { addPlatformRows(); }

    void cancel_slowLorisReply_isUnknownWithAReReadAndNoResend()
    {
        QFETCH(Platform, platform);
        // The check before cancelling reads the order open; the read after the cancel, cancelled.
        const QByteArray pending = fixture(platform == Platform::FlexPortal ? u"flexportal/order-status-pending.json"_s
                                                                            : u"offergrid/order-status-pending.json"_s);
        auto reads = std::make_shared<int>(0);
        HostileServer server([platform, pending, reads](const ReceivedRequest& request) {
            if (request.method == "GET")
                return answerWith(++*reads == 1 ? pending : cancelledOrderJson(platform));
            Reply r;
            r.behaviour = Behaviour::DripBody;
            r.body = "{\"status\":\"";
            r.declaredBytes = 1 * MB;
            r.dripMs = 200;
            return r;
        });
        QVERIFY(server.start());
        TransportSettings s = testSettings();
        s.timeoutMs = 1000;
        auto client = backend(platform, server.url(), s);
        auto r = collect(client->cancelOrder(u"ord-1"_s, u"Customer changed their mind"_s));
        QVERIFY(waitUntilFinished(r, 20000));
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Unknown);
        QVERIFY(r->outcome.requestSent);
        QVERIFY(r->outcome.error);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(r->outcome.reRead, CancelOutcome::ReRead::ShowsCancelled);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        QVERIFY2(r->outcome.summary().contains(u"cancelled"_s), qPrintable(r->outcome.summary()));
        QCOMPARE(server.requestCount(client->cancelVerb()), 1);
        QCOMPARE(server.requestCount("GET"), 2); // the check before, the read after
        QVERIFY(clientLetGo(server));
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
