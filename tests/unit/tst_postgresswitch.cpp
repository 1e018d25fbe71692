// The switch between skipping and requiring the PostgreSQL tests. CTest runs this three ways (see
// tests/unit/CMakeLists.txt): as the test command runs it, with a throw-away server (it connects);
// without a server (skipped, and a banner says so); and without a server but with
// ORDERDESK_REQUIRE_POSTGRES=1, as on a developer machine that wants them (it fails, saying why).
#include "history/sqlhistory.h"
#include "historytestdb.h"

#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;

class TestPostgresSwitch : public QObject
{
    Q_OBJECT

private slots:
    void postgresTest_runsSkipsOrFailsAsTheSwitchSays()
    {
        ORDERDESK_SKIP_OR_FAIL_WITHOUT_POSTGRES();
        HistoryTestDatabases databases;
        const Result<std::unique_ptr<SqlCancellationHistory>> opened =
            SqlCancellationHistory::open(databases.freshPostgres());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostgresSwitch)
#include "tst_postgresswitch.moc"
