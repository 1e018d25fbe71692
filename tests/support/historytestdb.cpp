#include "historytestdb.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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
    return !qEnvironmentVariableIsEmpty("PGHOST") && QSqlDatabase::isDriverAvailable(u"QPSQL"_s);
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
