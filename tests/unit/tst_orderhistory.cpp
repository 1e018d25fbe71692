// One order's cancel attempts as the details pane's timeline reads them: only that order of that
// account, newest first, the team's entries merged with this desk's (an attempt not copied yet
// shows too, and this desk's copy of an entry wins, being the newer), this desk's own when the
// team's database cannot be reached (said in a note), read off the GUI thread, the last order
// asked for read after a running read.
#include "history/sqlhistory.h"
#include "services/historyreader.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

CancelAttempt attempt(const QString& accountId, const QString& orderId, int minutesAgo, const QString& agent)
{
    CancelAttempt a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    a.agent = agent;
    a.accountId = accountId;
    a.platform = u"flexportal"_s;
    a.orderId = orderId;
    a.reasonText = u"Reason of %1"_s.arg(agent);
    return a;
}

HistoryLocation sqliteAt(const QString& file)
{
    HistoryLocation l;
    l.sqliteFile = file;
    return l;
}

// Writes `a` as pending and, unless `outcome` is empty, completes it.
bool write(const HistoryLocation& location, CancelAttempt a, const QString& outcome)
{
    auto store = SqlCancellationHistory::open(location);
    if (!store.ok())
        return false;
    if (outcome.isEmpty())
        return store.value()->upsert(a) == std::nullopt;
    a.outcome = outcome;
    a.completedAt = a.startedAt.addSecs(1);
    return store.value()->upsert(a) == std::nullopt;
}

QStringList agentsOf(const HistorySnapshot& s)
{
    QStringList out;
    for (const CancelAttempt& a : s.attempts)
        out << a.agent;
    return out;
}

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QThreadPool m_pool;

private slots:
    void readOrderHistory_mergesTheTeamsEntriesWithThisDesks()
    {
        const HistoryLocation local = sqliteAt(m_dir.filePath(u"merge-local.sqlite"_s));
        const HistoryLocation team = sqliteAt(m_dir.filePath(u"merge-team.sqlite"_s)); // stands in for PostgreSQL
        const QString order = u"ord/42 ü"_s;
        // This desk's attempt, copied to the team while still pending, completed here since.
        const CancelAttempt mine = attempt(u"fp"_s, order, 5, u"Me"_s);
        QVERIFY(write(local, mine, u"cancelled"_s));
        QVERIFY(write(team, mine, {}));
        // Not copied yet: only here.
        QVERIFY(write(local, attempt(u"fp"_s, order, 1, u"Me again"_s), u"refused"_s));
        // Another desk's, only in the team's database.
        QVERIFY(write(team, attempt(u"fp"_s, order, 30, u"Mia"_s), u"unknown"_s));
        // Other orders, and the same id in another account: not this order's.
        QVERIFY(write(team, attempt(u"og"_s, order, 2, u"Other account"_s), u"cancelled"_s));
        QVERIFY(write(local, attempt(u"fp"_s, u"ord/43"_s, 3, u"Other order"_s), u"cancelled"_s));

        const HistorySnapshot s = readOrderHistory(local, team, u"fp"_s, order);
        QVERIFY(!s.error);
        QVERIFY(s.note.isEmpty());
        QCOMPARE(agentsOf(s), (QStringList{u"Me again"_s, u"Me"_s, u"Mia"_s})); // newest first
        QCOMPARE(s.attempts.at(1).outcome, u"cancelled"_s); // this desk's copy, not the team's pending one
        QCOMPARE(s.source, team.describe());

        // Without a team database: this desk's only.
        const HistorySnapshot alone = readOrderHistory(local, std::nullopt, u"fp"_s, order);
        QCOMPARE(agentsOf(alone), (QStringList{u"Me again"_s, u"Me"_s}));
    }

    void readOrderHistory_teamUnreachable_showsThisDesksWithANote()
    {
        const HistoryLocation local = sqliteAt(m_dir.filePath(u"down-local.sqlite"_s));
        QVERIFY(write(local, attempt(u"fp"_s, u"ord_1"_s, 1, u"Me"_s), u"cancelled"_s));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        HistoryLocation team;
        team.kind = HistoryLocation::Kind::Postgres;
        team.host = u"127.0.0.1"_s;
        team.port = probe.serverPort();
        team.database = u"orderdesk"_s;
        team.user = u"nobody"_s;
        probe.close(); // nothing listens there now

        const HistorySnapshot s = readOrderHistory(local, team, u"fp"_s, u"ord_1"_s);
        QCOMPARE(agentsOf(s), QStringList{u"Me"_s});
        QVERIFY2(s.note.contains(u"team's history could not be read"_s), qPrintable(s.note));
        QVERIFY(!s.error);
    }

    void readOrder_onThePool_readsTheLastOrderAskedForAfterARunningRead()
    {
        const HistoryLocation local = sqliteAt(m_dir.filePath(u"reader.sqlite"_s));
        for (const QString& id : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY(write(local, attempt(u"fp"_s, id, 1, u"Agent "_s + id), u"cancelled"_s));
        HistoryReader reader(local, std::nullopt, &m_pool);
        QSignalSpy loaded(&reader, &HistoryReader::orderHistoryLoaded);
        reader.readOrder(u"fp"_s, u"a"_s);
        reader.readOrder(u"fp"_s, u"b"_s); // replaced by c before a's read ends: never read
        reader.readOrder(u"fp"_s, u"c"_s);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(loaded.at(0).at(1).toString(), u"a"_s);
        QCOMPARE(loaded.at(1).at(1).toString(), u"c"_s);
        const auto snapshot = loaded.at(1).at(2).value<HistorySnapshot>();
        QCOMPARE(agentsOf(snapshot), QStringList{u"Agent c"_s});
    }
};

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "tst_orderhistory.moc"
