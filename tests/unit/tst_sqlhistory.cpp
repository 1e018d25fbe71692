// The SQL cancellation history on real databases: temporary SQLite files and, when the test
// command started one, a throw-away PostgreSQL cluster. Round trips, pending then completed,
// migration from schemas 1, 2 and 3, opening read-only (older schemas read, newer ones refused,
// nothing written), broken and read-only files, filters, copying without duplicates, and several
// processes writing at once or being killed mid-write.
#include "csvreader.h"
#include "history/historyexport.h"
#include "history/historyschema.h"
#include "history/sqlhistory.h"
#include "historytestdb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::HistoryLocation::Kind)

namespace {

CancelAttempt sampleAttempt(int n = 1)
{
    CancelAttempt a;
    a.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 123), Qt::UTC).addSecs(n * 60);
    a.agent = u"Zoë Ağaoğlu"_s;
    a.machine = u"desk-07"_s;
    a.appVersion = u"0.1.0"_s;
    a.accountId = u"fp-eu"_s;
    a.platform = u"flexportal"_s;
    a.baseUrl = u"https://api-eu.flexportal.io"_s;
    a.orderId = u"ord/2024/00%1 #é"_s.arg(n);
    a.customer = u"محمد الأحمد 🙂"_s;
    a.statusBefore = u"confirmed"_s;
    a.progressBefore = u"0 of 3 devices rented"_s;
    a.reasonPreset = u"customer-changed-mind"_s;
    a.reasonText = u"Customer changed their mind: "_s + QString(971, u'ü');
    return a;
}

} // namespace

class TestSqlHistory : public QObject
{
    Q_OBJECT

private:
    HistoryTestDatabases m_databases;

    void addKinds()
    {
        QTest::addColumn<HistoryLocation::Kind>("kind");
        QTest::newRow("sqlite") << HistoryLocation::Kind::Sqlite;
        QTest::newRow("postgresql") << HistoryLocation::Kind::Postgres;
    }

    std::unique_ptr<SqlCancellationHistory> openFresh(HistoryLocation::Kind kind)
    {
        if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())
            return nullptr;
        auto opened = SqlCancellationHistory::open(m_databases.fresh(kind));
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error().message));
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    // A database as an earlier OrderDesk left it: schema `version` and the rows `inserts` write.
    static bool writeOldSchema(const HistoryLocation& location, int version, const QStringList& inserts)
    {
        const bool sqlite = location.kind == HistoryLocation::Kind::Sqlite;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, u"old-schema"_s);
            db.setDatabaseName(sqlite ? location.sqliteFile : location.database);
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            ok = db.open() && !HistorySchema::migrate(db, version);
            QSqlQuery q(db);
            for (const QString& insert : inserts) {
                if (ok && !q.exec(insert)) {
                    qWarning("%s: %s", qPrintable(insert), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-schema"_s);
        return ok;
    }

    static int schemaVersionOf(const SqlCancellationHistory& store)
    {
        QSqlQuery version(store.database());
        return version.exec(u"SELECT version FROM orderdesk_schema"_s) && version.next() ? version.value(0).toInt()
                                                                                         : -1;
    }

#define OPEN_OR_SKIP(store)                                                                                            \
    QFETCH(HistoryLocation::Kind, kind);                                                                               \
    if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())                       \
        QSKIP("no PostgreSQL server (run the tests through the README's test command)");                               \
    auto store = openFresh(kind);                                                                                      \
    QVERIFY(store)

private slots:
    void initTestCase()
    {
        // The test command runs the suite inside a throw-away PostgreSQL cluster and says so: there
        // the PostgreSQL rows must run, not skip.
        if (qEnvironmentVariableIsSet("ORDERDESK_REQUIRE_POSTGRES"))
            QVERIFY2(HistoryTestDatabases::isPostgresAvailable(), "ORDERDESK_REQUIRE_POSTGRES is set but PGHOST "
                                                                  "is not, or Qt's QPSQL driver is missing");
    }

    void roundTrip_everyFieldIncludingNonAsciiAndLongReasons_data()
    {
        addKinds();
    }
    void roundTrip_everyFieldIncludingNonAsciiAndLongReasons()
    {
        OPEN_OR_SKIP(store);
        CancelAttempt a = sampleAttempt();
        QCOMPARE(a.reasonText.size(), 1000);
        const Result<qint64> id = store->recordPending(a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        a.id = id.value();
        a.outcome = u"refused"_s;
        a.httpStatus = 400;
        a.errorCode = u"ORDER_NOT_CANCELLABLE"_s;
        a.message = u"Order has active subscriptions"_s;
        a.completedAt = a.startedAt.addMSecs(850);
        a.reReadStatus = u"partial"_s;
        // Both come with the outcome: the pending entry is written before the platform answers.
        a.platformMessage = u"Order ord/2024/001 #é could not be cancelled — \"active\" 🙂"_s;
        a.reasonNotTaken = true;
        QVERIFY(!store->recordOutcome(a));

        const QList<CancelAttempt> back = store->attempts().value();
        QCOMPARE(back.size(), 1);
        const CancelAttempt& b = back.first();
        QCOMPARE(b.id, a.id);
        QVERIFY(!b.uuid.isEmpty());
        QCOMPARE(b.startedAt, a.startedAt);
        QCOMPARE(b.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(b.completedAt, a.completedAt);
        for (auto [got, want] : {std::pair{b.agent, a.agent},
                                 {b.machine, a.machine},
                                 {b.appVersion, a.appVersion},
                                 {b.accountId, a.accountId},
                                 {b.platform, a.platform},
                                 {b.baseUrl, a.baseUrl},
                                 {b.orderId, a.orderId},
                                 {b.customer, a.customer},
                                 {b.statusBefore, a.statusBefore},
                                 {b.progressBefore, a.progressBefore},
                                 {b.reasonPreset, a.reasonPreset},
                                 {b.reasonText, a.reasonText},
                                 {b.outcome, a.outcome},
                                 {b.errorCode, a.errorCode},
                                 {b.message, a.message},
                                 {b.reReadStatus, a.reReadStatus},
                                 {b.platformMessage, a.platformMessage}})
            QCOMPARE(got, want);
        QCOMPARE(b.httpStatus, 400);
        QCOMPARE(b.reasonNotTaken, true);

        // And back to false: the column is really written, not only ever set.
        a.reasonNotTaken = false;
        a.platformMessage.clear();
        QVERIFY(!store->recordOutcome(a));
        QCOMPARE(store->attempts().value().first().reasonNotTaken, false);
        QCOMPARE(store->attempts().value().first().platformMessage, QString());
        QCOMPARE(b.kind, u"order"_s); // an order's cancel unless said otherwise
        QCOMPARE(b.subscriptionId, QString());
    }

    void roundTrip_subscriptionAttempt_keepsKindIdNotesSerialAndBatch_data()
    {
        addKinds();
    }
    void roundTrip_subscriptionAttempt_keepsKindIdNotesSerialAndBatch()
    {
        OPEN_OR_SKIP(store);
        CancelAttempt a = sampleAttempt();
        a.kind = u"subscription"_s;
        a.subscriptionId = u"sub/ä 1#?%"_s;
        a.reasonPreset = u"payment_failure"_s;
        a.reasonText = u"payment_failure"_s;
        a.notes = u"Card declined twice — \"final\" 🙂\nsecond line "_s + QString(940, u'n');
        a.batchId = u"batch-0001"_s;
        const Result<qint64> id = store->recordPending(a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        a.id = id.value();
        CancelAttempt pending = store->attempts().value().first();
        QCOMPARE(pending.outcome, u"pending"_s);
        QCOMPARE(pending.kind, u"subscription"_s);
        QCOMPARE(pending.subscriptionId, a.subscriptionId);
        QCOMPARE(pending.notes, a.notes);
        QCOMPARE(pending.batchId, a.batchId);
        QCOMPARE(pending.orderId, a.orderId);
        QCOMPARE(pending.assetSerial, QString());

        // The serial comes with FlexPortal's answer.
        a.outcome = u"cancelled"_s;
        a.httpStatus = 200;
        a.platformMessage = u"Subscription cancelled"_s;
        a.assetSerial = u"SN-ÄÖ-0042"_s;
        a.completedAt = a.startedAt.addSecs(1);
        QVERIFY(!store->recordOutcome(a));
        const CancelAttempt b = store->attempts().value().first();
        QCOMPARE(b.kind, u"subscription"_s);
        QCOMPARE(b.subscriptionId, a.subscriptionId);
        QCOMPARE(b.notes, a.notes);
        QCOMPARE(b.assetSerial, u"SN-ÄÖ-0042"_s);
        QCOMPARE(b.batchId, u"batch-0001"_s);
        QCOMPARE(b.reasonPreset, u"payment_failure"_s);
        QCOMPARE(b.outcome, u"cancelled"_s);
        QCOMPARE(b.platformMessage, u"Subscription cancelled"_s);

        // An order's attempt beside it keeps the defaults.
        QVERIFY(store->recordPending(sampleAttempt(2)).ok());
        const QList<CancelAttempt> rows = store->attempts().value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).kind, u"order"_s);
        QCOMPARE(rows.at(0).notes, QString());
        QCOMPARE(rows.at(0).batchId, QString());
    }

    void recordPending_thenOutcome_showsPendingUntilCompleted_data()
    {
        addKinds();
    }
    void recordPending_thenOutcome_showsPendingUntilCompleted()
    {
        OPEN_OR_SKIP(store);
        CancelAttempt a = sampleAttempt();
        a.outcome = u"cancelled"_s; // whatever the caller says, it starts as pending
        const Result<qint64> id = store->recordPending(a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        a.id = id.value();
        QCOMPARE(store->attempts().value().first().outcome, u"pending"_s);
        QVERIFY(!store->attempts().value().first().completedAt.isValid());
        a.outcome = u"unknown"_s;
        a.reReadStatus = u"cancelled"_s;
        QVERIFY(!store->recordOutcome(a));
        QCOMPARE(store->attempts().value().first().outcome, u"unknown"_s);
        QCOMPARE(store->attempts().value().first().reReadStatus, u"cancelled"_s);
        a.id = 9999;
        QVERIFY(store->recordOutcome(a).has_value()); // no such attempt: an error, not silence
    }

    void attempts_filters_data()
    {
        addKinds();
    }
    void attempts_filters()
    {
        OPEN_OR_SKIP(store);
        for (int n = 1; n <= 6; ++n) {
            CancelAttempt a = sampleAttempt(n);
            a.agent = n % 2 ? u"ann"_s : u"bob"_s;
            a.platform = n <= 3 ? u"flexportal"_s : u"offergrid"_s;
            a.reasonText = n == 5 ? u"Duplicate order"_s : u"Other"_s;
            a.id = store->recordPending(a).value();
            a.outcome = n == 2 ? u"refused"_s : u"cancelled"_s;
            QVERIFY(!store->recordOutcome(a));
        }
        QCOMPARE(store->attempts().value().first().orderId, sampleAttempt(6).orderId); // newest first
        HistoryFilter f;
        f.agent = u"bob"_s;
        QCOMPARE(store->attempts(f).value().size(), 3);
        f = {};
        f.platform = u"offergrid"_s;
        QCOMPARE(store->attempts(f).value().size(), 3);
        f = {};
        f.outcome = u"refused"_s;
        QCOMPARE(store->attempts(f).value().size(), 1);
        f = {};
        f.text = u"DUPLICATE"_s;
        QCOMPARE(store->attempts(f).value().size(), 1);
        f = {};
        f.since = sampleAttempt(3).startedAt;
        f.until = sampleAttempt(5).startedAt;
        QCOMPARE(store->attempts(f).value().size(), 2);
    }

    void open_databaseOfSchemaOne_isMigratedKeepingItsRows_data()
    {
        addKinds();
    }
    void open_databaseOfSchemaOne_isMigratedKeepingItsRows()
    {
        QFETCH(HistoryLocation::Kind, kind);
        if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server");
        const HistoryLocation location = m_databases.fresh(kind);
        {
            // What the first release left behind: schema 1 and one attempt in it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(kind == HistoryLocation::Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, u"v1"_s);
            db.setDatabaseName(kind == HistoryLocation::Kind::Sqlite ? location.sqliteFile : location.database);
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            QVERIFY(db.open());
            QVERIFY(!HistorySchema::migrate(db, 1));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO cancel_attempts (started_at, agent, machine, app_version, account_id, "
                           "platform, base_url, order_id, customer, status_before, progress_before, reason_preset, "
                           "reason_text, outcome) VALUES ('2026-01-02T03:04:05.000Z', 'old', 'm', '0.0.1', 'a', "
                           "'offergrid', 'u', 'ord-old', 'c', 'pending', '', 'other', 'why', 'cancelled')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        auto opened = SqlCancellationHistory::open(location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const QList<CancelAttempt> rows = opened.value()->attempts().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().orderId, u"ord-old"_s);
        QVERIFY(!rows.first().uuid.isEmpty());
        QSqlQuery version(opened.value()->database());
        QVERIFY(version.exec(u"SELECT version FROM orderdesk_schema"_s) && version.next());
        QCOMPARE(version.value(0).toInt(), HistorySchema::LatestVersion);
        // Opening again migrates nothing more and keeps everything.
        opened = Result<std::unique_ptr<SqlCancellationHistory>>(ApiError{});
        auto again = SqlCancellationHistory::open(location);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->attempts().value().size(), 1);
    }

    void export_subscriptionAttempt_readFromEitherStore_carriesItsFields_data()
    {
        addKinds();
    }
    void export_subscriptionAttempt_readFromEitherStore_carriesItsFields()
    {
        OPEN_OR_SKIP(store);
        CancelAttempt a = sampleAttempt();
        a.kind = u"subscription"_s;
        a.subscriptionId = u"=rent/7, \"x\""_s;
        a.reasonPreset = u"admin_decision"_s;
        a.reasonText = u"admin_decision"_s;
        a.notes = u"+two\nlines 🙂"_s;
        a.batchId = u"batch-9"_s;
        a.id = store->recordPending(a).value();
        a.outcome = u"cancelled"_s;
        a.httpStatus = 200;
        a.assetSerial = u"SN-Ü-9"_s;
        QVERIFY(!store->recordOutcome(a));
        QVERIFY(store->recordPending(sampleAttempt(2)).ok()); // an order's, beside it
        const QList<CancelAttempt> rows = store->attempts().value();
        QCOMPARE(rows.size(), 2);

        // CSV: the new fields after the earlier machine columns, formulas neutralised.
        const QList<QStringList> csv = Test::parseCsv(QString::fromUtf8(HistoryExport::toCsv(rows).mid(3)));
        QCOMPARE(csv.size(), 3);
        const QStringList& header = csv.at(0);
        const auto cell = [&](int row, const QString& column) { return csv.at(row).value(header.indexOf(column)); };
        QVERIFY(header.indexOf(u"kind"_s) > header.indexOf(u"reasonNotTaken"_s));
        const int sub = cell(1, u"kind"_s) == u"subscription" ? 1 : 2;
        QCOMPARE(cell(sub, u"kind"_s), u"subscription"_s);
        QCOMPARE(cell(sub, u"subscriptionId"_s), u"'"_s + a.subscriptionId);
        QCOMPARE(cell(sub, u"notes"_s), u"'"_s + a.notes);
        QCOMPARE(cell(sub, u"assetSerial"_s), u"SN-Ü-9"_s);
        QCOMPARE(cell(sub, u"batchId"_s), u"batch-9"_s);
        QCOMPARE(cell(sub, u"reasonPreset"_s), u"admin_decision"_s);
        QCOMPARE(cell(3 - sub, u"kind"_s), u"order"_s);
        QCOMPARE(cell(3 - sub, u"subscriptionId"_s), QString());

        // JSON: the same keys.
        for (const QByteArray& line : HistoryExport::toJsonLines(rows).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"kind"_s).toString() != u"subscription")
                continue;
            QCOMPARE(o.value(u"subscriptionId"_s).toString(), a.subscriptionId);
            QCOMPARE(o.value(u"notes"_s).toString(), a.notes);
            QCOMPARE(o.value(u"assetSerial"_s).toString(), a.assetSerial);
            QCOMPARE(o.value(u"batchId"_s).toString(), a.batchId);
        }
    }

    void open_databaseOfSchemaTwo_isMigratedKeepingItsRows_data()
    {
        addKinds();
    }
    void open_databaseOfSchemaTwo_isMigratedKeepingItsRows()
    {
        QFETCH(HistoryLocation::Kind, kind);
        if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server");
        const HistoryLocation location = m_databases.fresh(kind);
        // What OrderDesk wrote before the platform's message was kept: schema 2, one completed
        // attempt (already copied to the team) and one still pending.
        QVERIFY(writeOldSchema(
            location, 2,
            {u"INSERT INTO cancel_attempts (attempt_uuid, started_at, agent, machine, app_version, account_id, "
             "platform, base_url, order_id, customer, status_before, progress_before, reason_preset, reason_text, "
             "outcome, http_status, message, completed_at, re_read_status, synced) VALUES ('uuid-done', "
             "'2026-05-06T07:08:09.010Z', 'v2', 'm', '0.2.0', 'fp', 'flexportal', 'u', 'ord-done', 'c', 'open', '', "
             "'other', 'why', 'unknown', 0, 'timed out', '2026-05-06T07:08:19.010Z', 'cancelled', 1)"_s,
             u"INSERT INTO cancel_attempts (attempt_uuid, started_at, agent, machine, app_version, account_id, "
             "platform, base_url, order_id, customer, status_before, progress_before, reason_preset, reason_text, "
             "outcome) VALUES ('uuid-pending', '2026-05-06T07:09:00.000Z', 'v2', 'm', '0.2.0', 'og', 'offergrid', "
             "'u', 'ord-pending', 'c', 'pending', '', 'other', 'why', 'pending')"_s}));

        auto opened = SqlCancellationHistory::open(location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        SqlCancellationHistory& store = *opened.value();
        QCOMPARE(schemaVersionOf(store), HistorySchema::LatestVersion);
        QList<CancelAttempt> rows = store.attempts().value();
        QCOMPARE(rows.size(), 2);
        const CancelAttempt& done = rows.at(1); // newest first
        QCOMPARE(done.uuid, u"uuid-done"_s);
        QCOMPARE(done.outcome, u"unknown"_s);
        QCOMPARE(done.message, u"timed out"_s);
        QCOMPARE(done.reReadStatus, u"cancelled"_s);
        QCOMPARE(done.completedAt, QDateTime(QDate(2026, 5, 6), QTime(7, 8, 19, 10), Qt::UTC));
        QCOMPARE(done.platformMessage, QString());
        QCOMPARE(done.reasonNotTaken, false);
        QCOMPARE(store.unsynced().value().size(), 1); // what was copied stays copied

        // The pending one completes under schema 3, with what the platform said.
        CancelAttempt pending = rows.at(0);
        QCOMPARE(pending.uuid, u"uuid-pending"_s);
        pending.outcome = u"cancelled"_s;
        pending.httpStatus = 200;
        pending.platformMessage = u"Cancelled as requested"_s;
        pending.reasonNotTaken = true;
        QVERIFY(!store.recordOutcome(pending));
        rows = store.attempts().value();
        QCOMPARE(rows.at(0).platformMessage, u"Cancelled as requested"_s);
        QCOMPARE(rows.at(0).reasonNotTaken, true);
        QCOMPARE(rows.at(1).reasonNotTaken, false);
    }

    void open_databaseOfSchemaThree_isMigratedToFourKeepingItsRows_data()
    {
        addKinds();
    }
    void open_databaseOfSchemaThree_isMigratedToFourKeepingItsRows()
    {
        QFETCH(HistoryLocation::Kind, kind);
        if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server");
        const HistoryLocation location = m_databases.fresh(kind);
        // What OrderDesk wrote before subscriptions were cancelled: schema 3, one completed order
        // cancel (already copied to the team) and one still pending.
        QVERIFY(writeOldSchema(
            location, 3,
            {u"INSERT INTO cancel_attempts (attempt_uuid, started_at, agent, machine, app_version, account_id, "
             "platform, base_url, order_id, customer, status_before, progress_before, reason_preset, reason_text, "
             "outcome, http_status, message, completed_at, re_read_status, synced, platform_message, "
             "reason_not_taken) VALUES ('uuid-done', '2026-05-06T07:08:09.010Z', 'v3', 'm', '0.3.0', 'fp', "
             "'flexportal', 'u', 'ord-done', 'c', 'open', '', 'other', 'why', 'cancelled', 200, '', "
             "'2026-05-06T07:08:10.010Z', '', 1, 'Order ord-done cancelled', 0)"_s,
             u"INSERT INTO cancel_attempts (attempt_uuid, started_at, agent, machine, app_version, account_id, "
             "platform, base_url, order_id, customer, status_before, progress_before, reason_preset, reason_text, "
             "outcome) VALUES ('uuid-pending', '2026-05-06T07:09:00.000Z', 'v3', 'm', '0.3.0', 'og', 'offergrid', "
             "'u', 'ord-pending', 'c', 'pending', '', 'other', 'why', 'pending')"_s}));

        auto opened = SqlCancellationHistory::open(location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        SqlCancellationHistory& store = *opened.value();
        QCOMPARE(schemaVersionOf(store), 4);
        QList<CancelAttempt> rows = store.attempts().value();
        QCOMPARE(rows.size(), 2);
        const CancelAttempt& done = rows.at(1); // newest first
        QCOMPARE(done.uuid, u"uuid-done"_s);
        QCOMPARE(done.outcome, u"cancelled"_s);
        QCOMPARE(done.platformMessage, u"Order ord-done cancelled"_s);
        QCOMPARE(done.completedAt, QDateTime(QDate(2026, 5, 6), QTime(7, 8, 10, 10), Qt::UTC));
        for (const CancelAttempt& a : std::as_const(rows)) {
            QCOMPARE(a.kind, u"order"_s); // every earlier attempt cancelled an order
            QCOMPARE(a.subscriptionId, QString());
            QCOMPARE(a.notes, QString());
            QCOMPARE(a.assetSerial, QString());
            QCOMPARE(a.batchId, QString());
        }
        QCOMPARE(store.unsynced().value().size(), 1); // what was copied stays copied

        // The pending one completes under schema 4; a subscription's attempt is written beside it.
        CancelAttempt pending = rows.at(0);
        QCOMPARE(pending.uuid, u"uuid-pending"_s);
        pending.outcome = u"refused"_s;
        QVERIFY(!store.recordOutcome(pending));
        CancelAttempt sub = sampleAttempt();
        sub.kind = u"subscription"_s;
        sub.subscriptionId = u"rent-1"_s;
        sub.notes = u"n"_s;
        QVERIFY(store.recordPending(sub).ok());
        rows = store.attempts().value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).kind, u"subscription"_s); // sampleAttempt starts in November, the newest
        QCOMPARE(rows.at(0).subscriptionId, u"rent-1"_s);
        QCOMPARE(rows.at(1).outcome, u"refused"_s);
        QCOMPARE(rows.at(1).kind, u"order"_s);
    }

    void openReadOnly_olderSchema_readsWithDefaultsAndMigratesNothing_data()
    {
        QTest::addColumn<HistoryLocation::Kind>("kind");
        QTest::addColumn<int>("version");
        for (int version = 1; version < HistorySchema::LatestVersion; ++version) {
            QTest::addRow("sqlite, schema %d", version) << HistoryLocation::Kind::Sqlite << version;
            QTest::addRow("postgresql, schema %d", version) << HistoryLocation::Kind::Postgres << version;
        }
    }
    void openReadOnly_olderSchema_readsWithDefaultsAndMigratesNothing()
    {
        QFETCH(HistoryLocation::Kind, kind);
        QFETCH(int, version);
        if (kind == HistoryLocation::Kind::Postgres && !HistoryTestDatabases::isPostgresAvailable())
            QSKIP("no PostgreSQL server");
        const HistoryLocation location = m_databases.fresh(kind);
        const QString insert =
            version == 1
                ? u"INSERT INTO cancel_attempts (started_at, agent, machine, app_version, account_id, platform, "
                  "base_url, order_id, customer, status_before, progress_before, reason_preset, reason_text, "
                  "outcome, http_status, message) VALUES ('2026-01-02T03:04:05.000Z', 'old', 'm', '0.0.1', "
                  "'a', 'offergrid', 'u', 'ord-old', 'c', 'pending', '', 'other', 'why', 'refused', 409, "
                  "'no')"_s
                : u"INSERT INTO cancel_attempts (attempt_uuid, started_at, agent, machine, app_version, "
                  "account_id, platform, base_url, order_id, customer, status_before, progress_before, "
                  "reason_preset, reason_text, outcome, http_status, message, re_read_status) VALUES "
                  "('uuid-old', '2026-01-02T03:04:05.000Z', 'old', 'm', '0.0.1', 'a', 'offergrid', 'u', "
                  "'ord-old', 'c', 'pending', '', 'other', 'why', 'refused', 409, 'no', 'open')"_s;
        QVERIFY(writeOldSchema(location, version, {insert}));

        auto opened = SqlCancellationHistory::open(location, SqlCancellationHistory::OpenMode::ReadOnly);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const SqlCancellationHistory& store = *opened.value();
        QCOMPARE(store.schemaVersion(), version);
        const Result<QList<CancelAttempt>> rows = store.attempts();
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 1);
        const CancelAttempt& a = rows.value().first();
        QCOMPARE(a.orderId, u"ord-old"_s);
        QCOMPARE(a.outcome, u"refused"_s);
        QCOMPARE(a.httpStatus, 409);
        QCOMPARE(a.message, u"no"_s);
        QCOMPARE(a.uuid, version >= 2 ? u"uuid-old"_s : QString());
        QCOMPARE(a.reReadStatus, version >= 2 ? u"open"_s : QString());
        QCOMPARE(a.platformMessage, QString());
        QCOMPARE(a.reasonNotTaken, false);
        QCOMPARE(a.kind, u"order"_s); // schema 4's columns read as their defaults
        QCOMPARE(a.subscriptionId, QString());
        QCOMPARE(a.notes, QString());
        QCOMPARE(a.assetSerial, QString());
        QCOMPARE(a.batchId, QString());
        HistoryFilter refused;
        refused.outcome = u"refused"_s;
        QCOMPARE(store.attempts(refused).value().size(), 1);
        QCOMPARE(schemaVersionOf(store), version); // read as it was: not migrated
    }

    void openReadOnly_newerSchema_saysWhichVersions_data()
    {
        addKinds();
    }
    void openReadOnly_newerSchema_saysWhichVersions()
    {
        OPEN_OR_SKIP(store);
        const HistoryLocation location = store->location();
        QSqlQuery bump(store->database());
        QVERIFY(bump.exec(u"UPDATE orderdesk_schema SET version = %1"_s.arg(HistorySchema::LatestVersion + 1)));
        bump = QSqlQuery();
        store.reset();
        const QString expected =
            u"written by a newer OrderDesk (schema %1; this one reads up to %2)"_s.arg(HistorySchema::LatestVersion + 1)
                .arg(HistorySchema::LatestVersion);
        for (const auto mode :
             {SqlCancellationHistory::OpenMode::ReadOnly, SqlCancellationHistory::OpenMode::ReadWrite}) {
            const auto opened = SqlCancellationHistory::open(location, mode);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(location.describe()), qPrintable(opened.error().message));
        }
    }

    void openReadOnly_writesNothing_data()
    {
        addKinds();
    }
    void openReadOnly_writesNothing()
    {
        OPEN_OR_SKIP(writer);
        CancelAttempt a = sampleAttempt();
        a.id = writer->recordPending(a).value();
        auto opened = SqlCancellationHistory::open(writer->location(), SqlCancellationHistory::OpenMode::ReadOnly);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        SqlCancellationHistory& reader = *opened.value();
        QCOMPARE(reader.openMode(), SqlCancellationHistory::OpenMode::ReadOnly);
        QCOMPARE(reader.schemaVersion(), HistorySchema::LatestVersion);
        const Result<qint64> pending = reader.recordPending(sampleAttempt(2));
        QVERIFY(!pending.ok());
        QVERIFY2(pending.error().message.contains(writer->location().describe()), qPrintable(pending.error().message));
        a.outcome = u"cancelled"_s;
        QVERIFY(reader.recordOutcome(a).has_value());
        QVERIFY(reader.upsert(sampleAttempt(3)).has_value());
        QVERIFY(reader.markSynced(a).has_value());
        const QList<CancelAttempt> rows = writer->attempts().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, u"pending"_s);
        QCOMPARE(writer->unsynced().value().size(), 1);
        // The connection itself refuses, not only the store's methods.
        QSqlQuery direct(reader.database());
        QVERIFY(!direct.exec(u"DELETE FROM cancel_attempts"_s));
        QCOMPARE(writer->attempts().value().size(), 1);
    }

    void openReadOnly_noFile_createsNothing()
    {
        HistoryLocation location = m_databases.freshSqlite();
        location.sqliteFile = QFileInfo(location.sqliteFile).absolutePath() + u"/no-such-folder/history.sqlite"_s;
        const auto opened = SqlCancellationHistory::open(location, SqlCancellationHistory::OpenMode::ReadOnly);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(location.sqliteFile), qPrintable(opened.error().message));
        QVERIFY(!QFileInfo::exists(QFileInfo(location.sqliteFile).absolutePath()));
    }

    void openReadOnly_emptyDatabase_hasNoAttempts()
    {
        // An SQLite file OrderDesk never wrote to (an empty file is an empty database).
        const HistoryLocation location = m_databases.freshSqlite();
        QFile f(location.sqliteFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto opened = SqlCancellationHistory::open(location, SqlCancellationHistory::OpenMode::ReadOnly);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), 0);
        QVERIFY(opened.value()->attempts().ok());
        QVERIFY(opened.value()->attempts().value().isEmpty());
        QCOMPARE(QFileInfo(location.sqliteFile).size(), 0); // still empty: no table was created
    }

    void versionAdding_namesTheMigrationThatAddedEachColumn()
    {
        // What a reader of an older database maps to defaults must be what the migrations added.
        QSet<QString> before;
        for (int version = 1; version <= HistorySchema::LatestVersion; ++version) {
            const HistoryLocation location = m_databases.freshSqlite();
            QSet<QString> columns;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
                db.setDatabaseName(location.sqliteFile);
                QVERIFY(db.open());
                QVERIFY(!HistorySchema::migrate(db, version));
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT name FROM pragma_table_info('cancel_attempts')"_s));
                while (q.next())
                    columns.insert(q.value(0).toString());
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(u"columns"_s);
            QVERIFY(columns.contains(before));
            for (const QString& column : std::as_const(columns)) {
                const int expected = before.contains(column) ? HistorySchema::versionAdding(column) : version;
                QCOMPARE(u"%1: %2"_s.arg(column).arg(HistorySchema::versionAdding(column)),
                         u"%1: %2"_s.arg(column).arg(expected));
            }
            before = columns;
        }
    }

    void upsert_sameAttemptTwice_keepsOneEntry_data()
    {
        addKinds();
    }
    void upsert_sameAttemptTwice_keepsOneEntry()
    {
        OPEN_OR_SKIP(store);
        CancelAttempt a = sampleAttempt();
        a.uuid = u"5d0c7d0a-5b7e-4bb8-9d2e-000000000001"_s;
        a.outcome = u"pending"_s;
        a.kind = u"subscription"_s;
        a.subscriptionId = u"rent-7"_s;
        a.notes = u"Customer asked by phone"_s;
        a.batchId = u"batch-7"_s;
        QVERIFY(!store->upsert(a));
        a.outcome = u"cancelled"_s;
        a.completedAt = a.startedAt.addSecs(1);
        a.platformMessage = u"Order ord-1 cancelled"_s;
        a.reasonNotTaken = true;
        a.assetSerial = u"SN-7"_s;
        QVERIFY(!store->upsert(a));
        const QList<CancelAttempt> rows = store->attempts().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, u"cancelled"_s);
        QCOMPARE(rows.first().platformMessage, u"Order ord-1 cancelled"_s);
        QCOMPARE(rows.first().reasonNotTaken, true);
        QCOMPARE(rows.first().assetSerial, u"SN-7"_s); // the outcome's serial is carried by the update
        QCOMPARE(rows.first().kind, u"subscription"_s);
        QCOMPARE(rows.first().subscriptionId, u"rent-7"_s);
        QCOMPARE(rows.first().notes, u"Customer asked by phone"_s);
        QCOMPARE(rows.first().batchId, u"batch-7"_s);
    }

#ifdef Q_OS_UNIX
    void open_postgresAgain_printsNoNoticeOnStderr()
    {
        // The schema check runs at every copy to the team's database; libpq prints PostgreSQL's
        // NOTICEs ("relation ... already exists, skipping") on stderr.
        ORDERDESK_SKIP_OR_FAIL_WITHOUT_POSTGRES();
        const HistoryLocation location = m_databases.freshPostgres();
        QVERIFY(SqlCancellationHistory::open(location).ok()); // creates the schema
        QTemporaryFile captured;
        QVERIFY(captured.open());
        fflush(stderr);
        const int savedStderr = dup(STDERR_FILENO);
        QVERIFY(savedStderr >= 0);
        dup2(captured.handle(), STDERR_FILENO);
        const bool reopened = SqlCancellationHistory::open(location).ok();
        fflush(stderr);
        dup2(savedStderr, STDERR_FILENO);
        close(savedStderr);
        QVERIFY(reopened);
        captured.seek(0);
        const QByteArray printed = captured.readAll();
        QVERIFY2(!printed.contains("NOTICE"), printed.constData());
    }
#endif

    void open_fileThatIsNotADatabase_givesAClearError()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        QFile f(location.sqliteFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto opened = SqlCancellationHistory::open(location);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(location.sqliteFile));
        QVERIFY2(opened.error().message.contains(u"not a database"_s), qPrintable(opened.error().message));
    }

    void recordPending_readOnlyDatabase_failsWithAClearError()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            // Root ignores file permissions unless it gives up its capabilities: the writer does,
            // through util-linux's setpriv, and must then fail on the read-only file in words.
            const HistoryLocation location = m_databases.freshSqlite();
            QVERIFY(SqlCancellationHistory::open(location).ok());
            QVERIFY(QFile::setPermissions(location.sqliteFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            QProcess writer;
            writer.start(u"setpriv"_s, {u"--bounding-set=-all"_s, u"--inh-caps=-all"_s, u"--"_s,
                                        QStringLiteral(ORDERDESK_HISTORY_WRITER), location.sqliteFile, u"1"_s});
            QVERIFY2(writer.waitForFinished(30000), "setpriv (util-linux) is needed for this test as root");
            QCOMPARE(writer.exitCode(), 1);
            const QString error = QString::fromLocal8Bit(writer.readAllStandardError());
            QVERIFY2(error.contains(location.sqliteFile) && error.contains(u"readonly"_s), qPrintable(error));
            QVERIFY(!writer.readAllStandardOutput().contains("recorded"));
            QVERIFY(SqlCancellationHistory::open(location).value()->attempts().value().isEmpty());
            return;
        }
#endif
        const HistoryLocation location = m_databases.freshSqlite();
        {
            QVERIFY(SqlCancellationHistory::open(location).ok());
        }
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::setPermissions(location.sqliteFile + suffix, QFile::ReadOwner | QFile::ReadUser);
        auto opened = SqlCancellationHistory::open(location);
        if (opened.ok()) {
            const Result<qint64> id = opened.value()->recordPending(sampleAttempt());
            QVERIFY(!id.ok());
            QVERIFY(id.error().message.contains(location.sqliteFile));
        } else {
            QVERIFY(opened.error().message.contains(location.sqliteFile));
        }
    }

    void twoProcessesWritingAtOnce_loseNothing()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        QVERIFY(SqlCancellationHistory::open(location).ok()); // created and migrated once
        QProcess first, second;
        for (QProcess* p : {&first, &second})
            p->start(QStringLiteral(ORDERDESK_HISTORY_WRITER), {location.sqliteFile, u"150"_s});
        QSet<QString> reported;
        for (QProcess* p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
            for (const QByteArray& line : p->readAllStandardOutput().split('\n'))
                if (line.startsWith("recorded "))
                    reported.insert(QString::fromLatin1(line.mid(9)));
        }
        QCOMPARE(reported.size(), 300);
        auto store = SqlCancellationHistory::open(location);
        QSet<QString> stored;
        for (const CancelAttempt& a : store.value()->attempts().value())
            stored.insert(a.uuid);
        QCOMPARE(stored, reported);
    }

    void writerKilledMidWrite_keepsEveryReportedAttemptAndAHealthyFile()
    {
        const HistoryLocation location = m_databases.freshSqlite();
        QProcess writer;
        writer.start(QStringLiteral(ORDERDESK_HISTORY_WRITER), {location.sqliteFile, u"0"_s});
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += writer.readAllStandardOutput()).count('\n') >= 40, 30000);
        writer.kill(); // SIGKILL: no chance to clean up
        QVERIFY(writer.waitForFinished());
        output += writer.readAllStandardOutput();
        QSet<QString> reported;
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("recorded "))
                reported.insert(QString::fromLatin1(line.mid(9)));

        auto store = SqlCancellationHistory::open(location);
        QVERIFY(store.ok());
        QSet<QString> stored;
        for (const CancelAttempt& a : store.value()->attempts().value())
            stored.insert(a.uuid);
        QVERIFY(stored.contains(reported));
        QSqlQuery check(store.value()->database());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlHistory)
#include "tst_sqlhistory.moc"
