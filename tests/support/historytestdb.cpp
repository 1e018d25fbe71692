#include "historytestdb.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <mutex>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {
HistoryLocation postgresBase()
{
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Postgres;
    l.host = qEnvironmentVariable("PGHOST");
    l.port = qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432;
    l.user = qEnvironmentVariable("PGUSER");
    l.password = qEnvironmentVariable("PGPASSWORD");
    l.database = qEnvironmentVariable("PGDATABASE", u"postgres"_s);
    return l;
}

bool adminExec(const QString& statement)
{
    const HistoryLocation base = postgresBase();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"history-test-admin"_s);
        db.setHostName(base.host);
        db.setPort(base.port);
        db.setUserName(base.user);
        db.setPassword(base.password);
        db.setDatabaseName(base.database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"history-test-admin"_s);
    return ok;
}
} // namespace

HistoryTestDatabases::HistoryTestDatabases() = default;

HistoryTestDatabases::~HistoryTestDatabases()
{
    for (const QString& name : std::as_const(m_databases))
        adminExec(u"DROP DATABASE IF EXISTS %1"_s.arg(name));
}

bool HistoryTestDatabases::isPostgresAvailable()
{
    const QString why = whyNoPostgres();
    if (why.isEmpty())
        return true;
    // Said once per test program, loudly: a skipped PostgreSQL test reads as passed in CTest's summary.
    static std::once_flag banner;
    std::call_once(banner, [&why] {
        const QByteArray line(96, '=');
        if (isPostgresRequired())
            qWarning("\n%s\nPostgreSQL tests FAIL: ORDERDESK_REQUIRE_POSTGRES is set, but %s\n%s", line.constData(),
                     qPrintable(why), line.constData());
        else
            qWarning("\n%s\nPostgreSQL tests SKIPPED: %s\nThe SQLite tests ran; the PostgreSQL ones did not. "
                     "Run them with a throw-away server:\n    pg_virtualenv ctest --preset ci\n"
                     "or make a missing server a failure: ORDERDESK_REQUIRE_POSTGRES=1 (README, \"Building by "
                     "hand\").\n%s",
                     line.constData(), qPrintable(why), line.constData());
    });
    return false;
}

bool HistoryTestDatabases::isPostgresRequired()
{
    return qEnvironmentVariableIsSet("ORDERDESK_REQUIRE_POSTGRES");
}

QString HistoryTestDatabases::whyNoPostgres()
{
    if (qEnvironmentVariableIsEmpty("PGHOST"))
        return u"no PostgreSQL server is given (PGHOST is not set)."_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver QPSQL is missing (Debian: libqt6sql6-psql)."_s;
    return {};
}

HistoryLocation HistoryTestDatabases::freshSqlite()
{
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Sqlite;
    l.sqliteFile = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_counter));
    return l;
}

HistoryLocation HistoryTestDatabases::freshPostgres()
{
    HistoryLocation l = postgresBase();
    l.database = u"orderdesk_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_counter);
    if (adminExec(u"CREATE DATABASE %1"_s.arg(l.database)))
        m_databases << l.database;
    return l;
}

HistoryLocation HistoryTestDatabases::fresh(HistoryLocation::Kind kind)
{
    return kind == HistoryLocation::Kind::Sqlite ? freshSqlite() : freshPostgres();
}

} // namespace OrderDesk::Test
