// The soak: the real client against two sandboxes for a bounded time (ORDERDESK_SOAK_SECONDS,
// default 120), with three accounts loading and cancelling at once through the services the desktop
// uses (one OrderLoader, one CancelService writing a SQLite history, one OrderListModel), while a
// timer switches random faults under each account: latency, 503s, 429s, cancels whose reply is
// lost, truncated pages and stalls. At the deadline the loops stop and in-flight work ends on its
// own (every request has a timeout). Then every attempt is checked against the history and the
// sandboxes' final state: each submitted attempt recorded once and completed, each outcome true to
// what the platform holds, no cancel sent twice, and none for an order the policy refused.
//
// Every random choice comes from one seed, printed at the start (and again when the run fails):
// ORDERDESK_SOAK_SEED=<seed> replays the same sandboxes, fault switches, picks and pauses.
#include "api/backendfactory.h"
#include "api/flexportal/flexportaldecoder.h"
#include "api/offergrid/offergriddecoder.h"
#include "history/historywriter.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"
#include "itemmodels/orderlistmodel.h"
#include "sandboxclient.h"
#include "services/backendregistry.h"
#include "services/cancelservice.h"
#include "services/orderloader.h"
#include "soakplan.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QThreadPool>

#include <map>
#include <optional>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultSoakSeconds = 120;
// After the deadline: how long in-flight loads and cancels may take to end on their own.
constexpr int DrainTimeoutMs = 120000;

int soakSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("ORDERDESK_SOAK_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : DefaultSoakSeconds;
}

// The run's seed: ORDERDESK_SOAK_SEED when it is set (to replay a run), else a new one; nothing when
// the variable holds no number.
// Short timeouts and backoff, so that faults cost little time and the run makes many requests.
TransportSettings soakSettings()
{
    TransportSettings s;
    s.timeoutMs = 1000;
    s.backoffBaseMs = 20;
    s.backoffCapMs = 200;
    s.http2 = false;
    return s;
}

QString keyOf(const QString& accountId, const QString& orderId)
{
    return OrderListModel::keyOf(accountId, orderId);
}

// One account: where its orders live, and what they were at the start.
struct SoakAccount
{
    QString id;
    Platform platform;
    SandboxClient* sandbox;
    QHash<QString, QString> initialStatus; // order id -> status
    SandboxFaults faultsSet;               // the faults set last, to count how many were used

    SandboxServer* server() const { return sandbox->server(); }

    QString statusOnServer(const QString& orderId) const
    {
        const QByteArray json = server()->orderJson(platform, orderId);
        const Result<Order> r = platform == Platform::FlexPortal ? FlexPortalDecoder::decodeOrder(json)
                                                                 : OfferGridDecoder::decodeOrder(json);
        return r.ok() ? r.value().status : QString();
    }
};

// What happened, for the summary at the end.
struct Tally
{
    int loads = 0;
    std::map<QString, int> loadErrors; // by kind
    int picks = 0;
    int submitted = 0;
    int refusedByPolicy = 0;
    int refusedAsRunning = 0;
    int finished = 0;
    std::map<QString, int> outcomes;
    int faultSwitches = 0;
    std::map<QString, int> faultsSet;  // by kind: how often it was switched on
    std::map<QString, int> faultsUsed; // by kind: how many requests it actually hit
    int historyChecked = 0;
    int ordersChecked = 0;
    int policyRefusedOrdersChecked = 0;
};

// Every random choice of a run, from its seed: the same seed makes the same sandboxes, fault
// switches, picks and pauses, in the same order. Each kind of choice has a generator of its own, so
// that how often one kind is drawn (which depends on timing) never shifts another's sequence.
class SoakSchedule
{
public:
    struct FaultSwitch
    {
        int account = 0;
        SandboxFaults faults;
        int nextInMs = 0; // until the switch after this one
    };

    explicit SoakSchedule(quint32 seed)
        : m_faults(stream(seed, 1))
        , m_picks(stream(seed, 2))
        , m_pauses(stream(seed, 3))
    {}

    FaultSwitch nextFaultSwitch(int accounts)
    {
        FaultSwitch next;
        next.account = int(m_faults.bounded(accounts));
        next.faults = randomFaults();
        next.nextInMs = 300 + int(m_faults.bounded(1200)); // every 0.3 to 1.5 s
        return next;
    }
    // The row an agent picks to cancel, and the reason's preset.
    int nextRow(int rows) { return int(m_picks.bounded(rows)); }
    CancelReason::Preset nextPreset() { return CancelReason::Preset(m_picks.bounded(5)); }
    // The pause between one full load and the next.
    int nextReloadPauseMs() { return int(m_pauses.bounded(300)); }

private:
    static QRandomGenerator stream(quint32 seed, quint32 kind)
    {
        const quint32 words[] = {seed, kind};
        return QRandomGenerator(words, 2);
    }

    // A stall longer than the 1 s timeout.
    SandboxFaults randomFaults() { return randomSoakFaults(m_faults, 1500); }

    QRandomGenerator m_faults;
    QRandomGenerator m_picks;
    QRandomGenerator m_pauses;
};

void noteFaultsSet(Tally* tally, const SandboxFaults& f)
{
    const std::pair<const char*, bool> kinds[] = {{"503", f.serverErrors > 0},
                                                  {"429", f.rateLimits > 0},
                                                  {"cancel reply lost", f.dropAfterCancel > 0},
                                                  {"truncated page", f.truncatedPages > 0},
                                                  {"stall", f.stallMs > 0},
                                                  {"latency spell", f.latencyMs > 0}};
    for (const auto& [name, on] : kinds)
        tally->faultsSet[QString::fromLatin1(name)] += on ? 1 : 0;
}

// Counts what of the faults set last was used up, before they are replaced.
void noteFaultsUsed(Tally* tally, const SandboxFaults& set, const SandboxFaults& left)
{
    tally->faultsUsed[u"503"_s] += set.serverErrors - left.serverErrors;
    tally->faultsUsed[u"429"_s] += set.rateLimits - left.rateLimits;
    tally->faultsUsed[u"cancel reply lost"_s] += set.dropAfterCancel - left.dropAfterCancel;
    tally->faultsUsed[u"truncated page"_s] += set.truncatedPages - left.truncatedPages;
    tally->faultsUsed[u"stall"_s] += set.stallMs > 0 && left.stallMs == 0 ? 1 : 0;
    tally->faultsUsed[u"latency spell"_s] += set.latencyMs > 0 ? 1 : 0;
}

QString describe(const std::map<QString, int>& counts)
{
    QStringList parts;
    for (const auto& [name, count] : counts)
        parts << u"%1 %2"_s.arg(name).arg(count);
    return parts.join(u", "_s);
}

// Whether an order was cancelled on the platform, as far as the attempts so far can tell.
enum class Cancelled
{
    No,
    Yes,
    Maybe // an attempt whose outcome is unknown and whose re-read failed
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    HistoryTestDatabases m_databases;

    // The checks of one order's attempts (oldest first) against the platform's final state.
    static void checkOrder(const SoakAccount& account, const QString& orderId, const QList<CancelAttempt>& attempts)
    {
        const QString initial = account.initialStatus.value(orderId);
        const QString final = account.statusOnServer(orderId);
        const QString where = u"%1 %2 (%3 -> %4)"_s.arg(account.id, orderId, initial, final);
        const int requests = account.server()->cancelRequests(account.platform, orderId);

        // Never re-sent: each attempt reached the platform at most once, and those the platform
        // answered certainly did.
        const auto answered = std::count_if(attempts.cbegin(), attempts.cend(), [](const CancelAttempt& a) {
            return a.outcome == u"cancelled" || a.outcome == u"already-cancelled" ||
                   (a.outcome == u"refused" && a.httpStatus > 0);
        });
        QVERIFY2(requests <= attempts.size(),
                 qPrintable(u"%1: %2 cancel requests for %3 attempts"_s.arg(where).arg(requests).arg(attempts.size())));
        QVERIFY2(requests >= answered, qPrintable(where));
        if (attempts.isEmpty()) {
            QVERIFY2(final == initial, qPrintable(u"%1: changed without an attempt"_s.arg(where)));
            return;
        }

        Cancelled state = initial == u"cancelled" ? Cancelled::Yes : Cancelled::No;
        for (const CancelAttempt& a : attempts) {
            const QString what = u"%1: %2 attempt of %3 (re-read %4)"_s.arg(
                where, a.outcome, a.startedAt.toString(Qt::ISODateWithMs), a.reReadStatus);
            QVERIFY2(a.outcome != u"pending" && a.completedAt.isValid(), qPrintable(what));
            // The platform changes an order only by cancelling it: a re-read shows either.
            QVERIFY2(a.reReadStatus.isEmpty() || a.reReadStatus == initial || a.reReadStatus == u"cancelled",
                     qPrintable(what));
            if (a.outcome == u"cancelled") {
                QVERIFY2(state != Cancelled::Yes, qPrintable(what)); // applied once: the first to cancel
                QVERIFY2(a.reReadStatus.isEmpty() || a.reReadStatus == u"cancelled", qPrintable(what));
                state = Cancelled::Yes;
            } else if (a.outcome == u"already-cancelled") {
                QVERIFY2(state != Cancelled::No, qPrintable(what)); // someone before it cancelled
                state = Cancelled::Yes;
            } else if (a.outcome == u"unknown") {
                if (a.reReadStatus == u"cancelled") {
                    state = Cancelled::Yes;
                } else if (!a.reReadStatus.isEmpty()) {
                    QVERIFY2(state != Cancelled::Yes, qPrintable(what)); // read back as not cancelled
                    state = Cancelled::No;
                } else if (state == Cancelled::No) {
                    state = Cancelled::Maybe;
                }
            } else if (a.outcome == u"refused" || a.outcome == u"failed") {
                QVERIFY2(a.reReadStatus != u"cancelled", qPrintable(what)); // would read "already-cancelled"
            } else {
                QFAIL(qPrintable(u"unexpected outcome: "_s + what));
            }
        }
        if (final == u"cancelled")
            QVERIFY2(state != Cancelled::No, qPrintable(where + u": cancelled, but no attempt could have"_s));
        else
            QVERIFY2(state != Cancelled::Yes, qPrintable(where + u": an attempt says cancelled"_s));
    }

private slots:
    void initTestCase()
    {
        // Thousands of requests: the client's own per-request lines would drown the summary (and
        // Qt Test stops printing after 2000 messages).
        QLoggingCategory::setFilterRules(u"orderdesk.*.debug=false\norderdesk.*.info=false"_s);
    }

    void schedule_sameSeed_repeatsEveryChoiceInOrder()
    {
        // One run picks between fault switches, its replay at other moments: the choices stay the same.
        SoakSchedule run(1234);
        SoakSchedule replay(1234);
        QList<int> runRows;
        for (int i = 0; i < 50; ++i) {
            const SoakSchedule::FaultSwitch a = run.nextFaultSwitch(3);
            runRows << run.nextRow(1000) << run.nextRow(1000);
            const SoakSchedule::FaultSwitch b = replay.nextFaultSwitch(3);
            QCOMPARE(a.account, b.account);
            QVERIFY(a.faults == b.faults);
            QCOMPARE(a.nextInMs, b.nextInMs);
        }
        QList<int> replayRows;
        for (int i = 0; i < runRows.size(); ++i)
            replayRows << replay.nextRow(1000);
        QCOMPARE(replayRows, runRows);
        QCOMPARE(replay.nextReloadPauseMs(), run.nextReloadPauseMs());
    }

    void schedule_anotherSeed_choosesOtherwise()
    {
        SoakSchedule one(1);
        SoakSchedule two(2);
        bool differs = false;
        for (int i = 0; i < 50; ++i) {
            const SoakSchedule::FaultSwitch a = one.nextFaultSwitch(3);
            const SoakSchedule::FaultSwitch b = two.nextFaultSwitch(3);
            differs = differs || a.account != b.account || a.faults != b.faults || a.nextInMs != b.nextInMs;
        }
        QVERIFY(differs);
    }

    void seed_givenInTheEnvironment_isTheRunsSeed()
    {
        const QByteArray before = qgetenv("ORDERDESK_SOAK_SEED");
        const bool wasSet = qEnvironmentVariableIsSet("ORDERDESK_SOAK_SEED");
        const auto restore = qScopeGuard([&] {
            if (wasSet)
                qputenv("ORDERDESK_SOAK_SEED", before);
            else
                qunsetenv("ORDERDESK_SOAK_SEED");
        });
        qputenv("ORDERDESK_SOAK_SEED", "3141592653");
        QCOMPARE(soakSeed(), std::optional<quint32>(3141592653u));
        qputenv("ORDERDESK_SOAK_SEED", "not-a-number");
        QCOMPARE(soakSeed(), std::optional<quint32>()); // refused, not silently replaced by a new seed
        qunsetenv("ORDERDESK_SOAK_SEED");
        QVERIFY(soakSeed().has_value()); // a new one
    }

    void soak_loadsAndCancelsUnderRandomFaults_keepHistoryAndPlatformsTrue()
    {
        const int seconds = soakSeconds();
        const std::optional<quint32> givenSeed = soakSeed();
        QVERIFY2(givenSeed, "ORDERDESK_SOAK_SEED holds no number (it replays a run: give the seed a run printed)");
        const quint32 seed = *givenSeed;
        SoakSchedule schedule(seed);
        qInfo("soak: %d s, seed %u; to replay this run: ORDERDESK_SOAK_SEED=%u", seconds, seed, seed);
        const auto sayTheSeedOnFailure = qScopeGuard([seed] {
            if (QTest::currentTestFailed())
                qWarning("soak FAILED with seed %u; replay it with ORDERDESK_SOAK_SEED=%u "
                         "build/ci/tests/integration/tst_soak",
                         seed, seed);
        });

        // Two sandboxes: FlexPortal account "fp-a" and OfferGrid "og-a" share one, "fp-b" has its own.
        SandboxConfig first;
        first.seed = seed;
        first.flexPortalOrders = 1000;
        first.offerGridOrders = 500;
        SandboxConfig second = first;
        second.seed = seed + 1;
        second.offerGridOrders = 1;
        SandboxClient one(first);
        SandboxClient two(second);
        QVERIFY(one.isRunning() && two.isRunning());
        QList<SoakAccount> accounts = {{u"fp-a"_s, Platform::FlexPortal, &one, {}, {}},
                                       {u"og-a"_s, Platform::OfferGrid, &one, {}, {}},
                                       {u"fp-b"_s, Platform::FlexPortal, &two, {}, {}}};

        // The composition the desktop has: one network manager, one registry, one model, one
        // loader, one cancel service and one history for every account.
        QNetworkAccessManager network;
        QThreadPool workers;
        BackendRegistry backends;
        for (SoakAccount& a : accounts) {
            Account account = a.sandbox->account(a.platform);
            account.id = a.id;
            account.displayName = a.id;
            const SandboxCredentials& c = a.server()->config().credentials;
            backends.add(createBackend(account, a.platform == Platform::FlexPortal ? c.flexPortalKey : c.offerGridKey,
                                       &network, soakSettings(), nullptr, &workers));
            for (const QString& id : a.server()->orderIds(a.platform))
                a.initialStatus.insert(id, a.statusOnServer(id));
        }
        const HistoryLocation historyFile = m_databases.freshSqlite();
        Result<std::unique_ptr<SqlCancellationHistory>> opened = SqlCancellationHistory::open(historyFile);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const std::unique_ptr<SqlCancellationHistory> history = std::move(opened).value();
        OrderListModel model;
        OrderLoader loader(&backends, &model, &workers);
        AgentInfo agent;
        agent.name = u"Soak"_s;
        agent.machine = u"loopback"_s;
        agent.appVersion = u"test"_s;
        HistoryWriter historyWriter(historyFile); // the desk's history thread; `history` is the test's look at it
        CancelService cancels(&backends, &historyWriter, &model, agent);

        Tally tally;
        QHash<QString, QList<QDateTime>> submittedAt; // order key -> when each attempt was submitted
        QSet<QString> refusedByPolicy;                // order keys
        QStringList unexpected;                       // submits refused for another reason
        bool running = true;

        // Loads: one full load of every account after another, a short random pause between.
        connect(&loader, &OrderLoader::accountFailed, this,
                [&tally](const QString&, const ApiError& error) { ++tally.loadErrors[error.kindKey()]; });
        connect(&loader, &OrderLoader::finished, this, [&] {
            ++tally.loads;
            QTimer::singleShot(schedule.nextReloadPauseMs(), &loader, [&] {
                if (running && !loader.isLoading())
                    loader.reload();
            });
        });

        // Cancels: a random row of what the list shows, as an agent would pick it.
        connect(&cancels, &CancelService::cancelFinished, this,
                [&tally](const QString&, const QString&, const CancelOutcome& outcome) {
                    ++tally.finished;
                    // The outcome, and for all but a clean cancel what explained it.
                    QString detail = outcome.kindKey();
                    if (outcome.error)
                        detail += u'/' + outcome.error->kindKey();
                    if (outcome.kind == CancelOutcome::Kind::Unknown)
                        detail += outcome.reRead == CancelOutcome::ReRead::ShowsCancelled ? u" (re-read: cancelled)"_s
                                  : outcome.reRead == CancelOutcome::ReRead::Failed       ? u" (re-read failed)"_s
                                                                                          : u" (re-read: not)"_s;
                    ++tally.outcomes[detail];
                });
        QTimer cancelTimer;
        cancelTimer.setInterval(80);
        connect(&cancelTimer, &QTimer::timeout, this, [&] {
            if (model.rowCount() == 0)
                return;
            const Order order = model.orderAt(schedule.nextRow(model.rowCount()));
            ++tally.picks;
            CancelReason reason;
            reason.preset = schedule.nextPreset();
            reason.text = u"Soak attempt %1"_s.arg(tally.picks);
            const QDateTime at = QDateTime::currentDateTimeUtc();
            const std::optional<ApiError> refused = cancels.submit(order, reason);
            if (!refused) {
                ++tally.submitted;
                submittedAt[keyOf(order.accountId, order.id)].append(at);
            } else if (refused->kind == ApiError::Kind::NotCancellable) {
                ++tally.refusedByPolicy;
                refusedByPolicy.insert(keyOf(order.accountId, order.id));
            } else if (refused->kind == ApiError::Kind::Validation) {
                ++tally.refusedAsRunning; // this order's cancel is still under way
            } else {
                unexpected << refused->message;
            }
        });

        // Faults: every 0.3 to 1.5 s, one account's platform gets a new set.
        QTimer faultTimer;
        faultTimer.setSingleShot(true);
        connect(&faultTimer, &QTimer::timeout, this, [&] {
            const SoakSchedule::FaultSwitch next = schedule.nextFaultSwitch(int(accounts.size()));
            SoakAccount& a = accounts[next.account];
            noteFaultsUsed(&tally, a.faultsSet, a.server()->faults(a.platform));
            a.faultsSet = next.faults;
            noteFaultsSet(&tally, a.faultsSet);
            a.server()->setFaults(a.platform, a.faultsSet);
            ++tally.faultSwitches;
            faultTimer.start(next.nextInMs);
        });

        QTimer deadline;
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        connect(&deadline, &QTimer::timeout, this, [&] {
            running = false;
            cancelTimer.stop();
            faultTimer.stop();
            for (SoakAccount& a : accounts) {
                noteFaultsUsed(&tally, a.faultsSet, a.server()->faults(a.platform));
                a.faultsSet = {};
                a.server()->setFaults(a.platform, {});
            }
        });

        QElapsedTimer clock;
        clock.start();
        deadline.start(seconds * 1000);
        loader.reload();
        cancelTimer.start();
        faultTimer.start(500);
        QVERIFY(QTest::qWaitFor([&running] { return !running; }, seconds * 1000 + 10000));
        // What is under way ends on its own: every request has a timeout, a cancel one re-read.
        QVERIFY2(
            QTest::qWaitFor([&] { return !loader.isLoading() && tally.finished == tally.submitted; }, DrainTimeoutMs),
            qPrintable(u"%1 of %2 cancels finished"_s.arg(tally.finished).arg(tally.submitted)));
        const qint64 drainedAfterMs = clock.elapsed() - seconds * 1000;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));

        // The history: every submitted attempt exactly once, none left pending.
        const Result<QList<CancelAttempt>> recorded = history->attempts();
        QVERIFY(recorded.ok());
        QVERIFY(history->pendingAttempts().ok());
        QCOMPARE(history->pendingAttempts().value().size(), 0);
        QCOMPARE(recorded.value().size(), tally.submitted);
        QHash<QString, QList<CancelAttempt>> byOrder;
        QSet<QString> uuids;
        for (const CancelAttempt& a : recorded.value()) {
            QVERIFY2(!uuids.contains(a.uuid), qPrintable(a.uuid));
            uuids.insert(a.uuid);
            byOrder[keyOf(a.accountId, a.orderId)].append(a);
        }
        for (auto it = submittedAt.cbegin(); it != submittedAt.cend(); ++it) {
            QList<CancelAttempt> entries = byOrder.value(it.key());
            std::sort(entries.begin(), entries.end(),
                      [](const CancelAttempt& x, const CancelAttempt& y) { return x.startedAt < y.startedAt; });
            QCOMPARE(entries.size(), it.value().size());
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const qint64 apart = std::abs(entries.at(i).startedAt.msecsTo(it.value().at(i)));
                QVERIFY2(apart < 2000, qPrintable(it.key())); // the entry is this submit's
            }
            byOrder[it.key()] = entries;
            tally.historyChecked += int(entries.size());
        }
        QCOMPARE(tally.historyChecked, tally.submitted);

        // The platforms: every order of every account, attempted or not.
        for (const SoakAccount& a : std::as_const(accounts)) {
            for (const QString& id : a.server()->orderIds(a.platform)) {
                const QString key = keyOf(a.id, id);
                checkOrder(a, id, byOrder.value(key));
                if (QTest::currentTestFailed())
                    return;
                ++tally.ordersChecked;
                if (refusedByPolicy.contains(key) && !submittedAt.contains(key))
                    ++tally.policyRefusedOrdersChecked; // checked above: no cancel request at all
            }
        }

        int requests = 0;
        requests += one.server()->requestCount(Platform::FlexPortal) + one.server()->requestCount(Platform::OfferGrid);
        requests += two.server()->requestCount(Platform::FlexPortal) + two.server()->requestCount(Platform::OfferGrid);
        qInfo("soak over after %d s, in-flight work drained in %lld ms", seconds, drainedAfterMs);
        qInfo("requests made: %d (fp-a+og-a sandbox %d, fp-b sandbox %d)", requests,
              one.server()->requestCount(Platform::FlexPortal) + one.server()->requestCount(Platform::OfferGrid),
              two.server()->requestCount(Platform::FlexPortal));
        qInfo("fault switches: %d; switched on: %s", tally.faultSwitches, qPrintable(describe(tally.faultsSet)));
        qInfo("faults that hit a request: %s", qPrintable(describe(tally.faultsUsed)));
        qInfo("full loads: %d; account loads failed: %s", tally.loads, qPrintable(describe(tally.loadErrors)));
        qInfo("cancel picks: %d; sent: %d; refused by policy: %d (%lld orders); refused as still running: %d",
              tally.picks, tally.submitted, tally.refusedByPolicy, qlonglong(refusedByPolicy.size()),
              tally.refusedAsRunning);
        qInfo("outcomes: %s", qPrintable(describe(tally.outcomes)));
        qInfo("history entries checked: %d; orders checked against the sandboxes: %d (%d refused by policy and "
              "never sent: no cancel request)",
              tally.historyChecked, tally.ordersChecked, tally.policyRefusedOrdersChecked);
        QVERIFY(tally.loads > 0);
        QVERIFY(tally.submitted > 0);
        QVERIFY(tally.refusedByPolicy > 0);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
