// The FlexPortal adapter against the sandbox over real sockets: paging, get, every cancel outcome,
// authentication, and each injected fault, asserting what the agent would see.
#include "api/asyncdecode.h"
#include "api/backendfactory.h"
#include "api/flexportal/flexportalbackend.h"
#include "api/flexportal/flexportalpager.h"
#include "api/networkthread.h"
#include "api/orderbackend.h"
#include "domain/cancellationpolicy.h"
#include "hostileserver.h"
#include "jobresults.h"
#include "sandboxclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <functional>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestFlexPortalClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxClient> m_sandbox;
    std::unique_ptr<OrderBackend> m_backend;
    static constexpr Platform FP = Platform::FlexPortal;

    // whenChecked: see collect(); it runs between the check before sending and the request.
    std::shared_ptr<CancelResult> cancel(const QString& id, const QString& reason = u"Customer changed their mind"_s,
                                         const std::function<void()>& whenChecked = {})
    {
        auto r = collect(m_backend->cancelOrder(id, reason), whenChecked);
        [&] { QVERIFY(waitUntilFinished(r)); }();
        return r;
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 3000;
        config.offerGridOrders = 20;
        m_sandbox = std::make_unique<SandboxClient>(config);
        QVERIFY(m_sandbox->isRunning());
        m_backend = m_sandbox->backend(FP);
    }

    void cleanup() { m_sandbox->server()->setFaults(FP, SandboxFaults{}); }

    void listOrders_overThousandsOfOrders_visitsEveryOrderOnceInPages()
    {
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QVERIFY2(!r->error, qPrintable(r->error ? r->error->userMessage() : QString()));
        QCOMPARE(r->finishedCount, 1);
        QCOMPARE(r->pages, 30); // 3000 orders, 100 a page
        QCOMPARE(r->progressSignals, 30);
        QCOMPARE(r->lastProgressOrders, 3000);

        QStringList ids;
        for (const Order& o : std::as_const(r->orders)) {
            ids << o.id;
            QCOMPARE(o.accountId, u"fp-sandbox"_s);
            QCOMPARE(o.platform, FP);
        }
        QCOMPARE(ids, m_sandbox->server()->orderIds(FP));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void listOrders_withStatusFilter_returnsOnlyThatStatus()
    {
        auto r = collect(m_backend->listOrders(u"partial"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY(!r->orders.isEmpty());
        for (const Order& o : std::as_const(r->orders))
            QCOMPARE(o.status, u"partial"_s);
    }

    void listOrders_decodesWhatTheServerHolds()
    {
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        // Every listed order equals the one the server holds, field by field.
        for (int i = 0; i < r->orders.size(); i += 97) {
            Order expected = m_sandbox->serverOrder(FP, r->orders.at(i).id);
            expected.accountId = u"fp-sandbox"_s;
            QCOMPARE(r->orders.at(i), expected);
        }
    }

    void fetchOrder_idsNeedingPercentEncoding_roundTrip()
    {
        int awkward = 0;
        for (const QString& id : m_sandbox->server()->orderIds(FP)) {
            const bool needsEncoding = QUrl::toPercentEncoding(id) != id.toUtf8();
            if (!needsEncoding)
                continue;
            ++awkward;
            auto r = collect(m_backend->fetchOrder(id));
            QVERIFY(waitUntilFinished(r));
            QVERIFY2(!r->error, qPrintable(id + u": "_s + (r->error ? r->error->userMessage() : QString())));
            QCOMPARE(r->order->id, id);
            QCOMPARE(r->raw, m_sandbox->server()->orderJson(FP, id));
        }
        QVERIFY2(awkward >= 5, "the sandbox should hold ids with /, #, %, ?, spaces and non-ASCII");
    }

    void fetchOrder_unknownId_givesNotFound()
    {
        auto r = collect(m_backend->fetchOrder(u"no such order/../x"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::NotFound);
        QCOMPARE(r->error->httpStatus, 404);
        QCOMPARE(r->error->code, u"NOT_FOUND"_s);
    }

    void cancel_allowedOrder_cancelsOnceAndShowsCancelled()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        QVERIFY(!id.isEmpty());
        const QString reason = u"Kunde hat es sich anders überlegt – 🙂"_s;
        auto r = cancel(id, reason);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(r->requestSentSignal);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Cancelled);
        QVERIFY(r->outcome.requestSent);
        QCOMPARE(r->outcome.httpStatus, 200);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1);
        QCOMPARE(m_sandbox->server()->lastCancelReason(FP, id), reason);
        QCOMPARE(m_sandbox->serverOrder(FP, id).status, u"cancelled"_s);
    }

    void cancel_successReply_keepsThePlatformsMessage()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        QVERIFY(!id.isEmpty());
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Cancelled);
        // The page: {success: true, message, orderId}; the message is shown and kept.
        QVERIFY(!r->outcome.platformMessage.isEmpty());
        QVERIFY(r->outcome.summary().contains(r->outcome.platformMessage));
        QVERIFY(!r->outcome.reasonNotTaken);
    }

    void cancel_secondTime_isSettledByTheCheckWithoutASecondRequest()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        QVERIFY(!id.isEmpty());
        QCOMPARE(cancel(id)->outcome.kind, CancelOutcome::Kind::Cancelled);
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::AlreadyCancelled);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(!r->requestSentSignal);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1); // the check read it cancelled: nothing sent
    }

    void cancel_cancelledBetweenCheckAndSend_givesAlreadyCancelled()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        QVERIFY(!id.isEmpty());
        auto r =
            cancel(id, u"Duplicate"_s, [&] { QVERIFY(m_sandbox->server()->setFlexPortalStatus(id, u"cancelled"_s)); });
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::AlreadyCancelled);
        QVERIFY(r->outcome.requestSent);
        QVERIFY(r->outcome.error);
        QCOMPARE(r->outcome.error->code, u"ALREADY_CANCELLED"_s);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1);
    }

    void cancel_orderWithRentedDevices_isNotSentAfterTheCheck()
    {
        const QString id = m_sandbox->findOrder(FP, false, u"partial"_s);
        QVERIFY(!id.isEmpty());
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Refused);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(!r->requestSentSignal);
        QVERIFY(r->outcome.error);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotCancellable);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"partial"_s);
        // The agent is told why, in the policy's words, and that nothing was sent.
        const QString why = CancellationPolicy::evaluate(*r->outcome.order).explanation;
        QVERIFY(!why.isEmpty());
        QVERIFY2(r->outcome.summary().contains(why), qPrintable(r->outcome.summary()));
        QVERIFY2(r->outcome.summary().contains(u"Nothing was sent"_s), qPrintable(r->outcome.summary()));
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 0);
    }

    void cancel_devicesRentedBetweenCheckAndSend_isRefusedWithTheOrderReRead()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        QVERIFY(!id.isEmpty());
        auto r =
            cancel(id, u"Duplicate"_s, [&] { QVERIFY(m_sandbox->server()->setFlexPortalStatus(id, u"partial"_s, 1)); });
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Refused);
        QVERIFY(r->outcome.requestSent);
        QVERIFY(r->outcome.error);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotCancellable);
        QCOMPARE(r->outcome.error->code, u"ORDER_NOT_CANCELLABLE"_s);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"partial"_s);
        QVERIFY(!CancellationPolicy::evaluate(*r->outcome.order).explanation.isEmpty());
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1);
    }

    void cancel_unknownId_failsAtTheCheckAndSendsNothing()
    {
        auto r = cancel(u"ord_does_not_exist"_s);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(r->outcome.error);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::NotFound);
        QVERIFY(!r->outcome.order);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, u"ord_does_not_exist"_s), 0);
    }

    void cancel_reasonOver1000Characters_sendsNothing()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        auto r = cancel(id, QString(1001, u'x'));
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Failed);
        QVERIFY(!r->outcome.requestSent);
        QVERIFY(!r->requestSentSignal);
        QCOMPARE(r->outcome.error->kind, ApiError::Kind::Validation);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 0);

        auto blank = cancel(id, u"   \n "_s);
        QCOMPARE(blank->outcome.kind, CancelOutcome::Kind::Failed);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 0);
    }

    void listOrders_wrongKey_givesAuthenticationWithoutTheKey()
    {
        const QString key = u"pk_live_wrong_secret_123"_s;
        auto backend = m_sandbox->backendWithSecret(FP, key);
        auto r = collect(backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Authentication);
        QCOMPARE(r->error->code, u"INVALID_TOKEN"_s);
        QVERIFY(!r->error->userMessage().contains(key));
        QVERIFY(r->orders.isEmpty());
    }

    void listOrders_wrongTenant_givesPermission()
    {
        auto backend = m_sandbox->backendWithSecret(FP, m_sandbox->server()->config().credentials.flexPortalKey,
                                                    u"someone-else"_s);
        auto r = collect(backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Permission);
        QCOMPARE(r->error->code, u"NO_TENANT_ACCESS"_s);
    }

    void listOrders_afterTwoServerErrors_retriesAndSucceeds()
    {
        SandboxFaults f;
        f.serverErrors = 2;
        m_sandbox->server()->setFaults(FP, f);
        const int before = m_sandbox->server()->requestCount(FP);
        auto r = collect(m_backend->listOrders(u"fulfilled"_s));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY(!r->orders.isEmpty());
        QCOMPARE(m_sandbox->server()->requestCount(FP) - before, r->pages + 2);
    }

    void fetchOrder_persistentServerErrors_failAfterFourTriesWithThePageTitle()
    {
        SandboxFaults f;
        f.serverErrors = 100;
        m_sandbox->server()->setFaults(FP, f);
        const int before = m_sandbox->server()->requestCount(FP);
        auto r = collect(m_backend->fetchOrder(m_sandbox->server()->orderIds(FP).first()));
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Server);
        QCOMPARE(r->error->httpStatus, 503);
        QCOMPARE(m_sandbox->server()->requestCount(FP) - before, 4);
        QVERIFY(!r->error->message.contains(u"<"_s)); // the HTML page is summarised, not dumped
    }

    void fetchOrder_rateLimited_waitsAsRetryAfterSays()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 1;
        m_sandbox->server()->setFaults(FP, f);
        QElapsedTimer clock;
        clock.start();
        auto r = collect(m_backend->fetchOrder(m_sandbox->server()->orderIds(FP).first()));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY2(clock.elapsed() >= 950, "the retry came before Retry-After allowed it");
    }

    void fetchOrder_rateLimitedLongerThanWeWait_reportsRateLimitedWithSeconds()
    {
        SandboxFaults f;
        f.rateLimits = 1;
        f.retryAfterSeconds = 3600;
        m_sandbox->server()->setFaults(FP, f);
        auto r = collect(m_backend->fetchOrder(m_sandbox->server()->orderIds(FP).first()));
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(r->error->retryAfterSeconds.value_or(-1), 3600);
    }

    void cancel_connectionDroppedAfterTheCancel_reReadsAndNeverResends()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        SandboxFaults f;
        f.dropAfterCancel = 1;
        m_sandbox->server()->setFaults(FP, f);
        auto r = cancel(id);
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(r->outcome.reRead, CancelOutcome::ReRead::ShowsCancelled);
        QVERIFY(r->outcome.order);
        QCOMPARE(r->outcome.order->status, u"cancelled"_s);
        QVERIFY(r->outcome.summary().contains(u"cancelled"_s));
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1);
    }

    void cancel_answeredWith503_isUnknownAndReReadShowsNotCancelled()
    {
        const QString id = m_sandbox->findOrder(FP, true);
        SandboxFaults f;
        f.serverErrors = 1;
        // The fault waits for the cancel itself: the check before it reads the order cleanly.
        auto r = cancel(id, u"Duplicate"_s, [&] { m_sandbox->server()->setFaults(FP, f); });
        QCOMPARE(r->outcome.kind, CancelOutcome::Kind::Unknown);
        QCOMPARE(r->outcome.reRead, CancelOutcome::ReRead::ShowsNotCancelled);
        QCOMPARE(m_sandbox->server()->cancelRequests(FP, id), 1);
    }

    void listOrders_truncatedPage_givesProtocolErrorNamingThePage()
    {
        SandboxFaults f;
        f.truncatedPages = 1;
        m_sandbox->server()->setFaults(FP, f);
        auto r = collect(m_backend->listOrders());
        QVERIFY(waitUntilFinished(r));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Protocol);
        QVERIFY2(r->error->message.contains(u"Page 1"_s), qPrintable(r->error->message));
        QCOMPARE(r->pages, 0); // nothing half-decoded was passed on
    }

    void fetchOrder_withLatency_arrivesAfterIt()
    {
        SandboxFaults f;
        f.latencyMs = 300;
        m_sandbox->server()->setFaults(FP, f);
        QElapsedTimer clock;
        clock.start();
        auto r = collect(m_backend->fetchOrder(m_sandbox->server()->orderIds(FP).first()));
        QVERIFY(waitUntilFinished(r));
        QVERIFY(!r->error);
        QVERIFY(clock.elapsed() >= 300);
    }

    void fetchOrder_serverStallsBeyondTheTimeout_givesTimeout()
    {
        SandboxFaults f;
        f.stallMs = 5000;
        m_sandbox->server()->setFaults(FP, f);
        TransportSettings s = SandboxClient::fastSettings();
        s.timeoutMs = 300;
        s.maxTries = 1;
        auto backend = m_sandbox->backend(FP, s);
        auto r = collect(backend->fetchOrder(m_sandbox->server()->orderIds(FP).first()));
        QVERIFY(waitUntilFinished(r, 10000));
        QVERIFY(r->error);
        QCOMPARE(r->error->kind, ApiError::Kind::Timeout);
    }

    void listOrders_abortedAfterTheFirstPage_stopsAndFinishesOnce()
    {
        const int before = m_sandbox->server()->requestCount(FP);
        ListOrdersJob* job = m_backend->listOrders();
        auto r = collect(job);
        QPointer<ListOrdersJob> guard(job);
        connect(job, &ListOrdersJob::pageReceived, job, [job] { job->abort(); });
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->pages, 1);
        QCOMPARE(r->error->kind, ApiError::Kind::Aborted);
        QCOMPARE(r->finishedCount, 1);
        const int atFinish = m_sandbox->server()->requestCount(FP);
        QTRY_VERIFY(guard.isNull()); // the job cleaned itself up...
        // ...and asked for nothing more than the pages it had already asked for ahead of time.
        QVERIFY2(atFinish - before <= FlexPortalPager::MaxAhead, qPrintable(QString::number(atFinish - before)));
        QCOMPARE(m_sandbox->server()->requestCount(FP), atFinish);
    }

    void listOrders_inAPagingThread_pagesOnTheirWayWhenAbortedAreDropped()
    {
        // The paging thread goes on fetching and decoding while the receiver is busy with the first
        // page, so later pages wait in the job's event queue when the receiver aborts: none of them
        // may reach it, and the list finishes once, aborted.
        NetworkThread paging;
        const auto backend = m_sandbox->backend(FP, SandboxClient::fastSettings(), &paging);
        const int before = m_sandbox->server()->requestCount(FP);
        ListOrdersJob* job = backend->listOrders();
        auto r = collect(job);
        connect(job, &ListOrdersJob::pageReceived, job, [this, job, before] {
            // Busy (not sleeping) until the sandbox has been asked for five more pages.
            const QDeadlineTimer deadline(10000);
            while (m_sandbox->server()->requestCount(FP) < before + 6 && !deadline.hasExpired())
                QThread::yieldCurrentThread();
            job->abort();
        });
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->pages, 1);
        QCOMPARE(r->orders.size(), FlexPortalBackend::PageSize);
        QCOMPARE(r->error->kind, ApiError::Kind::Aborted);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(m_sandbox->server()->requestCount(FP) >= before + 6); // the pages were on their way
    }

    void fetchOrder_largeBody_isDecodedWithoutGoingThroughTheWorkerPool()
    {
        // Decoding an order needs its backend; on the worker pool, the backend could go meanwhile
        // (the accounts changed) and the decode would use it. One order is small enough to decode
        // where it arrives, however large: this one finishes while the only worker is busy.
        const QString id = m_sandbox->findOrder(FP, true);
        const QByteArray body = m_sandbox->server()->orderJson(FP, id) + QByteArray(InlineDecodeLimit, ' ');
        HostileServer server([body](const ReceivedRequest&) {
            HostileServer::Reply reply;
            reply.body = body;
            return reply;
        });
        QVERIFY(server.start());
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore leave;
        pool.start([&leave] { leave.acquire(); });
        const auto unblock = qScopeGuard([&leave] { leave.release(); });
        Account account = m_sandbox->account(FP);
        account.baseUrl = server.url();
        const auto backend =
            createBackend(account, u"key"_s, m_sandbox->network(), SandboxClient::fastSettings(), nullptr, &pool);
        const auto fetched = collect(backend->fetchOrder(id));
        QVERIFY2(waitUntilFinished(fetched, 10000), "the order waited for the worker pool");
        QVERIFY(!fetched->error);
        QCOMPARE(fetched->order->id, id);
    }

    void anyRequest_plainHttpToAnotherHost_isRefusedBeforeSending()
    {
        Account a = m_sandbox->account(FP);
        a.baseUrl = QUrl(u"http://flexportal.example.com"_s);
        auto insecure = createBackend(a, u"key"_s, m_sandbox->network(), SandboxClient::fastSettings());
        auto r = collect(insecure->fetchOrder(u"ord_1"_s));
        QVERIFY(waitUntilFinished(r));
        QCOMPARE(r->error->kind, ApiError::Kind::Configuration);
        QVERIFY(r->error->message.contains(u"https"_s));
    }
};

QTEST_GUILESS_MAIN(TestFlexPortalClient)
#include "tst_flexportalclient.moc"
