// The OfferGrid adapter against the sandbox over real sockets: the one-array list delivered in
// slices, get, cancel outcomes (OfferGrid answers every refusal with a plain 400), NestJS errors
// and the rate-limit body, and the injected faults.
#include "api/backendfactory.h"
#include "api/orderbackend.h"
#include "domain/cancellationpolicy.h"
#include "jobresults.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestOfferGridClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxClient> m_sandbox;
    std::unique_ptr<OrderBackend> m_backend;
    static constexpr Platform OG = Platform::OfferGrid;

    std::shared_ptr<CancelResult> cancel(const QString& id, const QString& reason = u"Duplicate order"_s)
    {
        auto r = collect(m_backend->cancelOrder(id, reason));
        [&] { QVERIFY(waitUntilFinished(r)); }();
        return r;
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 10;
        config.offerGridOrders = 2500;
        m_sandbox = std::make_unique<SandboxClient>(config);
        QVERIFY(m_sandbox->isRunning());
        m_backend = m_sandbox->backend(OG);
    }

    void cleanup() { m_sandbox->server()->setFaults(OG, SandboxFaults{}); }

    void listOrders_oneLargeArray_arrivesInSlicesWithEveryOrder()
    {
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QVERIFY2(!r->error, qPrintable(r->error ? r->error->userMessage() : QString()));
        QCOMPARE(r->orders.size(), 2500);
        QCOMPARE(r->pages, 3); // slices of 1000, so the first rows show before the rest
        QStringList ids;
        for (const Order& o : std::as_const(r->orders))
            ids << o.id;
        QCOMPARE(ids, m_sandbox->server()->orderIds(OG));
        for (int i = 0; i < r->orders.size(); i += 101) {
            Order expected = m_sandbox->serverOrder(OG, r->orders.at(i).id);
            expected.accountId = u"og-sandbox"_s;
            QCOMPARE(r->orders.at(i), expected);
        }
    }

    void listOrders_withStatusFilter_returnsOnlyThatStatus()
    {
        auto r = collect(m_backend->listOrders(u"scheduled"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY(!r->orders.isEmpty());
        for (const Order& o : std::as_const(r->orders))
            QCOMPARE(o.status, u"scheduled"_s);
    }

    void fetchOrder_idsNeedingPercentEncoding_roundTrip()
    {
        int awkward = 0;
        for (const QString& id : m_sandbox->server()->orderIds(OG)) {
            if (QUrl::toPercentEncoding(id) == id.toUtf8())
                continue;
            ++awkward;
            auto r = collect(m_backend->fetchOrder(id));
            QVERIFY(waitUntilFinished(r));
            QVERIFY2(!r->error, qPrintable(id));
            QCOMPARE(r->order->id, id);
            QCOMPARE(r->raw, m_sandbox->server()->orderJson(OG, id));
        }
        QVERIFY(awkward >= 5);
    }

    void fetchOrder_unknownId_givesNotFoundInNestJsWords()
    {
        auto r = collect(m_backend->fetchOrder(u"missing#1"_s));
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::NotFound);
        QCOMPARE(r->error->httpStatus, 404);
        QVERIFY(!r->error->message.isEmpty());
    }

    void cancel_allowedOrder_cancelsOrderAndItemsOnce()
    {
        const QString id = m_sandbox->findOrder(OG, true);
        QVERIFY(!id.isEmpty());
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Cancelled);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        for (const OrderLine& line : r->outcome.order->lines)
            QCOMPARE(line.offerGrid().itemStatus, u"cancelled"_s);
        QCOMPARE(m_sandbox->server()->cancelRequests(OG, id), 1);
        QCOMPARE(m_sandbox->server()->lastCancelReason(OG, id), u"Duplicate order"_s);
    }

    void cancel_secondTime_isToldApartAsAlreadyCancelled()
    {
        const QString id = m_sandbox->findOrder(OG, true);
        QCOMPARE(cancel(id)->outcome.kind, CancelOutcome::Kind::Cancelled);
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::AlreadyCancelled);
        QCOMPARE(r->outcome.httpStatus, 400);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
    }

    void cancel_itemAcceptedByProvider_isRefusedAndNamesTheProvider()
    {
        QString id;
        for (const QString& candidate : m_sandbox->server()->orderIds(OG)) {
            const Order o = m_sandbox->serverOrder(OG, candidate);
            const bool hasAccepted = std::any_of(o.lines.cbegin(), o.lines.cend(), [](const OrderLine& l) {
                return l.offerGrid().itemStatus == u"accepted" && !l.offerGrid().providerName.isEmpty();
            });
            if (hasAccepted && o.status != u"cancelled") {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Refused);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotCancellable);
        QVERIFY(r->outcome.order);
        const CancelVerdict verdict = CancellationPolicy::evaluate(*r->outcome.order);
        QVERIFY(!verdict.allowed);
        QVERIFY(verdict.explanation.contains(u"has accepted"_s));
        QCOMPARE(m_sandbox->server()->cancelRequests(OG, id), 1);
    }

    void cancel_stateChangedBehindTheClient_isRefusedWithTheNewState()
    {
        const QString id = m_sandbox->findOrder(OG, true);
        const Order before = m_sandbox->serverOrder(OG, id);
        QVERIFY(CancellationPolicy::evaluate(before).allowed);
        QStringList items;
        for (int i = 0; i < before.lines.size(); ++i)
            items << (i == 0 ? u"accepted"_s : before.lines.at(i).offerGrid().itemStatus);
        QVERIFY(m_sandbox->server()->setOfferGridStatus(id, u"accepted"_s, items));
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Refused);
        QCOMPARE(r->outcome.order->lines.first().offerGrid().itemStatus, u"accepted"_s);
    }

    void cancel_unknownId_isRefusedAsNotFound()
    {
        auto r = cancel(u"og-missing"_s);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Refused);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotFound);
    }

    void cancel_reasonOver1000Characters_sendsNothing()
    {
        const QString id = m_sandbox->findOrder(OG, true);
        auto r = cancel(id, QString(1001, u'é'));
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!r->outcome.requestSent);
        QCOMPARE(m_sandbox->server()->cancelRequests(OG, id), 0);
    }

    void listOrders_wrongKey_givesAuthenticationWithoutTheKey()
    {
        const QString key = u"og_wrong_key_42"_s;
        auto backend = m_sandbox->backendWithSecret(OG, key);
        auto r = collect(backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Authentication);
        QCOMPARE(r->error->httpStatus, 401);
        QVERIFY(!r->error->userMessage().contains(key));
    }

    void listOrders_rateLimited_honoursTheBodyRetryAfter()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 1;
        m_sandbox->server()->setFaults(OG, f);
        QElapsedTimer clock;
        clock.start();
        auto r = collect(m_backend->listOrders(u"pending"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY(clock.elapsed() >= 950);
    }

    void listOrders_rateLimitedForAnHour_reportsTheWait()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 3600;
        m_sandbox->server()->setFaults(OG, f);
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(r->error->retryAfterSeconds.value_or(-1), 3600);
        QVERIFY(r->error->userMessage().contains(u"3600"_s));
    }

    void listOrders_serverErrorThenSuccess_retries()
    {
        SandboxFaults f;
        f.serverErrors = 1;
        m_sandbox->server()->setFaults(OG, f);
        auto r = collect(m_backend->listOrders(u"active"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
    }

    void listOrders_truncatedBody_givesProtocolErrorAndNoRows()
    {
        SandboxFaults f;
        f.truncatedPages = 1;
        m_sandbox->server()->setFaults(OG, f);
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Protocol);
        QVERIFY(r->orders.isEmpty());
    }

    void cancel_connectionDroppedAfterTheCancel_reReadsAndNeverResends()
    {
        const QString id = m_sandbox->findOrder(OG, true);
        SandboxFaults f;
        f.dropAfterCancel = 1;
        m_sandbox->server()->setFaults(OG, f);
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(r->outcome.reRead, CancelOutcome::ReRead::ShowsCancelled);
        QCOMPARE(m_sandbox->server()->cancelRequests(OG, id), 1);
    }

    void listOrders_abortedBeforeTheReply_finishesOnceAsAborted()
    {
        SandboxFaults f;
        f.latencyMs = 500;
        m_sandbox->server()->setFaults(OG, f);
        ListOrdersJob* job = m_backend->listOrders();
        auto r = collect(job);
        QTimer::singleShot(50, job, [job] { job->abort(); });
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Aborted);
        QCOMPARE(r->pages, 0);
        QCOMPARE(r->finishedCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestOfferGridClient)
#include "tst_offergridclient.moc"
