#pragma once

#include "history/sqlhistory.h"

#include <QTemporaryDir>

namespace OrderDesk::Test {

// Fresh, empty history databases for store tests: a SQLite file in a temporary folder, or a new
// database on the PostgreSQL server the test command started (pg_virtualenv exports PGHOST and
// friends); isPostgresAvailable() is false without one, and those rows are skipped.
class HistoryTestDatabases
{
public:
    HistoryTestDatabases();
    ~HistoryTestDatabases();

    static bool isPostgresAvailable();
    HistoryLocation freshSqlite();
    HistoryLocation freshPostgres(); // a new database, dropped again by the destructor
    HistoryLocation fresh(HistoryLocation::Kind kind);

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
    int m_counter = 0;
};

} // namespace OrderDesk::Test
