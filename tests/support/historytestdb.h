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
    static bool isPostgresRequired(); // ORDERDESK_REQUIRE_POSTGRES is set: a missing server is a failure
    static QString whyNoPostgres();   // what is missing, in a sentence ("" when a server is there)
    HistoryLocation freshSqlite();
    HistoryLocation freshPostgres(); // a new database, dropped again by the destructor
    HistoryLocation fresh(HistoryLocation::Kind kind);

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
    int m_counter = 0;
};

} // namespace OrderDesk::Test

// The first line of a test function that needs the PostgreSQL server: without one, skips it (see
// isPostgresAvailable()), or fails it when ORDERDESK_REQUIRE_POSTGRES is set.
#define ORDERDESK_SKIP_OR_FAIL_WITHOUT_POSTGRES()                                                                      \
    do {                                                                                                               \
        if (!OrderDesk::Test::HistoryTestDatabases::isPostgresAvailable()) {                                           \
            if (OrderDesk::Test::HistoryTestDatabases::isPostgresRequired())                                           \
                QFAIL(qPrintable(QStringLiteral("ORDERDESK_REQUIRE_POSTGRES is set, but ") +                           \
                                 OrderDesk::Test::HistoryTestDatabases::whyNoPostgres()));                             \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL test skipped: ") +                                             \
                             OrderDesk::Test::HistoryTestDatabases::whyNoPostgres()));                                 \
        }                                                                                                              \
    } while (false)
