// FlexPortal's subscription cancel from the client's side (FlexPortalBackend::cancelSubscription):
// every answer the YAML documents, from the sandbox over real sockets, and the answers the sandbox
// does not give (a validation refusal of what the client sends, contradicting bodies, 409, a JSON
// 500) from a scripted server on loopback. Each case counts the requests that reached the server:
// one, never more, and none when nothing may be sent.
#include "api/backendfactory.h"
#include "api/flexportal/flexportalbackend.h"
#include "hostileserver.h"
#include "jobresults.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Platform FP = Platform::FlexPortal;
using Kind = SubscriptionCancelOutcome::Kind;
using Reason = SubscriptionCancelReason::Value;

HostileServer::Reply answer(int status, const QByteArray& body)
{
    HostileServer::Reply r;
    r.status = status;
    r.body = body;
    return r;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString& code, const QString& message, const QJsonArray& details = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    return json({{u"error"_s, error}});
}

} // namespace

Q_DECLARE_METATYPE(OrderDesk::SubscriptionCancelReason::Value)

class TestSubscriptionCancel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxClient> m_sandbox;
    std::unique_ptr<OrderBackend> m_backend;
    QSet<QString> m_used;

    SandboxServer* server() const { return m_sandbox->server(); }
    static FlexPortalBackend* flexPortal(const std::unique_ptr<OrderBackend>& backend)
    {
        return qobject_cast<FlexPortalBackend*>(backend.get());
    }

    // A subscription in `status` no test has used yet.
    QString take(const QString& status)
    {
        for (const QString& id : server()->subscriptionIds(status)) {
            if (!m_used.contains(id) && server()->subscriptionCancelRequests(id) == 0) {
                m_used.insert(id);
                return id;
            }
        }
        return {};
    }

    std::shared_ptr<SubscriptionCancelResult> cancel(const QString& id, Reason reason = Reason::CustomerRequest,
                                                     const QString& notes = {}, FlexPortalBackend* backend = nullptr)
    {
        auto r = collect((backend ? backend : flexPortal(m_backend))->cancelSubscription(id, reason, notes));
        [&] { QVERIFY(waitUntilFinished(r)); }();
        return r;
    }

    // A FlexPortal backend for a scripted server.
    std::unique_ptr<OrderBackend> scriptedBackend(const QUrl& url)
    {
        Account a = m_sandbox->account(FP);
        a.baseUrl = url;
        a.tenantId = u"tenant-7"_s;
        return createBackend(a, u"scripted-key"_s, m_sandbox->network(), SandboxClient::fastSettings());
    }

    // The outcome of one cancel of `id` against a server that answers it as `reply` says.
    std::shared_ptr<SubscriptionCancelResult> cancelScripted(const HostileServer::Reply& reply, int* requests,
                                                             const QString& id = u"sub_scripted01"_s,
                                                             QList<ReceivedRequest>* received = nullptr)
    {
        HostileServer server([reply](const ReceivedRequest&) { return reply; });
        [&] { QVERIFY(server.start()); }();
        const auto backend = scriptedBackend(server.url());
        auto r = cancel(id, Reason::Fraud, u"Chargeback on two invoices"_s, flexPortal(backend));
        *requests = int(server.requests().size());
        if (received)
            *received = server.requests();
        return r;
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 1500;
        config.offerGridOrders = 5;
        m_sandbox = std::make_unique<SandboxClient>(config);
        QVERIFY(m_sandbox->isRunning());
        m_backend = m_sandbox->backend(FP);
        QVERIFY(flexPortal(m_backend));
    }

    void cleanup() { server()->setFaults(FP, SandboxFaults{}); }

    // ---- the sandbox's answers -----------------------------------------------------------------

    void cancel_activeSubscription_isCancelledOnceKeepingTheSerialAndMessage()
    {
        const QString id = take(u"active"_s);
        QVERIFY(!id.isEmpty());
        const SandboxSubscription before = *server()->subscription(id);
        const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto r = cancel(id, Reason::CustomerRequest, u"  Customer moves abroad – 🙂 \n"_s);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(!r->failedAsJob);
        QVERIFY(r->requestSentSignal);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::Cancelled);
        QCOMPARE(o.kindKey(), u"cancelled"_s);
        QVERIFY(o.isSettled());
        QCOMPARE(o.subscriptionId, id);
        QVERIFY(o.requestSent);
        QCOMPARE(o.httpStatus, 200);
        QVERIFY(!o.error);
        QCOMPARE(o.assetSerialNumber, before.assetSerialNumber);
        QCOMPARE(o.previousStatus, u"active"_s);
        QVERIFY(o.cancelledAt.isValid());
        QCOMPARE(o.cancelledAt.timeSpec(), Qt::UTC);
        QVERIFY(o.cancelledAt >= sent && o.cancelledAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(o.cancelledAtText.endsWith(u'Z'));
        QVERIFY(!o.platformMessage.isEmpty());
        QVERIFY2(o.summary().contains(o.platformMessage), qPrintable(o.summary()));
        QVERIFY2(o.summary().contains(o.assetSerialNumber), qPrintable(o.summary()));

        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        const SandboxSubscriptionCancel body = *server()->lastSubscriptionCancel(id);
        QCOMPARE(body.rentalId, std::optional<QString>(id));
        QCOMPARE(body.reason, std::optional<QString>(u"customer_request"_s));
        QCOMPARE(body.notes, std::optional<QString>(u"Customer moves abroad – 🙂"_s)); // trimmed
    }

    void cancel_sendsTheReasonsApiValue_andNotesOnlyWhenThereAreAny_data()
    {
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("notes");
        QTest::newRow("customer request, no notes") << Reason::CustomerRequest << u"customer_request"_s << QString();
        QTest::newRow("payment failure, blank notes") << Reason::PaymentFailure << u"payment_failure"_s << u" \n "_s;
        QTest::newRow("fraud") << Reason::Fraud << u"fraud"_s << u"Card reported stolen"_s;
        QTest::newRow("admin decision") << Reason::AdminDecision << u"admin_decision"_s << u"x"_s;
        QTest::newRow("other, 1000 characters") << Reason::Other << u"other"_s << QString(1000, u'n');
    }

    void cancel_sendsTheReasonsApiValue_andNotesOnlyWhenThereAreAny()
    {
        QFETCH(Reason, reason);
        QFETCH(QString, value);
        QFETCH(QString, notes);
        const QString id = take(u"active"_s);
        const auto r = cancel(id, reason, notes);
        QCOMPARE(r->outcome.kind, Kind::Cancelled);
        const SandboxSubscriptionCancel body = *server()->lastSubscriptionCancel(id);
        QCOMPARE(body.reason, std::optional<QString>(value));
        const QString sent = notes.trimmed();
        QCOMPARE(body.notes, sent.isEmpty() ? std::optional<QString>() : std::optional<QString>(sent));
    }

    void cancel_alreadyCancelled_isNotAFailure()
    {
        const QString id = take(u"cancelled"_s);
        QVERIFY(!id.isEmpty());
        const auto r = cancel(id);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::AlreadyCancelled);
        QCOMPARE(o.kindKey(), u"already-cancelled"_s);
        QVERIFY(o.isSettled());
        QVERIFY(o.requestSent);
        QCOMPARE(o.httpStatus, 400);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ApiError::Kind::AlreadyCancelled);
        QCOMPARE(o.error->code, u"ALREADY_CANCELLED"_s);
        QVERIFY(!o.platformMessage.isEmpty()); // what FlexPortal said, kept
        QVERIFY2(o.summary().contains(u"already been cancelled"_s), qPrintable(o.summary()));
        QVERIFY(o.assetSerialNumber.isEmpty());
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void cancel_alreadyEnded_isNotAFailure_data()
    {
        QTest::addColumn<QString>("status");
        for (const char* s : {"ended_completed", "ended_buyout", "ended_upgrade", "ended_early_return"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void cancel_alreadyEnded_isNotAFailure()
    {
        QFETCH(QString, status);
        const QString id = take(status);
        QVERIFY(!id.isEmpty());
        const auto r = cancel(id, Reason::Other);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::AlreadyEnded);
        QCOMPARE(o.kindKey(), u"already-ended"_s);
        QVERIFY(o.isSettled());
        QVERIFY(o.requestSent);
        QCOMPARE(o.httpStatus, 400);
        QCOMPARE(o.error->kind, ApiError::Kind::AlreadyEnded);
        QCOMPARE(o.error->code, u"ALREADY_ENDED"_s);
        QCOMPARE(o.error->kindKey(), u"already-ended"_s);
        QVERIFY2(o.summary().contains(u"already ended"_s), qPrintable(o.summary()));
        QVERIFY2(o.summary().contains(o.platformMessage), qPrintable(o.summary()));
        QCOMPARE(server()->subscriptionStatus(id), status);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void cancel_unknownSubscription_isRefusedAsNotFound()
    {
        const QString id = u"sub_nosuchthing"_s;
        const auto r = cancel(id);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::Refused);
        QCOMPARE(o.kindKey(), u"refused"_s);
        QVERIFY(!o.isSettled());
        QVERIFY(o.requestSent);
        QCOMPARE(o.httpStatus, 404);
        QCOMPARE(o.error->kind, ApiError::Kind::NotFound);
        QCOMPARE(o.error->code, u"NOT_FOUND"_s);
        QVERIFY2(o.summary().contains(u"does not know subscription %1"_s.arg(id)), qPrintable(o.summary()));
        QVERIFY2(!o.summary().contains(u"order"_s), qPrintable(o.summary()));
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void cancel_idWithUrlSyntax_travelsAsOnePercentEncodedSegment()
    {
        // The sandbox decodes each path segment once and compares it with the body's rentalId: the
        // same id on both sides, so the path was encoded exactly once (and the id is unknown: 404).
        const QString id = u"sub/../x #?%25é"_s;
        const auto r = cancel(id);
        QCOMPARE(r->outcome.kind, Kind::Refused);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotFound);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(server()->lastSubscriptionCancel(id)->rentalId, std::optional<QString>(id));
        QCOMPARE(FlexPortalBackend::subscriptionCancelPath(id),
                 QByteArray("/v1/subscriptions/sub%2F..%2Fx%20%23%3F%2525%C3%A9/cancel"));
    }

    void cancel_wrongKeyOrTenant_isRefusedWithoutTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("kind");
        QTest::newRow("wrong key") << u"pk_live_wrong_secret_123"_s << QString() << 401
                                   << int(ApiError::Kind::Authentication);
        QTest::newRow("wrong tenant") << QString() << u"someone-else"_s << 403 << int(ApiError::Kind::Permission);
    }

    void cancel_wrongKeyOrTenant_isRefusedWithoutTheKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, tenant);
        QFETCH(int, httpStatus);
        QFETCH(int, kind);
        const QString id = take(u"active"_s);
        const auto backend = m_sandbox->backendWithSecret(
            FP, key.isEmpty() ? server()->config().credentials.flexPortalKey : key, tenant);
        const auto r = cancel(id, Reason::Fraud, {}, flexPortal(backend));
        QCOMPARE(r->outcome.kind, Kind::Refused);
        QCOMPARE(r->outcome.httpStatus, httpStatus);
        QCOMPARE(int(r->outcome.error->kind), kind);
        if (!key.isEmpty())
            QVERIFY(!r->outcome.summary().contains(key));
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void cancel_badInput_sendsNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("notes");
        QTest::newRow("notes of 1001 characters") << u"sub_any"_s << QString(1001, u'x');
        QString emoji;
        for (int i = 0; i < 501; ++i)
            emoji += QString::fromUcs4(U"\U0001F600");
        QTest::newRow("notes of 501 emoji, 1002 UTF-16 code units") << u"sub_any"_s << emoji;
        QTest::newRow("no subscription id") << QString() << QString();
    }

    void cancel_badInput_sendsNothing()
    {
        QFETCH(QString, id);
        QFETCH(QString, notes);
        const int before = server()->requestCount(FP);
        const auto r = cancel(id, Reason::Other, notes);
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(r->outcome.kind, Kind::Failed);
        QCOMPARE(r->outcome.kindKey(), u"failed"_s);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(!r->requestSentSignal);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Validation);
        QVERIFY2(r->outcome.summary().contains(u"nothing was sent"_s), qPrintable(r->outcome.summary()));
        QCOMPARE(server()->requestCount(FP), before);
    }

    void cancel_notesOf500Emoji_fitAndAreSent()
    {
        QString emoji;
        for (int i = 0; i < 500; ++i)
            emoji += QString::fromUcs4(U"\U0001F600");
        QVERIFY(SubscriptionCancelReason::notesFit(emoji));
        const QString id = take(u"active"_s);
        const auto r = cancel(id, Reason::Other, emoji);
        QCOMPARE(r->outcome.kind, Kind::Cancelled);
        QCOMPARE(server()->lastSubscriptionCancel(id)->notes, std::optional<QString>(emoji));
    }

    void cancel_connectionDroppedAfterTheCancel_isUnknownAndNeverResent()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.dropAfterCancel = 1;
        server()->setFaults(FP, f);
        const auto r = cancel(id);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::Unknown);
        QCOMPARE(o.kindKey(), u"unknown"_s);
        QVERIFY(!o.isSettled());
        QVERIFY(o.requestSent);
        QCOMPARE(o.httpStatus, 0);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ApiError::Kind::Network);
        QVERIFY2(o.summary().contains(u"unknown"_s), qPrintable(o.summary()));
        // FlexPortal did cancel it; nothing the client can read says so, and it did not ask again.
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void cancel_answeredWith503_isUnknownAndNeverResent()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.serverErrors = 1;
        server()->setFaults(FP, f);
        const auto r = cancel(id);
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QCOMPARE(r->outcome.httpStatus, 503);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Server);
        QVERIFY(r->outcome.platformMessage.isEmpty()); // an HTML page, not FlexPortal's words
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
    }

    void cancel_rateLimited_isRefusedWithTheWaitAndNeverResent()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 30;
        server()->setFaults(FP, f);
        const auto r = cancel(id);
        QCOMPARE(r->outcome.kind, Kind::Refused);
        QCOMPARE(r->outcome.httpStatus, 429);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(r->outcome.error->retryAfterSeconds.value_or(-1), 30);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
    }

    void cancel_serverStallsBeyondTheTimeout_isUnknown()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.stallMs = 5000;
        server()->setFaults(FP, f);
        TransportSettings s = SandboxClient::fastSettings();
        s.timeoutMs = 300;
        const auto backend = m_sandbox->backend(FP, s);
        const auto r = cancel(id, Reason::Fraud, {}, flexPortal(backend));
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
        QCOMPARE(server()->subscriptionStatus(id), u"cancelled"_s); // applied before the answer stalled
    }

    void abort_beforeTheRequestGoesOut_sendsNothing()
    {
        const QString id = take(u"active"_s);
        CancelSubscriptionJob* job = flexPortal(m_backend)->cancelSubscription(id, Reason::Fraud);
        QCOMPARE(job->parent(), m_backend.get()); // a child of its backend, like every job
        QCOMPARE(job->subscriptionId(), id);
        QPointer<CancelSubscriptionJob> guard(job);
        auto r = collect(job);
        job->abort();
        QVERIFY(r->finished);
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(r->outcome.kind, Kind::Failed);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(!r->requestSentSignal);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Aborted);
        QCOMPARE(r->outcome.subscriptionId, id);
        // The start the job had queued runs before the job is deleted, and must send nothing: a read
        // through the same backend afterwards finds the server with no cancel of it.
        QTRY_VERIFY(guard.isNull());
        auto read = collect(m_backend->fetchOrder(server()->subscription(id)->orderId));
        QVERIFY(waitUntilFinished(read));
        QVERIFY(!read->error);
        QCOMPARE(server()->subscriptionCancelRequests(id), 0);
        QCOMPARE(server()->subscriptionStatus(id), u"active"_s);
    }

    void abort_whileTheRequestIsOut_isUnknown()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.latencyMs = 3000;
        server()->setFaults(FP, f);
        CancelSubscriptionJob* job = flexPortal(m_backend)->cancelSubscription(id, Reason::Fraud);
        QPointer<CancelSubscriptionJob> guard(job);
        auto r = collect(job);
        QTRY_COMPARE(server()->subscriptionCancelRequests(id), 1); // it reached FlexPortal
        QVERIFY(guard);
        job->abort();
        QVERIFY(r->finished);
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QVERIFY(r->outcome.requestSent);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Aborted);
        QTRY_VERIFY(guard.isNull()); // it cleaned itself up
        QCOMPARE(server()->subscriptionCancelRequests(id), 1);
    }

    void backendGoing_whileTheRequestIsOut_finishesTheJobOnceAsUnknown()
    {
        const QString id = take(u"active"_s);
        SandboxFaults f;
        f.latencyMs = 3000;
        server()->setFaults(FP, f);
        auto backend = m_sandbox->backend(FP);
        auto r = collect(flexPortal(backend)->cancelSubscription(id, Reason::Fraud));
        QTRY_COMPARE(server()->subscriptionCancelRequests(id), 1);
        backend.reset(); // the accounts changed, or OrderDesk is closing
        QVERIFY(r->finished);
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Aborted);
    }

    void offerGridBackend_hasNoSubscriptions()
    {
        const auto og = m_sandbox->backend(Platform::OfferGrid);
        QVERIFY(!qobject_cast<FlexPortalBackend*>(og.get()));
    }

    // ---- answers the sandbox does not give -----------------------------------------------------

    void request_isOnePostWithTheDocumentedHeadersAndBody()
    {
        int requests = 0;
        QList<ReceivedRequest> received;
        const QString id = u"sub_abc123"_s;
        const QByteArray ok = json({{u"success"_s, true},
                                    {u"rentalId"_s, id},
                                    {u"assetSerialNumber"_s, u"C02XYZ"_s},
                                    {u"previousStatus"_s, u"active"_s},
                                    {u"cancelledAt"_s, u"2026-11-20T11:15:04+02:00"_s},
                                    {u"message"_s, u"Subscription cancelled"_s}});
        const auto r = cancelScripted(answer(200, ok), &requests, id, &received);
        QCOMPARE(requests, 1);
        const ReceivedRequest& q = received.constFirst();
        QCOMPARE(q.method, QByteArray("POST"));
        QCOMPARE(q.target, QByteArray("/v1/subscriptions/sub_abc123/cancel"));
        QCOMPARE(q.header("authorization"), QByteArray("Bearer scripted-key"));
        QCOMPARE(q.header("tenant-id"), QByteArray("tenant-7"));
        QCOMPARE(q.header("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(q.body).object(),
                 (QJsonObject{
                     {u"rentalId"_s, id}, {u"reason"_s, u"fraud"_s}, {u"notes"_s, u"Chargeback on two invoices"_s}}));
        QCOMPARE(r->outcome.kind, Kind::Cancelled);
        QCOMPARE(r->outcome.assetSerialNumber, u"C02XYZ"_s);
        QCOMPARE(r->outcome.platformMessage, u"Subscription cancelled"_s);
        QCOMPARE(r->outcome.cancelledAt, QDateTime(QDate(2026, 11, 20), QTime(9, 15, 4), Qt::UTC));
        QCOMPARE(r->outcome.cancelledAtText, u"2026-11-20T11:15:04+02:00"_s);
    }

    void validationError_isRefusedWithEveryDetail()
    {
        int requests = 0;
        const QJsonArray details{QJsonObject{{u"path"_s, u"notes"_s},
                                             {u"message"_s, u"String must contain at most 500 character(s)"_s},
                                             {u"code"_s, u"too_big"_s}},
                                 QJsonObject{{u"path"_s, u"reason"_s},
                                             {u"message"_s, u"Reason not allowed for this tenant"_s},
                                             {u"code"_s, u"custom"_s}}};
        const auto r = cancelScripted(answer(400, errorBody(u"VALIDATION_ERROR"_s, u"Invalid request body"_s, details)),
                                      &requests);
        QCOMPARE(requests, 1);
        const SubscriptionCancelOutcome& o = r->outcome;
        QCOMPARE(o.kind, Kind::Refused);
        QCOMPARE(o.httpStatus, 400);
        QCOMPARE(o.error->kind, ApiError::Kind::Validation);
        QCOMPARE(o.error->details, (QStringList{u"notes: String must contain at most 500 character(s)"_s,
                                                u"reason: Reason not allowed for this tenant"_s}));
        QCOMPARE(o.platformMessage, u"Invalid request body"_s);
        for (const QString& d : o.error->details)
            QVERIFY2(o.summary().contains(d), qPrintable(o.summary()));
    }

    void validationErrorAs422_isRefusedToo()
    {
        int requests = 0;
        const auto r = cancelScripted(answer(422, errorBody(u"VALIDATION_ERROR"_s, u"Invalid"_s)), &requests);
        QCOMPARE(requests, 1);
        QCOMPARE(r->outcome.kind, Kind::Refused);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Validation);
    }

    void alreadyCancelledOrEndedAs409_keepTheirMeaning_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("ALREADY_CANCELLED") << u"ALREADY_CANCELLED"_s << int(Kind::AlreadyCancelled);
        QTest::newRow("ALREADY_ENDED") << u"ALREADY_ENDED"_s << int(Kind::AlreadyEnded);
    }

    void alreadyCancelledOrEndedAs409_keepTheirMeaning()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        int requests = 0;
        const auto r = cancelScripted(answer(409, errorBody(code, u"Nothing to do"_s)), &requests);
        QCOMPARE(requests, 1);
        QCOMPARE(int(r->outcome.kind), kind);
        QVERIFY(r->outcome.isSettled());
        QCOMPARE(r->outcome.platformMessage, u"Nothing to do"_s);
    }

    void successBodyContradictingTheCancel_isUnknown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("success false") << json({{u"success"_s, false}, {u"rentalId"_s, u"sub_scripted01"_s}});
        QTest::newRow("another subscription") << json({{u"success"_s, true}, {u"rentalId"_s, u"sub_other0001"_s}});
        QTest::newRow("success as text") << json({{u"success"_s, u"true"_s}});
    }

    void successBodyContradictingTheCancel_isUnknown()
    {
        QFETCH(QByteArray, body);
        int requests = 0;
        const auto r = cancelScripted(answer(200, body), &requests);
        QCOMPARE(requests, 1);
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QCOMPARE(r->outcome.httpStatus, 200);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Protocol);
        QVERIFY(r->outcome.assetSerialNumber.isEmpty());
    }

    void successBodyMissingFields_isCancelledWithWhatCame_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("OK");
        QTest::newRow("success only") << json({{u"success"_s, true}});
        QTest::newRow("unreadable time") << json(
            {{u"success"_s, true}, {u"cancelledAt"_s, u"yesterday"_s}, {u"assetSerialNumber"_s, 7}});
    }

    void successBodyMissingFields_isCancelledWithWhatCame()
    {
        QFETCH(QByteArray, body);
        int requests = 0;
        const auto r = cancelScripted(answer(200, body), &requests);
        QCOMPARE(requests, 1);
        QCOMPARE(r->outcome.kind, Kind::Cancelled);
        QVERIFY(r->outcome.assetSerialNumber.isEmpty());
        QVERIFY(!r->outcome.cancelledAt.isValid());
        QVERIFY(!r->outcome.summary().isEmpty());
    }

    void serverErrorWithFlexPortalsEnvelope_isUnknownKeepingItsWords()
    {
        int requests = 0;
        const auto r =
            cancelScripted(answer(500, errorBody(u"INTERNAL_ERROR"_s, u"Payment provider timed out"_s)), &requests);
        QCOMPARE(requests, 1);
        QCOMPARE(r->outcome.kind, Kind::Unknown);
        QCOMPARE(r->outcome.httpStatus, 500);
        QCOMPARE(r->outcome.platformMessage, u"Payment provider timed out"_s);
        QVERIFY2(r->outcome.summary().contains(u"Payment provider timed out"_s), qPrintable(r->outcome.summary()));
    }

    void connectionRefused_isFailedWithNothingSent()
    {
        // A port nobody listens on: the request cannot have reached anyone.
        QUrl url;
        {
            HostileServer gone([](const ReceivedRequest&) { return HostileServer::Reply{}; });
            QVERIFY(gone.start());
            url = gone.url();
        }
        const auto backend = scriptedBackend(url);
        const auto r = cancel(u"sub_scripted01"_s, Reason::Fraud, {}, flexPortal(backend));
        QCOMPARE(r->outcome.kind, Kind::Failed);
        QVERIFY(!r->outcome.requestSent);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionCancel)
#include "tst_subscriptioncancel.moc"
