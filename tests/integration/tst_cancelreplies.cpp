// What the client makes of each reply the vendor pages allow to a cancel, from a scripted server on
// loopback (tests/support/hostileserver.h): the order is read open before the cancel, the cancel is
// answered as each case says, and the order read after it decides what is unclear. Each case counts
// the cancel requests that reached the server: never more than the pages' rules allow.
#include "api/backendfactory.h"
#include "api/orderbackend.h"
#include "fixtures.h"
#include "hostileserver.h"
#include "jobresults.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

using Reply = HostileServer::Reply;

Q_DECLARE_METATYPE(OrderDesk::Platform)

namespace {

const QString OrderId = u"ord 1/ä"_s; // travels percent-encoded in the path

TransportSettings testSettings()
{
    TransportSettings s;
    s.timeoutMs = 3000;
    s.backoffBaseMs = 10;
    s.backoffCapMs = 100;
    s.http2 = false;
    return s;
}

QByteArray orderJson(Platform platform, const QString& status)
{
    return fixture(
        (platform == Platform::FlexPortal ? u"flexportal/order-status-%1.json"_s : u"offergrid/order-status-%1.json"_s)
            .arg(status));
}

Reply answer(QByteArray body, int status = 200)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

} // namespace

class TestCancelReplies : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::unique_ptr<OrderBackend> backend(Platform platform, const QUrl& baseUrl)
    {
        Account a;
        a.platform = platform;
        a.id = u"scripted"_s;
        a.displayName = a.id;
        a.baseUrl = baseUrl;
        a.region = u"custom"_s;
        a.tenantId = platform == Platform::FlexPortal ? u"tenant"_s : QString();
        return createBackend(a, u"scripted-key"_s, &m_network, testSettings());
    }

    // Reads answer `before` until the cancel has been answered, then `after`; the cancel gets `reply`.
    struct Run
    {
        std::shared_ptr<CancelResult> result;
        int cancels = 0;
        QList<QByteArray> cancelBodies;
        QByteArray cancelTarget;
    };

    Run cancelAgainst(Platform platform, const std::function<Reply(int cancelNumber)>& reply,
                      const QString& after = u"cancelled"_s)
    {
        Run run;
        auto cancels = std::make_shared<int>(0);
        const QByteArray open = orderJson(platform, u"pending"_s);
        const QByteArray then = orderJson(platform, after);
        HostileServer server([&, cancels](const ReceivedRequest& request) {
            if (request.method == "GET")
                return answer(*cancels == 0 ? open : then);
            ++*cancels;
            run.cancelBodies << request.body;
            run.cancelTarget = request.target;
            return reply(*cancels);
        });
        [&] { QVERIFY(server.start()); }();
        auto client = backend(platform, server.url());
        run.result = collect(client->cancelOrder(OrderId, u"Customer changed their mind"_s));
        [&] { QVERIFY(waitUntilFinished(run.result, 20000)); }();
        run.cancels = *cancels;
        return run;
    }

private slots:
    void flexPortal_successBody_isKeptAndTheIdTravelsEncoded()
    {
        const Run run = cancelAgainst(Platform::FlexPortal, [](int) {
            return answer(R"({"success":true,"message":"Order ord 1/ä cancelled","orderId":"ord 1/ä"})");
        });
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Cancelled);
        QCOMPARE(run.result->outcome.platformMessage, u"Order ord 1/ä cancelled"_s);
        QCOMPARE(run.cancels, 1);
        QCOMPARE(run.cancelTarget, QByteArray("/v1/orders/ord%201%2F%C3%A4/cancel"));
        QCOMPARE(run.cancelBodies.first(), QByteArray(R"({"reason":"Customer changed their mind"})"));
    }

    void flexPortal_successBodyThatDoesNotConfirm_isSettledByTheReadAfter_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("reRead");
        QTest::newRow("success false, still pending")
            << QByteArray(R"({"success":false,"message":"Nothing done","orderId":"ord 1/ä"})") << u"pending"_s
            << int(CancelOutcome::ReRead::ShowsNotCancelled);
        QTest::newRow("another order's id, still pending")
            << QByteArray(R"({"success":true,"message":"Order ord-2 cancelled","orderId":"ord-2"})") << u"pending"_s
            << int(CancelOutcome::ReRead::ShowsNotCancelled);
        QTest::newRow("success false, but cancelled")
            << QByteArray(R"({"success":false,"message":"?","orderId":"ord 1/ä"})") << u"cancelled"_s
            << int(CancelOutcome::ReRead::ShowsCancelled);
    }

    void flexPortal_successBodyThatDoesNotConfirm_isSettledByTheReadAfter()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, after);
        QFETCH(int, reRead);
        const Run run = cancelAgainst(
            Platform::FlexPortal, [body](int) { return answer(body); }, after);
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(int(run.result->outcome.reRead), reRead);
        QVERIFY(run.result->outcome.error);
        QCOMPARE(run.result->outcome.error->kind, ApiError::Kind::Protocol);
        QCOMPARE(run.cancels, 1); // never sent again
    }

    void anyPlatform_notFoundOnTheCancelItself_isRefusedAndNotResent_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("flexportal") << Platform::FlexPortal
                                    << QByteArray(R"({"error":{"code":"NOT_FOUND","message":"Order not found"}})");
        QTest::newRow("offergrid")
            << Platform::OfferGrid
            << QByteArray(
                   R"({"statusCode":404,"message":"Order not found or does not belong to your team","error":"Not Found"})");
    }

    void anyPlatform_notFoundOnTheCancelItself_isRefusedAndNotResent()
    {
        // The order was there when read, and gone (or moved to another team) when cancelled.
        QFETCH(Platform, platform);
        QFETCH(QByteArray, body);
        const Run run = cancelAgainst(platform, [body](int) { return answer(body, 404); });
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Refused);
        QVERIFY(run.result->outcome.requestSent);
        QCOMPARE(run.result->outcome.error->kind, ApiError::Kind::NotFound);
        QCOMPARE(run.cancels, 1);
    }

    void offerGrid_successReplyWithAMessage_keepsIt()
    {
        // The page documents no body for the 200; a message, where the reply carries one, is kept.
        const Run run = cancelAgainst(Platform::OfferGrid, [](int) {
            return answer(R"({"orderId":"ord 1/ä","status":"cancelled","message":"Order successfully cancelled"})");
        });
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Cancelled);
        QCOMPARE(run.result->outcome.platformMessage, u"Order successfully cancelled"_s);
        QCOMPARE(run.cancelTarget, QByteArray("/reseller/orders/ord%201%2F%C3%A4/cancel"));
        QCOMPARE(run.cancels, 1);
    }

    void offerGrid_400_resendsWithoutBodyOnlyWhenTheReasonPropertyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("firstAnswer");
        QTest::addColumn<int>("expectedCancels");
        QTest::addColumn<bool>("reasonNotTaken");
        QTest::newRow("NestJS whitelist: property reason should not exist")
            << QByteArray(R"({"statusCode":400,"message":["property reason should not exist"],"error":"Bad Request"})")
            << 2 << true;
        QTest::newRow("Joi-style: reason is not allowed")
            << QByteArray(R"({"statusCode":400,"message":"reason is not allowed","error":"Bad Request"})") << 2 << true;
        QTest::newRow("a rule about the reason's length: not a refusal of the property")
            << QByteArray(
                   R"({"statusCode":400,"message":["reason must be shorter than or equal to 1000 characters"],"error":"Bad Request"})")
            << 1 << false;
        QTest::newRow("another property refused, not reason")
            << QByteArray(R"({"statusCode":400,"message":["property note should not exist"],"error":"Bad Request"})")
            << 1 << false;
        QTest::newRow("the platform's rules")
            << QByteArray(
                   R"({"statusCode":400,"message":"Order cannot be cancelled in its current status","error":"Bad Request"})")
            << 1 << false;
    }

    void offerGrid_400_resendsWithoutBodyOnlyWhenTheReasonPropertyIsRefused()
    {
        QFETCH(QByteArray, firstAnswer);
        QFETCH(int, expectedCancels);
        QFETCH(bool, reasonNotTaken);
        // Read after the attempt: cancelled when the bodiless cancel went through, else still pending.
        const Run run = cancelAgainst(
            Platform::OfferGrid,
            [firstAnswer](int n) {
                return n == 1 ? answer(firstAnswer, 400) : answer(orderJson(Platform::OfferGrid, u"cancelled"_s));
            },
            expectedCancels == 2 ? u"cancelled"_s : u"pending"_s);
        QCOMPARE(run.cancels, expectedCancels);
        QCOMPARE(run.result->outcome.reasonNotTaken, reasonNotTaken);
        QCOMPARE(run.cancelBodies.first(), QByteArray(R"({"reason":"Customer changed their mind"})"));
        if (expectedCancels == 2) {
            QVERIFY(run.cancelBodies.at(1).isEmpty()); // the second goes without a body
            QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Cancelled);
        } else {
            QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Refused);
        }
    }

    void offerGrid_bodyRefusedTwice_isNotSentAThirdTime()
    {
        const QByteArray refusal =
            R"({"statusCode":400,"message":["property reason should not exist"],"error":"Bad Request"})";
        const Run run = cancelAgainst(
            Platform::OfferGrid, [refusal](int) { return answer(refusal, 400); }, u"pending"_s);
        QCOMPARE(run.cancels, 2);
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Refused);
        QVERIFY(run.result->outcome.reasonNotTaken);
    }

    void offerGrid_serverErrorOnTheCancel_isUnknownAndNotResent()
    {
        const Run run = cancelAgainst(
            Platform::OfferGrid, [](int) { return answer(R"({"statusCode":502,"message":"Bad Gateway"})", 502); },
            u"pending"_s);
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(run.result->outcome.reRead, CancelOutcome::ReRead::ShowsNotCancelled);
        QCOMPARE(run.cancels, 1);
    }

    void offerGrid_409_isNotCancellableAndTheReadAfterTells()
    {
        const Run run = cancelAgainst(
            Platform::OfferGrid,
            [](int) { return answer(R"({"statusCode":409,"message":"Conflict","error":"Conflict"})", 409); },
            u"accepted"_s);
        QCOMPARE(run.result->outcome.kind, CancelOutcome::Kind::Refused);
        QCOMPARE(run.result->outcome.error->kind, ApiError::Kind::NotCancellable);
        QVERIFY(run.result->outcome.order);
        QCOMPARE(run.result->outcome.order->status, u"accepted"_s);
        QCOMPARE(run.cancels, 1);
    }
};

QTEST_GUILESS_MAIN(TestCancelReplies)
#include "tst_cancelreplies.moc"
