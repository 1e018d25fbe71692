// Copying the local history to the team's PostgreSQL database: while the server is unreachable
// everything stays local and the reason is given; once it is back every attempt arrives exactly
// once, outcomes written later follow, and the copy runs off the GUI thread.
#include "history/historysync.h"
#include "historytestdb.h"
#include "services/historyreader.h"
#include "services/historysyncer.h"

#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

CancelAttempt attempt(int n)
{
    CancelAttempt a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.startedAt = QDateTime::currentDateTimeUtc().addSecs(n);
    a.agent = u"Agent %1"_s.arg(n);
    a.accountId = u"fp-eu"_s;
    a.platform = u"flexportal"_s;
    a.orderId = u"ord_%1 / ü"_s.arg(n);
    a.reasonText = u"Duplicate order, \"quoted\", 🙂"_s;
    return a;
}

// A team database on a loopback port.
HistoryLocation teamAt(quint16 port)
{
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Postgres;
    l.host = u"127.0.0.1"_s;
    l.port = port;
    l.database = u"orderdesk"_s;
    l.user = u"nobody"_s;
    return l;
}

// A loopback port nothing listens on: the team's server is down.
HistoryLocation unreachableTeam()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return teamAt(probe.serverPort()); // probe closes here
}

QSet<QString> uuidsIn(const HistoryLocation& location)
{
    QSet<QString> out;
    auto store = SqlCancellationHistory::open(location);
    if (store.ok()) {
        for (const CancelAttempt& a : store.value()->attempts().value())
            out.insert(a.uuid);
    }
    return out;
}

} // namespace

class TestHistorySync : public QObject
{
    Q_OBJECT

    HistoryTestDatabases m_databases;
    QThreadPool m_pool; // the composition root's history pool

    // Three attempts recorded locally: two completed order cancels, one pending subscription cancel.
    QList<CancelAttempt> recordThree(const HistoryLocation& local)
    {
        auto store = SqlCancellationHistory::open(local).value();
        QList<CancelAttempt> out;
        for (int n = 1; n <= 3; ++n) {
            CancelAttempt a = attempt(n);
            if (n == 3) {
                a.kind = u"subscription"_s;
                a.subscriptionId = u"rent_3 / ü"_s;
                a.reasonPreset = u"fraud"_s;
                a.notes = u"Chargeback 🙂, \"twice\""_s;
                a.batchId = u"batch-3"_s;
            }
            a.id = store->recordPending(a).value();
            if (n < 3) {
                a.outcome = u"cancelled"_s;
                a.completedAt = QDateTime::currentDateTimeUtc();
                if (store->recordOutcome(a))
                    return {};
            }
            out << a;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ORDERDESK_REQUIRE_POSTGRES"))
            QVERIFY2(HistoryTestDatabases::isPostgresAvailable(), "ORDERDESK_REQUIRE_POSTGRES is set but PGHOST "
                                                                  "is not, or Qt's QPSQL driver is missing");
    }

    void copy_teamUnreachable_keepsEverythingLocalAndSaysWhy()
    {
        const HistoryLocation local = m_databases.freshSqlite();
        QCOMPARE(recordThree(local).size(), 3);
        const HistoryLocation team = unreachableTeam();
        const HistorySyncReport report = copyUnsyncedAttempts(local, team);
        QCOMPARE(report.copied, 0);
        QCOMPARE(report.waiting, 3);
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(team.describe()), qPrintable(report.error->message));
        QCOMPARE(SqlCancellationHistory::open(local).value()->unsynced().value().size(), 3);
    }

    void copy_teamBackOnline_copiesEachAttemptOnceAndLaterOutcomesFollow()
    {
        if (!HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server (run the tests through the README's test command)");
        const HistoryLocation local = m_databases.freshSqlite();
        QList<CancelAttempt> recorded = recordThree(local);
        QCOMPARE(recorded.size(), 3);
        QVERIFY(copyUnsyncedAttempts(local, unreachableTeam()).error); // offline first

        const HistoryLocation team = m_databases.freshPostgres();
        HistorySyncReport report = copyUnsyncedAttempts(local, team);
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.copied, 3);
        QCOMPARE(report.waiting, 0);
        QSet<QString> expected;
        for (const CancelAttempt& a : std::as_const(recorded))
            expected.insert(a.uuid);
        QCOMPARE(uuidsIn(team), expected);

        // The pending one completes later: only it is copied again, and stays one entry.
        CancelAttempt late = recorded.at(2);
        late.outcome = u"unknown"_s;
        late.reReadStatus = u"cancelled"_s;
        late.platformMessage = u"Order ord_3 / ü cancelled 🙂"_s;
        late.reasonNotTaken = true;
        late.assetSerial = u"SN-3"_s;
        late.completedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!SqlCancellationHistory::open(local).value()->recordOutcome(late));
        report = copyUnsyncedAttempts(local, team);
        QCOMPARE(report.copied, 1);
        QCOMPARE(copyUnsyncedAttempts(local, team).copied, 0);
        const QList<CancelAttempt> inTeam = SqlCancellationHistory::open(team).value()->attempts().value();
        QCOMPARE(inTeam.size(), 3);
        for (const CancelAttempt& a : inTeam) {
            if (a.uuid != late.uuid) {
                QCOMPARE(a.platformMessage, QString());
                QCOMPARE(a.reasonNotTaken, false);
                QCOMPARE(a.kind, u"order"_s);
                QCOMPARE(a.subscriptionId, QString());
            }
            if (a.uuid == late.uuid) {
                QCOMPARE(a.outcome, u"unknown"_s);
                QCOMPARE(a.reReadStatus, u"cancelled"_s);
                QCOMPARE(a.platformMessage, late.platformMessage);
                QCOMPARE(a.reasonNotTaken, true);
                QCOMPARE(a.kind, u"subscription"_s);
                QCOMPARE(a.subscriptionId, u"rent_3 / ü"_s);
                QCOMPARE(a.notes, late.notes);
                QCOMPARE(a.assetSerial, u"SN-3"_s);
                QCOMPARE(a.batchId, u"batch-3"_s);
                QCOMPARE(a.orderId, late.orderId);
                QCOMPARE(a.reasonText, late.reasonText);
            }
        }
    }

    void markSynced_entryChangedSinceItWasRead_isCopiedAgain()
    {
        const HistoryLocation local = m_databases.freshSqlite();
        QCOMPARE(recordThree(local).size(), 3);
        auto store = SqlCancellationHistory::open(local).value();
        const QList<CancelAttempt> read = store->unsynced().value();
        CancelAttempt pending;
        for (const CancelAttempt& a : read)
            if (a.outcome == u"pending")
                pending = a;
        QVERIFY(!pending.uuid.isEmpty());
        CancelAttempt completed = pending;
        completed.outcome = u"refused"_s;
        completed.completedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!store->recordOutcome(completed));
        QVERIFY(!store->markSynced(pending)); // what the copy had read: stale now
        for (const CancelAttempt& a : read)
            if (a.uuid != pending.uuid)
                QVERIFY(!store->markSynced(a));
        const QList<CancelAttempt> left = store->unsynced().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().uuid, pending.uuid);
        QCOMPARE(left.first().outcome, u"refused"_s);
    }

    void syncer_withATeamServerThatNeverAnswers_waitsOnItsOwnPoolNotQts()
    {
        // A copy can wait seconds for a server that accepts and then says nothing (libpq's
        // connect_timeout). Qt's raster painting waits for Qt's global pool, so the copy must
        // not hold one of its threads meanwhile: the window would stop painting.
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("no PostgreSQL driver");
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const HistoryLocation team = teamAt(silent.serverPort());
        const HistoryLocation local = m_databases.freshSqlite();
        QCOMPARE(recordThree(local).size(), 3);
        HistorySyncer syncer(local, team, &m_pool);
        QSignalSpy finished(&syncer, &HistorySyncer::syncFinished);
        syncer.syncSoon();
        QTRY_VERIFY(silent.hasPendingConnections()); // the copy is connecting, and hears nothing
        QCOMPARE(m_pool.activeThreadCount(), 1);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); // connect_timeout, 5 s
        QVERIFY(syncer.lastReport().error);
        QCOMPARE(syncer.lastReport().waiting, 3);
    }

    void syncer_runsOffTheGuiThreadAndReports()
    {
        if (!HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server (run the tests through the README's test command)");
        const HistoryLocation local = m_databases.freshSqlite();
        QCOMPARE(recordThree(local).size(), 3);
        HistorySyncer syncer(local, m_databases.freshPostgres(), &m_pool);
        QSignalSpy finished(&syncer, &HistorySyncer::syncFinished);
        syncer.syncSoon();
        QVERIFY(syncer.isRunning());
        syncer.syncSoon(); // while running: one more run afterwards, never two at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.at(0).at(0).value<HistorySyncReport>().copied, 3);
        QCOMPARE(finished.at(1).at(0).value<HistorySyncReport>().copied, 0);
        QVERIFY(!syncer.lastReport().error);
    }

    void teamPasswordGivenLater_isUsedFromTheNextRunAndRead()
    {
        // At start the password comes from the keychain, after the syncer and reader exist.
        if (!HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server (run the tests through the README's test command)");
        const HistoryLocation local = m_databases.freshSqlite();
        QCOMPARE(recordThree(local).size(), 3);
        HistoryLocation team = m_databases.freshPostgres();
        const QString password = team.password;
        team.password.clear();
        // libpq would fall back to PGPASSWORD; this test is about the password OrderDesk hands over.
        const QByteArray environment = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const auto restore = qScopeGuard([&environment] { qputenv("PGPASSWORD", environment); });

        HistorySyncer syncer(local, team, &m_pool);
        QSignalSpy synced(&syncer, &HistorySyncer::syncFinished);
        syncer.syncSoon();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
        if (!syncer.lastReport().error)
            QSKIP("the test server lets this user in without a password: nothing to tell apart");
        QCOMPARE(syncer.lastReport().copied, 0);
        QCOMPARE(syncer.lastReport().waiting, 3);

        HistoryReader reader(local, team, &m_pool);
        QSignalSpy read(&reader, &HistoryReader::loaded);
        reader.reload();
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 30000);
        QCOMPARE(read.at(0).at(0).value<HistorySnapshot>().source, local.describe()); // fell back, and says so
        QVERIFY(!read.at(0).at(0).value<HistorySnapshot>().note.isEmpty());

        syncer.setTeamPassword(password);
        reader.setTeamPassword(password);
        syncer.syncSoon();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 30000);
        QVERIFY2(!syncer.lastReport().error, qPrintable(syncer.lastReport().error->message));
        QCOMPARE(syncer.lastReport().copied, 3);
        reader.reload();
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 30000);
        const HistorySnapshot fromTeam = read.at(1).at(0).value<HistorySnapshot>();
        QCOMPARE(fromTeam.source, team.describe());
        QCOMPARE(fromTeam.attempts.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHistorySync)
#include "tst_historysync.moc"
