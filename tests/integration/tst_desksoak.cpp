// The desk soak: a working day at the desk, compressed. The real main window runs offscreen with
// the services the composition root makes (TestDesk, plus the PendingReconciler and the
// HistorySyncer wired as CompositionRoot wires them) against the sandbox in a child process
// (tests/support/sandboxprocess.h: the memory measured is the desk's, not the server's), for
// ORDERDESK_DESK_SOAK_SECONDS (default 600; the test command runs a short one), while random faults
// hit the sandbox (latency, 503s, 429s, cancel replies lost, truncated pages, stalls), the agent
// presses F5, cancels orders through the CancelService, edits the accounts (the backends are
// rebuilt in the middle of loads and cancels), and the team PostgreSQL history goes away and comes
// back: it is reached through a loopback TCP proxy (tests/support/tcpproxy.h) that the soak
// switches off (connections cut, new ones refused) and on again. Yesterday's crash left attempts
// pending, and FlexPortal is down when the desk starts, so the reconciler has work during the day.
//
// At the end nothing may be stuck (the loader and its indicator, the cancel service, the
// reconciler, the history thread's queue), every attempt in the local history is settled and
// reached PostgreSQL with the same outcome, no cancel was sent twice, and resident memory has grown
// by less than 5 % since the first refresh. It prints its seed and its figures.
//
// Every random choice comes from one seed, printed at the start (and again when the run fails):
// ORDERDESK_SOAK_SEED=<seed> replays the same sandbox, faults, picks, edits and outages (as far as
// timing lets a replay follow the same path), as it does for tst_soak.
#include "api/allocator.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/offergrid/offergriddecoder.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"
#include "residentmemory.h"
#include "sandbox/sandboxcommandline.h"
#include "sandboxprocess.h"
#include "services/cancelattempts.h"
#include "services/historysyncer.h"
#include "services/pendingreconciler.h"
#include "soakplan.h"
#include "stallmeter.h"
#include "tcpproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <map>
#include <optional>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultSoakSeconds = 600;
// After the soak: how long loads, cancels and the reconciler may take to end on their own (faults
// are off by then; every request has a timeout), and the team copy to catch up.
constexpr int DrainTimeoutMs = 60000;
constexpr int CatchUpTimeoutMs = 60000;
// The product goal of issue 16: resident memory after the first refresh grows less than this.
constexpr double MaxRssGrowthPercent = 5.0;
// The goal is a working day's: it is checked in runs of this length or more (the ten-minute run).
// A short run (the test command's 30 s) prints the figure: there the heaps have only begun to
// fragment (README, "Testing"), and the figure moves by points from run to run.
constexpr int MemoryGoalMinSeconds = 300;
// Attempts yesterday's crashed run left pending, per platform.
constexpr int PendingFromYesterday = 3;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true; // its allocator keeps freed memory in quarantine
#else
constexpr bool UnderAddressSanitizer = false;
#endif

int soakSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ORDERDESK_DESK_SOAK_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : DefaultSoakSeconds;
}

// What the allocator has handed out and not had back (glibc's figures; 0 elsewhere): what the
// process really holds, apart from the allocator's free but unreturned memory.
qint64 heapInUse()
{
#if defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
#else
    return 0;
#endif
}

// Where resident memory is, for the figures: the heaps' size (glibc's arena total and mapped
// blocks), the anonymous and the file-backed pages, and the number of threads.
QString memoryBreakdown()
{
    QString line;
#if defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    line += u"heaps %1 MiB (free in them %2 MiB, trimmable %3 MiB), "_s
                .arg(double(m.arena + m.hblkhd) / 1048576.0, 0, 'f', 1)
                .arg(double(m.fordblks) / 1048576.0, 0, 'f', 1)
                .arg(double(m.keepcost) / 1048576.0, 0, 'f', 1);
#endif
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& l : status.readAll().split('\n')) {
            if (l.startsWith("RssAnon:") || l.startsWith("RssFile:") || l.startsWith("Threads:"))
                line += QString::fromLatin1(l.simplified()) + u"; "_s;
        }
    }
    return line;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

// Short timeouts and backoff, so that faults cost little time; the settings edit switches the
// timeout between the two (a 2.5 s stall times out with the first, not with the second).
TransportSettings soakTransport(int timeoutMs)
{
    TransportSettings s;
    s.timeoutMs = timeoutMs;
    s.backoffBaseMs = 20;
    s.backoffCapMs = 200;
    s.http2 = false;
    return s;
}

QString describe(const std::map<QString, int>& counts)
{
    QStringList parts;
    for (const auto& [name, count] : counts)
        parts << u"%1 %2"_s.arg(name).arg(count);
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

Order decodedOrder(SandboxProcess& sandbox, Platform platform, const QString& id)
{
    const QByteArray json = sandbox.orderJson(platform, id);
    Result<Order> r =
        platform == Platform::FlexPortal ? FlexPortalDecoder::decodeOrder(json) : OfferGridDecoder::decodeOrder(json);
    return r.ok() ? std::move(r).value() : Order{};
}

// Every random choice of a run, from its seed, one generator per kind of choice, so that how often
// one kind is drawn (which depends on timing) never shifts another's sequence.
class DeskSchedule
{
public:
    struct FaultSwitch
    {
        Platform platform = Platform::FlexPortal;
        SandboxFaults faults;
        int nextInMs = 0;
    };
    struct Outage
    {
        int offAtMs = 0; // from the start of the soak
        int onAtMs = 0;
    };
    enum class Edit
    {
        RenameAccount,  // the accounts dialog: a display name changed, apply()
        ChangeSettings, // the settings dialog: another timeout, activate()
    };

    explicit DeskSchedule(quint32 seed)
        : m_faults(stream(seed, 1))
        , m_picks(stream(seed, 2))
        , m_refreshes(stream(seed, 3))
        , m_edits(stream(seed, 4))
        , m_outages(stream(seed, 5))
    {}

    FaultSwitch nextFaultSwitch()
    {
        FaultSwitch next;
        next.platform = m_faults.bounded(2) == 0 ? Platform::FlexPortal : Platform::OfferGrid;
        next.faults = randomFaults();
        next.nextInMs = 400 + int(m_faults.bounded(1600));
        return next;
    }

    // The agent's next pick: when, whether any row (else one the policy allows), which, why.
    int nextPickInMs() { return 300 + int(m_picks.bounded(700)); }
    bool nextPickIsAnyRow() { return m_picks.bounded(4) == 0; }
    int nextRow(int rows) { return int(m_picks.bounded(quint32(rows))); }
    CancelReason::Preset nextPreset() { return CancelReason::Preset(m_picks.bounded(5)); }

    int firstRefreshInMs() { return 1000 + int(m_refreshes.bounded(2000)); }
    int nextRefreshInMs() { return 1500 + int(m_refreshes.bounded(4500)); }

    int firstEditInMs() { return 3000 + int(m_edits.bounded(5000)); }
    int nextEditInMs() { return 4000 + int(m_edits.bounded(11000)); }
    Edit nextEdit() { return m_edits.bounded(2) == 0 ? Edit::RenameAccount : Edit::ChangeSettings; }
    int nextAccount(int accounts) { return int(m_edits.bounded(quint32(accounts))); }

    // When the team database goes away and comes back: the first outage within the first quarter,
    // each 1.5 s to 8 s (at most 15 % of the soak), 3 s to 23 s apart, none in the last fifth.
    QList<Outage> outagePlan(int soakMs)
    {
        QList<Outage> plan;
        const int longest = std::max(1500, std::min(8000, soakMs * 15 / 100));
        int at = soakMs / 10 + int(m_outages.bounded(quint32(std::max(1, soakMs * 15 / 100))));
        for (;;) {
            const int length = 1500 + int(m_outages.bounded(quint32(longest - 1500 + 1)));
            if (at + length > soakMs * 80 / 100)
                break;
            plan.append({at, at + length});
            at += length + 3000 + int(m_outages.bounded(20000));
        }
        return plan;
    }

private:
    static QRandomGenerator stream(quint32 seed, quint32 kind)
    {
        const quint32 words[] = {seed, kind, 0x6465736bu}; // "desk": not tst_soak's streams
        return QRandomGenerator(words, 3);
    }

    // A stall that times out with the 2 s setting, not with the 3 s one.
    SandboxFaults randomFaults() { return randomSoakFaults(m_faults, 2500); }

    QRandomGenerator m_faults;
    QRandomGenerator m_picks;
    QRandomGenerator m_refreshes;
    QRandomGenerator m_edits;
    QRandomGenerator m_outages;
};

// What happened, for the figures at the end.
struct Tally
{
    int refreshes = 0; // F5 presses
    int loadsFinished = 0;
    std::map<QString, int> accountLoadErrors; // by kind
    int picks = 0;
    int submitted = 0;
    int refusedByPolicy = 0;
    int refusedAsRunning = 0;
    int notStarted = 0;
    int finished = 0;
    std::map<QString, int> outcomes;
    int edits = 0;
    int editsDuringLoad = 0;
    int editsDuringCancels = 0;
    int faultSwitches = 0;
    int outages = 0;
    qint64 outageMs = 0;
    int syncRuns = 0;
    int syncFailures = 0;
    int copied = 0;
    qint64 longestCatchUpMs = 0; // from the proxy coming back to the first copy that reached the team
    int reconcileRounds = 0;
    int reconciled = 0;
};

} // namespace

class TestDeskSoak : public QObject
{
    Q_OBJECT

    HistoryTestDatabases m_databases;

public:
    TestDeskSoak()
    {
        // Qt Test stops a test function after 5 minutes; the long run takes ten, and the drain after.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qint64(soakSeconds() + 300) * 1000));
    }

private slots:
    void initTestCase()
    {
        limitAllocatorHeaps(); // as the desk's main() does before anything else
        // Thousands of requests: the client's own per-request lines would drown the figures (and
        // Qt Test stops printing after 2000 messages).
        QLoggingCategory::setFilterRules(u"orderdesk.*.debug=false\norderdesk.*.info=false"_s);
    }

    void schedule_sameSeed_repeatsEveryChoice()
    {
        DeskSchedule run(2718);
        DeskSchedule replay(2718);
        QCOMPARE(run.outagePlan(600000).size(), replay.outagePlan(600000).size());
        for (int i = 0; i < 50; ++i) {
            const DeskSchedule::FaultSwitch a = run.nextFaultSwitch();
            const DeskSchedule::FaultSwitch b = replay.nextFaultSwitch();
            QCOMPARE(a.platform, b.platform);
            QVERIFY(a.faults == b.faults);
            QCOMPARE(a.nextInMs, b.nextInMs);
            QCOMPARE(run.nextRow(1000), replay.nextRow(1000));
            QCOMPARE(run.nextEdit(), replay.nextEdit());
            QCOMPARE(run.nextRefreshInMs(), replay.nextRefreshInMs());
        }
    }

    // The soak's sandbox is a child process: what it is told and what it answers must be what the
    // in-process server would do and say.
    void sandboxProcess_faultSpec_replacesEveryFault()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            const Platform platform = i % 2 ? Platform::OfferGrid : Platform::FlexPortal;
            SandboxFaults faults = randomSoakFaults(rng, 2500);
            faults.rateLimitPerSecond = i % 3;
            faults.strictBody = platform == Platform::OfferGrid && i % 4 == 1;
            SandboxCommandLine parsed;
            parsed.flexPortalFaults.serverErrors = 99; // what the platform had before: replaced
            parsed.offerGridFaults.latencyMs = 99;
            QString error;
            QVERIFY2(applyFaultSpec(SandboxProcess::faultSpec(platform, faults), &parsed, &error), qPrintable(error));
            QVERIFY(faults == (platform == Platform::FlexPortal ? parsed.flexPortalFaults : parsed.offerGridFaults));
        }
    }

    void sandboxProcess_answersAsTheServerWould()
    {
        SandboxConfig config;
        config.seed = 99;
        config.flexPortalOrders = 30;
        config.offerGridOrders = 12;
        SandboxServer reference(config); // the same seed gives the same data
        SandboxProcess child(config);
        QVERIFY2(child.start(), qPrintable(child.errorString()));
        QCOMPARE(child.orderIds(Platform::FlexPortal), reference.orderIds(Platform::FlexPortal));
        QCOMPARE(child.orderIds(Platform::OfferGrid), reference.orderIds(Platform::OfferGrid));
        const QString id = reference.orderIds(Platform::OfferGrid).at(3);
        QCOMPARE(child.orderJson(Platform::OfferGrid, id), reference.orderJson(Platform::OfferGrid, id));
        QVERIFY(child.cancelRequests(Platform::FlexPortal).isEmpty());
        QVERIFY(child.residentBytes() > 0);

        // A cancel over HTTP, refused by the faults set: counted, and answered 503.
        SandboxFaults down;
        down.serverErrors = 1;
        child.setFaults(Platform::FlexPortal, down);
        QVERIFY(child.waitForFaults()); // applied before the request below
        const QString cancelled = reference.orderIds(Platform::FlexPortal).at(5);
        QNetworkAccessManager network;
        QNetworkRequest request(child.baseUrl().resolved(QUrl(u"/v1/orders/%1/cancel"_s.arg(cancelled))));
        request.setRawHeader("Authorization", "Bearer " + config.credentials.flexPortalKey.toUtf8());
        request.setRawHeader("Tenant-ID", config.credentials.tenantId.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArrayLiteral("{\"reason\":\"test\"}")));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QCOMPARE(child.cancelRequests(Platform::FlexPortal).value(cancelled), 1);
        QVERIFY(child.ok());

        // A question it cannot answer is an error in words; later questions are not asked (out of step).
        QVERIFY(child.orderJson(Platform::FlexPortal, u"no-such-order"_s).isEmpty());
        QVERIFY(!child.ok());
        QVERIFY2(child.errorString().contains(u"no such order"_s), qPrintable(child.errorString()));
    }

    void schedule_outages_comeEarlyAndEndBeforeTheLastFifth()
    {
        for (quint32 seed = 1; seed <= 200; ++seed) {
            for (const int soakMs : {30000, 600000}) {
                const QList<DeskSchedule::Outage> plan = DeskSchedule(seed).outagePlan(soakMs);
                QVERIFY2(!plan.isEmpty(), qPrintable(u"seed %1, %2 ms"_s.arg(seed).arg(soakMs)));
                QVERIFY(plan.first().offAtMs <= soakMs / 4);
                int before = 0;
                for (const DeskSchedule::Outage& o : plan) {
                    QVERIFY(o.offAtMs >= before && o.onAtMs > o.offAtMs);
                    QVERIFY(o.onAtMs <= soakMs * 80 / 100);
                    before = o.onAtMs;
                }
            }
        }
    }

    void deskSoak_aDayOfFaultsEditsAndOutages_leavesNothingStuckOrUnsynced()
    {
        // The team history is a real PostgreSQL server (pg_virtualenv in the test command).
        ORDERDESK_SKIP_OR_FAIL_WITHOUT_POSTGRES();

        const int seconds = soakSeconds();
        const int soakMs = seconds * 1000;
        const std::optional<quint32> givenSeed = soakSeed();
        QVERIFY2(givenSeed, "ORDERDESK_SOAK_SEED holds no number (it replays a run: give the seed a run printed)");
        const quint32 seed = *givenSeed;
        DeskSchedule schedule(seed);
        qInfo("desk soak: %d s, seed %u; to replay this run: ORDERDESK_SOAK_SEED=%u", seconds, seed, seed);
        const auto sayTheSeedOnFailure = qScopeGuard([seed, seconds] {
            if (QTest::currentTestFailed())
                qWarning("desk soak FAILED with seed %u; replay it with ORDERDESK_SOAK_SEED=%u "
                         "ORDERDESK_DESK_SOAK_SECONDS=%d build/ci/tests/integration/tst_desksoak",
                         seed, seed, seconds);
        });

        // The team database, reached through the proxy; the test looks at it directly.
        const HistoryLocation teamDirect = m_databases.freshPostgres();
        TcpProxy proxy(teamDirect.host, quint16(teamDirect.port));
        QVERIFY(proxy.start());
        HistoryLocation team = teamDirect;
        team.host = u"127.0.0.1"_s;
        team.port = proxy.port();

        SandboxConfig config;
        config.seed = seed;
        config.flexPortalOrders = 4000;
        config.offerGridOrders = 1500;
        // The sandbox runs in a process of its own: the memory measured here is the desk's alone (the
        // server's allocations would share the desk's heaps and fragment them; its own figure is
        // printed at the end).
        SandboxProcess sandbox(config);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QStringList flexPortalIds = sandbox.orderIds(Platform::FlexPortal);
        const QStringList offerGridIds = sandbox.orderIds(Platform::OfferGrid);
        const int totalOrders = int(flexPortalIds.size() + offerGridIds.size());
        QCOMPARE(totalOrders, config.flexPortalOrders + config.offerGridOrders);
        TestDesk desk(sandbox.endpoint());
        QVERIFY(desk.running);
        int timeoutMs = 2000;
        desk.accounts.setTransportSettings(soakTransport(timeoutMs));

        // Yesterday's run stopped between sending and recording: its attempts are pending.
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        const AgentInfo agent{u"Soak Agent"_s, u"loopback"_s, u"test"_s};
        for (const Platform platform : {Platform::FlexPortal, Platform::OfferGrid}) {
            const QStringList& ids = platform == Platform::FlexPortal ? flexPortalIds : offerGridIds;
            for (int i = 0; i < PendingFromYesterday; ++i) {
                Order order = decodedOrder(sandbox, platform, ids.at(i * 7));
                QVERIFY(!order.id.isEmpty());
                order.accountId = desk.accountOf(platform);
                Account account;
                account.id = order.accountId;
                account.baseUrl = sandbox.baseUrl();
                CancelReason reason;
                reason.text = u"Yesterday's cancel"_s;
                CancelAttempt attempt = pendingCancelAttempt(order, account, reason, agent);
                attempt.startedAt = yesterday.addSecs(i);
                QVERIFY(desk.history->recordPending(attempt).ok());
            }
        }

        // What the composition root adds to the desk when a team history is set: the reconciler at
        // every ready(), the syncer at start, after the reconciler and around every cancel.
        PendingReconciler reconciler(&desk.historyWriter, &desk.backends, QDateTime::currentDateTimeUtc());
        HistorySyncer syncer(desk.localHistory(), team, &desk.historyPool);
        connect(&desk.accounts, &AccountsService::ready, &reconciler, &PendingReconciler::reconcile);
        connect(&reconciler, &PendingReconciler::finished, &syncer, &HistorySyncer::syncSoon);
        connect(&desk.cancel, &CancelService::cancelStarted, &syncer, &HistorySyncer::syncSoon);
        connect(&desk.cancel, &CancelService::cancelFinished, &syncer, &HistorySyncer::syncSoon);

        Tally tally;
        std::optional<int> lastStillPending;
        QElapsedTimer clock;
        std::optional<qint64> proxyBackAtMs; // waiting for the first copy after an outage
        connect(&reconciler, &PendingReconciler::finished, this, [&](int settled, int stillPending) {
            ++tally.reconcileRounds;
            tally.reconciled += settled;
            lastStillPending = stillPending;
        });
        connect(&syncer, &HistorySyncer::syncFinished, this, [&](const HistorySyncReport& report) {
            ++tally.syncRuns;
            tally.copied += report.copied;
            if (report.error) {
                ++tally.syncFailures;
            } else if (proxyBackAtMs && report.copied > 0) {
                tally.longestCatchUpMs = std::max(tally.longestCatchUpMs, clock.elapsed() - *proxyBackAtMs);
                proxyBackAtMs.reset();
            }
        });
        connect(&desk.loader, &OrderLoader::finished, this, [&] { ++tally.loadsFinished; });
        connect(&desk.loader, &OrderLoader::accountFailed, this,
                [&](const QString&, const ApiError& error) { ++tally.accountLoadErrors[error.kindKey()]; });

        QSet<QString> inFlight; // cancels submitted and not yet finished (order keys)
        // Every order a cancel was submitted for (account, id: the row's own text, shared). Room made
        // before the day: the soak measures the process's memory, and its own bookkeeping, grown a
        // block at a time among the desk's, kept pages from being handed back as the desk's do.
        std::vector<std::pair<QString, QString>> attempted;
        attempted.reserve(size_t(seconds) * 4);
        connect(&desk.cancel, &CancelService::cancelFinished, this,
                [&](const QString& accountId, const QString& orderId, const CancelOutcome& outcome) {
                    inFlight.remove(OrderListModel::keyOf(accountId, orderId));
                    ++tally.finished;
                    QString detail = outcome.kindKey();
                    if (outcome.error)
                        detail += u'/' + outcome.error->kindKey();
                    ++tally.outcomes[detail];
                });
        connect(&desk.cancel, &CancelService::cancelNotStarted, this,
                [&](const QString& accountId, const QString& orderId, const ApiError&) {
                    inFlight.remove(OrderListModel::keyOf(accountId, orderId));
                    ++tally.notStarted;
                });

        // The morning: FlexPortal is down when the desk starts, so yesterday's FlexPortal attempts
        // stay pending (the reconciler tries again at the next ready()); then the first refresh.
        SandboxFaults down;
        down.serverErrors = 1000000;
        sandbox.setFaults(Platform::FlexPortal, down);
        QVERIFY2(sandbox.waitForFaults(), qPrintable(sandbox.errorString()));
        syncer.syncSoon(); // at start, what an earlier run could not copy
        desk.window->show();
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get())); // F5 reaches it
        QVERIFY(desk.activate());
        QTRY_VERIFY_WITH_TIMEOUT(tally.reconcileRounds == 1 && !reconciler.isRunning(), DrainTimeoutMs);
        const int pendingAfterStart = lastStillPending.value_or(-1);
        QCOMPARE(pendingAfterStart, PendingFromYesterday); // FlexPortal's wait for its next ready()
        sandbox.setFaults(Platform::FlexPortal, {});
        QVERIFY2(sandbox.waitForFaults(), qPrintable(sandbox.errorString()));
        {
            QSignalSpy loaded(&desk.loader, &OrderLoader::finished);
            QSignalSpy trimmed(&desk.loader, &OrderLoader::memoryReturned);
            QTest::keyClick(desk.window.get(), Qt::Key_F5);
            ++tally.refreshes;
            QVERIFY(loaded.wait(30000));
            QVERIFY(trimmed.wait(10000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!syncer.isRunning(), CatchUpTimeoutMs);
        QVERIFY(desk.orders.rowCount() == totalOrders);
        // Memory is compared at rest, here and at the end: the desk's trim after the load done, the
        // pools idle.
        QVERIFY(desk.workers.waitForDone(DrainTimeoutMs));
        QVERIFY(desk.historyPool.waitForDone(DrainTimeoutMs));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qint64 rssStart = residentBytes();
        const qint64 heapStart = heapInUse();
        const QString breakdownStart = memoryBreakdown();
        const qint64 sandboxRssStart = sandbox.residentBytes();
        QVERIFY(rssStart > 0);
        qint64 rssPeak = rssStart;
        qInfo("desk soak: start: %d orders shown, reconciler settled %d of yesterday's %d pending (%d left while "
              "FlexPortal is down); resident memory after the first refresh %s",
              desk.orders.rowCount(), tally.reconciled, 2 * PendingFromYesterday, pendingAfterStart,
              qPrintable(megabytes(rssStart)));

        // The day.
        bool running = true;
        QSignalSpy refreshed(desk.window->refreshAction(), &QAction::triggered); // F5 reached the action
        const auto untilNext = [&clock](int atMs) { return int(std::max<qint64>(0, atMs - clock.elapsed())); };

        QTimer refreshes;
        refreshes.setSingleShot(true);
        connect(&refreshes, &QTimer::timeout, this, [&] {
            QTest::keyClick(desk.window.get(), Qt::Key_F5);
            ++tally.refreshes;
            refreshes.start(schedule.nextRefreshInMs());
        });

        QTimer picks;
        picks.setSingleShot(true);
        connect(&picks, &QTimer::timeout, this, [&] {
            picks.start(schedule.nextPickInMs());
            // An agent mostly picks what may be cancelled (the action is off otherwise), sometimes any
            // row: the row drawn, or the first one from there on that may be cancelled. Not a scan of
            // every row: the policy's verdict on all 5,500 rows at each pick, some 25,000 short-lived
            // blocks, was most of what the process allocated, so the memory figure measured the
            // soak's agent more than the desk.
            const bool anyRow = schedule.nextPickIsAnyRow();
            const int count = desk.orders.rowCount();
            const int drawn = schedule.nextRow(std::max(1, count)); // drawn either way: the stream stays aligned
            CancelReason reason;
            reason.preset = schedule.nextPreset();
            reason.text = u"Desk soak pick %1"_s.arg(tally.picks + 1);
            int row = -1;
            for (int step = 0; step < count && row < 0; ++step) {
                const int r = (drawn + step) % count;
                const Order& o = desk.orders.orderAt(r);
                if (anyRow || (CancellationPolicy::evaluate(o).allowed && !desk.cancel.isRunning(o.accountId, o.id)))
                    row = r;
            }
            if (row < 0)
                return;
            ++tally.picks;
            const Order order = desk.orders.orderAt(row);
            const std::optional<ApiError> refused = desk.cancel.submit(order, reason);
            const QString key = OrderListModel::keyOf(order.accountId, order.id);
            if (!refused) {
                ++tally.submitted;
                inFlight.insert(key);
                attempted.emplace_back(order.accountId, order.id);
            } else if (refused->kind == ApiError::Kind::NotCancellable) {
                ++tally.refusedByPolicy;
            } else if (refused->kind == ApiError::Kind::Validation &&
                       desk.cancel.isRunning(order.accountId, order.id)) {
                ++tally.refusedAsRunning;
            } else {
                QFAIL(qPrintable(u"cancel of %1 refused unexpectedly: %2"_s.arg(key, refused->message)));
            }
        });

        QTimer edits;
        edits.setSingleShot(true);
        connect(&edits, &QTimer::timeout, this, [&] {
            edits.start(schedule.nextEditInMs());
            ++tally.edits;
            tally.editsDuringLoad += desk.loader.isLoading() ? 1 : 0;
            tally.editsDuringCancels += inFlight.isEmpty() ? 0 : 1;
            if (schedule.nextEdit() == DeskSchedule::Edit::RenameAccount) {
                QList<Account> accounts = desk.accounts.accounts();
                Account& edited = accounts[schedule.nextAccount(int(accounts.size()))];
                edited.displayName = u"Sandbox (edit %1)"_s.arg(tally.edits);
                desk.accounts.apply(accounts, {});
            } else {
                timeoutMs = timeoutMs == 2000 ? 3000 : 2000;
                desk.accounts.setTransportSettings(soakTransport(timeoutMs));
                desk.accounts.activate();
            }
        });

        QTimer faults;
        faults.setSingleShot(true);
        connect(&faults, &QTimer::timeout, this, [&] {
            const DeskSchedule::FaultSwitch next = schedule.nextFaultSwitch();
            sandbox.setFaults(next.platform, next.faults);
            ++tally.faultSwitches;
            faults.start(next.nextInMs);
        });

        const QList<DeskSchedule::Outage> outagePlan = schedule.outagePlan(soakMs);
        bool proxyBackFailed = false;
        bool faultsCleared = false;
        qsizetype nextOutage = 0;
        QTimer outages;
        outages.setSingleShot(true);
        outages.setTimerType(Qt::PreciseTimer);
        connect(&outages, &QTimer::timeout, this, [&] {
            const DeskSchedule::Outage& o = outagePlan.at(nextOutage);
            if (proxy.isOnline()) {
                // The server goes away in the middle of a copy when one comes within 3 s (copies
                // follow every cancel), so that connections are cut, not only refused.
                if (proxy.connectionsOpen() == 0 && clock.elapsed() < o.offAtMs + 3000) {
                    outages.start(1);
                    return;
                }
                proxy.setOnline(false);
                ++tally.outages;
                tally.outageMs += o.onAtMs - o.offAtMs;
                outages.start(int(o.onAtMs - o.offAtMs));
                return;
            }
            proxyBackFailed = proxyBackFailed || !proxy.setOnline(true);
            proxyBackAtMs = clock.elapsed();
            if (++nextOutage < outagePlan.size())
                outages.start(untilNext(outagePlan.at(nextOutage).offAtMs));
        });

        QTimer memory;
        memory.setInterval(1000);
        QStringList rssTrend; // every tenth of the day
        connect(&memory, &QTimer::timeout, this, [&] {
            const qint64 now = residentBytes();
            rssPeak = std::max(rssPeak, now);
            if (clock.elapsed() * 10 / soakMs > rssTrend.size())
                rssTrend << QString::number(double(now) / (1024.0 * 1024.0), 'f', 1);
        });

        QTimer deadline;
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer);
        connect(&deadline, &QTimer::timeout, this, [&] {
            running = false;
            for (QTimer* t : {&refreshes, &picks, &edits, &faults, &outages})
                t->stop();
            sandbox.setFaults(Platform::FlexPortal, {});
            sandbox.setFaults(Platform::OfferGrid, {});
            faultsCleared = sandbox.waitForFaults(); // the evening meets no fault
            if (!proxy.isOnline())
                proxyBackFailed = proxyBackFailed || !proxy.setOnline(true);
        });

        StallMeter stalls;
        clock.start();
        deadline.start(soakMs);
        refreshes.start(schedule.firstRefreshInMs());
        picks.start(schedule.nextPickInMs());
        edits.start(schedule.firstEditInMs());
        faults.start(500);
        if (!outagePlan.isEmpty())
            outages.start(outagePlan.first().offAtMs);
        memory.start();
        stalls.start();
        QVERIFY(QTest::qWaitFor([&running] { return !running || QTest::currentTestFailed(); }, soakMs + 30000));
        const qint64 longestStallMs = stalls.stop();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!proxyBackFailed, "the proxy could not listen on its port again");
        QVERIFY2(faultsCleared, qPrintable(sandbox.errorString()));

        // The evening: what is under way ends on its own.
        QElapsedTimer drain;
        drain.start();
        QVERIFY2(
            QTest::qWaitFor([&] { return !desk.loader.isLoading() && inFlight.isEmpty() && !reconciler.isRunning(); },
                            DrainTimeoutMs),
            qPrintable(u"still under way: loading %1, %2 cancels, reconciler %3"_s.arg(desk.loader.isLoading())
                           .arg(inFlight.size())
                           .arg(reconciler.isRunning())));
        const qint64 drainedMs = drain.elapsed();
        // The last account edit of the day, with every platform answering and the team database up:
        // the reconciler settles what the faults left pending, and the syncer copies after it.
        const int roundsBefore = tally.reconcileRounds;
        QVERIFY(desk.activate());
        QTRY_VERIFY_WITH_TIMEOUT(tally.reconcileRounds > roundsBefore && !reconciler.isRunning(), DrainTimeoutMs);
        QCOMPARE(lastStillPending.value_or(-1), 0);
        QVERIFY2(
            QTest::qWaitFor([&] { return !syncer.isRunning() && syncer.lastReport().waiting == 0; }, CatchUpTimeoutMs),
            qPrintable(u"the team copy did not catch up: %1 waiting, %2"_s.arg(syncer.lastReport().waiting)
                           .arg(syncer.lastReport().error ? syncer.lastReport().error->message : u"no error"_s)));
        QVERIFY2(!syncer.lastReport().error, qPrintable(syncer.lastReport().error->message));

        QCOMPARE(refreshed.count(), tally.refreshes - 1);
        // Nothing stuck.
        QVERIFY(!desk.loader.isLoading());
        auto* indicator = desk.window->findChild<QProgressBar*>(u"loadProgress"_s);
        QVERIFY(indicator);
        QVERIFY2(indicator->isHidden(), "the loading indicator is still on");
        QVERIFY(inFlight.isEmpty());
        for (const auto& [accountId, orderId] : std::as_const(attempted))
            QVERIFY2(!desk.cancel.isRunning(accountId, orderId), qPrintable(accountId + u' ' + orderId));
        QCOMPARE(tally.finished + tally.notStarted, tally.submitted);
        QVERIFY(!reconciler.isRunning());
        // The history thread answers in order: once this answer is back, everything asked before it
        // has been done, and nothing is pending.
        std::optional<Result<QList<CancelAttempt>>> lastInQueue;
        desk.historyWriter.pendingAttempts(this, [&](const Result<QList<CancelAttempt>>& r) { lastInQueue = r; });
        QTRY_VERIFY_WITH_TIMEOUT(lastInQueue.has_value(), DrainTimeoutMs);
        QVERIFY(lastInQueue->ok());
        QCOMPARE(lastInQueue->value().size(), 0);

        // Memory at rest, measured as at the start (and before this test reads both histories
        // whole): after a refresh the agent presses, its load finished and the desk's trim after it
        // done, the team copy done and the pools idle. The same point of the desk's cycle at both
        // ends: a measure taken wherever the day happened to stop (in the middle of a load's pages,
        // or before the trim) varied by more than the goal itself in 30 s runs.
        {
            QSignalSpy loaded(&desk.loader, &OrderLoader::finished);
            QSignalSpy trimmed(&desk.loader, &OrderLoader::memoryReturned);
            QTest::keyClick(desk.window.get(), Qt::Key_F5);
            QVERIFY(loaded.wait(30000));
            QVERIFY(trimmed.wait(10000)); // the desk's own trim after the load, as at the start
        }
        QCOMPARE(desk.orders.rowCount(), totalOrders);
        QTRY_VERIFY_WITH_TIMEOUT(!syncer.isRunning(), CatchUpTimeoutMs);
        QVERIFY(desk.workers.waitForDone(DrainTimeoutMs));
        QVERIFY(desk.historyPool.waitForDone(DrainTimeoutMs));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // replies and jobs done with
        const qint64 rssEnd = residentBytes();
        const qint64 heapEnd = heapInUse();
        const QString breakdownEnd = memoryBreakdown();
        const qint64 sandboxRssEnd = sandbox.residentBytes();
        rssPeak = std::max(rssPeak, rssEnd);
        const double growth = 100.0 * double(rssEnd - rssStart) / double(rssStart);

        // Every attempt settled locally, and the same in the team's database.
        const Result<QList<CancelAttempt>> local = desk.history->attempts();
        QVERIFY(local.ok());
        QCOMPARE(local.value().size(), qsizetype(2 * PendingFromYesterday + tally.submitted - tally.notStarted));
        QHash<QString, CancelAttempt> teamByUuid;
        {
            Result<std::unique_ptr<SqlCancellationHistory>> teamStore = SqlCancellationHistory::open(teamDirect);
            QVERIFY2(teamStore.ok(), qPrintable(teamStore.ok() ? QString() : teamStore.error().message));
            const Result<QList<CancelAttempt>> copied = teamStore.value()->attempts();
            QVERIFY(copied.ok());
            for (const CancelAttempt& a : copied.value())
                teamByUuid.insert(a.uuid, a);
        }
        QHash<QString, int> attemptsByOrder;
        for (const CancelAttempt& a : local.value()) {
            const QString what = u"%1 %2 %3 (%4)"_s.arg(a.accountId, a.orderId, a.uuid, a.outcome);
            QVERIFY2(a.outcome != u"pending" && a.completedAt.isValid(), qPrintable(u"unsettled: "_s + what));
            const auto copy = teamByUuid.constFind(a.uuid);
            QVERIFY2(copy != teamByUuid.cend(), qPrintable(u"not in PostgreSQL: "_s + what));
            QVERIFY2(copy->outcome == a.outcome && copy->reReadStatus == a.reReadStatus,
                     qPrintable(u"PostgreSQL says %1: %2"_s.arg(copy->outcome, what)));
            ++attemptsByOrder[OrderListModel::keyOf(a.accountId, a.orderId)];
        }
        QCOMPARE(teamByUuid.size(), local.value().size());

        // Never a blind re-send: no order got more cancel requests than it has attempts.
        int ordersChecked = 0;
        for (const Platform platform : {Platform::FlexPortal, Platform::OfferGrid}) {
            const QString account = desk.accountOf(platform);
            const QHash<QString, int> cancelRequests = sandbox.cancelRequests(platform);
            QVERIFY2(sandbox.ok(), qPrintable(sandbox.errorString()));
            for (const QString& id : platform == Platform::FlexPortal ? flexPortalIds : offerGridIds) {
                const int requests = cancelRequests.value(id);
                const int attempts = attemptsByOrder.value(OrderListModel::keyOf(account, id));
                QVERIFY2(requests <= attempts,
                         qPrintable(
                             u"%1 %2: %3 cancel requests, %4 attempts"_s.arg(account, id).arg(requests).arg(attempts)));
                ++ordersChecked;
            }
        }

        qInfo("desk soak over after %d s (seed %u); in-flight work drained in %lld ms", seconds, seed, drainedMs);
        qInfo("refreshes (F5): %d; loads finished: %d; account loads failed: %s", tally.refreshes, tally.loadsFinished,
              qPrintable(describe(tally.accountLoadErrors)));
        qInfo("cancel picks: %d; sent: %d; refused by policy: %d; refused as still running: %d; not started: %d",
              tally.picks, tally.submitted, tally.refusedByPolicy, tally.refusedAsRunning, tally.notStarted);
        qInfo("cancels by outcome: %s", qPrintable(describe(tally.outcomes)));
        qInfo("account edits: %d (%d during a load, %d while cancels were running); fault switches: %d", tally.edits,
              tally.editsDuringLoad, tally.editsDuringCancels, tally.faultSwitches);
        qInfo("PostgreSQL outages: %d (%.1f s in all; %d connections cut, %d through the proxy); copies: %d runs, "
              "%d failed, %d attempts copied; longest catch-up after an outage: %lld ms",
              tally.outages, double(tally.outageMs) / 1000.0, proxy.connectionsCut(), proxy.connectionsAccepted(),
              tally.syncRuns, tally.syncFailures, tally.copied, tally.longestCatchUpMs);
        qInfo("reconciler: %d rounds, %d of yesterday's %d attempts settled", tally.reconcileRounds, tally.reconciled,
              2 * PendingFromYesterday);
        qInfo("history: %lld attempts, none pending, every one in PostgreSQL with its outcome; %d orders checked for "
              "re-sends",
              qlonglong(local.value().size()), ordersChecked);
        qInfo("resident memory: %s after the first refresh, %s at the end (%+.2f %%; peak %s; every tenth of the "
              "day: %s MiB); longest GUI stall %lld ms",
              qPrintable(megabytes(rssStart)), qPrintable(megabytes(rssEnd)), growth, qPrintable(megabytes(rssPeak)),
              qPrintable(rssTrend.join(u", "_s)), longestStallMs);
        qInfo("heap in use (the allocator's figure): %s after the first refresh, %s at the end",
              qPrintable(megabytes(heapStart)), qPrintable(megabytes(heapEnd)));
        qInfo("memory after the first refresh: %s", qPrintable(breakdownStart));
        qInfo("memory at the end: %s", qPrintable(breakdownEnd));
        qInfo("the sandbox's own process (not counted above): %s after the first refresh, %s at the end",
              qPrintable(megabytes(sandboxRssStart)), qPrintable(megabytes(sandboxRssEnd)));

        QVERIFY(tally.refreshes > 1);
        QVERIFY(tally.submitted > 0);
        QVERIFY(tally.edits > 0);
        QVERIFY(tally.outages > 0);
        QCOMPARE(tally.reconciled, 2 * PendingFromYesterday);
        if (UnderAddressSanitizer) {
            qWarning("desk soak: the memory goal (under %.0f %% growth) is not checked under AddressSanitizer, "
                     "whose allocator keeps freed memory in quarantine",
                     MaxRssGrowthPercent);
        } else if (seconds < MemoryGoalMinSeconds) {
            qWarning("desk soak: the memory goal (under %.0f %% growth) is checked in runs of %d s or more; "
                     "this %d s run grew %+.2f %%",
                     MaxRssGrowthPercent, MemoryGoalMinSeconds, seconds, growth);
        } else {
            QVERIFY2(growth < MaxRssGrowthPercent,
                     qPrintable(u"resident memory grew %1 % (%2 -> %3)"_s.arg(growth, 0, 'f', 2)
                                    .arg(megabytes(rssStart), megabytes(rssEnd))));
        }
    }
};

QTEST_MAIN(TestDeskSoak)
#include "tst_desksoak.moc"
