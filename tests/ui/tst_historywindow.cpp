// The managers' history window on a real SQLite file, offscreen: it fills from the store, the
// filters narrow it, one attempt shows in detail and leads back to its order, the export writes
// the shown rows, the charts count them, and an unreachable team database is said, not hidden.
#include "historywindow.h"
#include "i18n/translations.h"
#include "itemmodels/historymodel.h"
#include "messagebar.h"
#include "services/historyreader.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Row
{
    int daysAgo;
    const char* agent;
    const char* outcome;
    const char* reason;
};

HistoryLocation writeHistory(const QString& file)
{
    HistoryLocation l;
    l.sqliteFile = file;
    auto store = SqlCancellationHistory::open(l).value();
    const Row rows[] = {{0, "Ana", "cancelled", "Duplicate order"},
                        {0, "Ben", "refused", "Customer changed their mind"},
                        {1, "Ana", "unknown", "Moved abroad, \"urgent\""},
                        {2, "Ben", "cancelled", "Duplicate order"},
                        {45, "Cem", "cancelled", "Old one"}};
    int n = 0;
    for (const Row& r : rows) {
        CancelAttempt a;
        a.startedAt = QDateTime(QDate::currentDate().addDays(-r.daysAgo), QTime(10, 0)).toUTC();
        a.agent = QString::fromLatin1(r.agent);
        a.accountId = u"sandbox-flexportal"_s;
        a.platform = u"flexportal"_s;
        a.orderId = u"FP-%1"_s.arg(++n);
        a.reasonPreset = u"other"_s;
        a.reasonText = QString::fromLatin1(r.reason);
        a.id = store->recordPending(a).value();
        a.outcome = QString::fromLatin1(r.outcome);
        if (store->recordOutcome(a))
            return {};
    }
    return l;
}

// Attempts with preset reasons: today three cancelled and one failed for a duplicate order; two days
// ago one unknown (the customer changed their mind) and one cancelled with a free-text reason.
HistoryLocation writeChartHistory(const QString& file)
{
    HistoryLocation l;
    l.sqliteFile = file;
    auto store = SqlCancellationHistory::open(l).value();
    struct Preset
    {
        int daysAgo;
        const char* outcome;
        const char* preset;
    };
    const Preset rows[] = {{0, "cancelled", "duplicate"},           {0, "cancelled", "duplicate"},
                           {0, "cancelled", "duplicate"},           {0, "failed", "duplicate"},
                           {2, "unknown", "customer-changed-mind"}, {2, "cancelled", "other"}};
    int n = 0;
    for (const Preset& r : rows) {
        CancelAttempt a;
        a.startedAt = QDateTime(QDate::currentDate().addDays(-r.daysAgo), QTime(11, 0)).toUTC();
        a.agent = u"Ana"_s;
        a.accountId = u"sandbox-flexportal"_s;
        a.platform = u"flexportal"_s;
        a.orderId = u"FP-C%1"_s.arg(++n);
        a.reasonPreset = QString::fromLatin1(r.preset);
        a.reasonText = a.reasonPreset == u"other"_s ? u"Moved abroad"_s : QString();
        a.id = store->recordPending(a).value();
        a.outcome = QString::fromLatin1(r.outcome);
        if (store->recordOutcome(a))
            return {};
    }
    return l;
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HistoryLocation m_local;
    QThreadPool m_pool;

    static bool loadInto(HistoryWindow& window, HistoryReader& reader)
    {
        QSignalSpy loaded(&reader, &HistoryReader::loaded);
        window.show();
        window.reload();
        return loaded.wait(30000);
    }
    static int rows(const HistoryWindow& w) { return w.findChild<QTableView*>(u"historyTable"_s)->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance()); // English plurals, as the application has them
        m_local = writeHistory(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(!m_local.sqliteFile.isEmpty());
    }

    void filters_narrowTheTableAndTheCharts()
    {
        HistoryReader reader(m_local, std::nullopt, &m_pool);
        HistoryWindow window(&reader);
        QVERIFY(loadInto(window, reader));
        QCOMPARE(rows(window), 4); // the last 30 days by default: the one 45 days ago is out
        QVERIFY(window.findChild<QLabel*>(u"historyCount"_s)->text().contains(u"4 attempts shown"_s));

        auto* agent = window.findChild<QComboBox*>(u"historyAgent"_s);
        QCOMPARE(agent->count(), 4); // any + Ana, Ben, Cem from the store
        agent->setCurrentIndex(agent->findData(u"Ana"_s));
        QCOMPARE(rows(window), 2);
        auto* outcome = window.findChild<QComboBox*>(u"historyOutcome"_s);
        outcome->setCurrentIndex(outcome->findData(u"unknown"_s));
        QCOMPARE(rows(window), 1);
        outcome->setCurrentIndex(0);
        agent->setCurrentIndex(0);
        QTest::keyClicks(window.findChild<QLineEdit*>(u"historyText"_s), u"duplicate"_s);
        QCOMPARE(rows(window), 2);

        // The chart counts the shown rows: two cancelled attempts on two days.
        auto* chart = window.findChild<QChartView*>(u"attemptsPerDayChart"_s)->chart();
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
        QVERIFY(series);
        double total = 0;
        for (QBarSet* set : series->barSets())
            total += set->sum();
        QCOMPARE(total, 2.0);
    }

    // A screen reader has each chart's title and, as its description, what the bars show in words;
    // the words follow the filters.
    void charts_sayWhatTheyShowInWords()
    {
        QTemporaryDir dir;
        const HistoryLocation location = writeChartHistory(dir.filePath(u"charts.sqlite"_s));
        QVERIFY(!location.sqliteFile.isEmpty());
        HistoryReader reader(location, std::nullopt, &m_pool);
        HistoryWindow window(&reader);
        QVERIFY(loadInto(window, reader));
        QCOMPARE(rows(window), 6);

        auto* perDay = window.findChild<QChartView*>(u"attemptsPerDayChart"_s);
        auto* reasons = window.findChild<QChartView*>(u"topReasonsChart"_s);
        QAccessibleInterface* perDayIface = QAccessible::queryAccessibleInterface(perDay);
        QAccessibleInterface* reasonsIface = QAccessible::queryAccessibleInterface(reasons);
        QVERIFY(perDayIface && reasonsIface);
        QVERIFY(!perDayIface->text(QAccessible::Name).isEmpty());
        const auto longDate = [](int daysAgo) {
            return QLocale().toString(QDate::currentDate().addDays(-daysAgo), QLocale::LongFormat);
        };
        const auto outcome = [](const char* key, int n) {
            return u"%1: %2"_s.arg(HistoryModel::outcomeLabel(QString::fromLatin1(key))).arg(n);
        };

        const QString days = perDayIface->text(QAccessible::Description);
        QVERIFY2(days.startsWith(u"6 attempts from %1 to %2."_s.arg(longDate(2), longDate(0))), qPrintable(days));
        for (const QString& part : {outcome("cancelled", 4), outcome("failed", 1), outcome("unknown", 1)})
            QVERIFY2(days.contains(part), qPrintable(part + u" in "_s + days));
        QVERIFY2(!days.contains(HistoryModel::outcomeLabel(u"refused"_s)), qPrintable(days)); // none: not said
        QVERIFY2(days.contains(u"Busiest day: %1, with 4 attempts."_s.arg(longDate(0))), qPrintable(days));

        const QString top = reasonsIface->text(QAccessible::Description);
        QVERIFY2(top.startsWith(u"Most frequent reason: Duplicate order, with 4 attempts."_s), qPrintable(top));
        QVERIFY2(top.contains(u"Customer changed their mind (1)"_s) && top.contains(u"Other (1)"_s), qPrintable(top));

        // Only the failed one: the words change with the bars.
        auto* outcomeFilter = window.findChild<QComboBox*>(u"historyOutcome"_s);
        outcomeFilter->setCurrentIndex(outcomeFilter->findData(u"failed"_s));
        QCOMPARE(rows(window), 1);
        QTRY_COMPARE(perDayIface->text(QAccessible::Description),
                     u"1 attempt on %1. By outcome: %2."_s.arg(longDate(0), outcome("failed", 1)));
        QCOMPARE(reasonsIface->text(QAccessible::Description),
                 u"Most frequent reason: Duplicate order, with 1 attempt."_s);

        // Nothing shown: said so, not left with the last words.
        QTest::keyClicks(window.findChild<QLineEdit*>(u"historyText"_s), u"no such order"_s);
        QCOMPARE(rows(window), 0);
        QTRY_COMPARE(perDayIface->text(QAccessible::Description), u"No attempts are shown."_s);
        QCOMPARE(reasonsIface->text(QAccessible::Description), u"No attempts are shown."_s);
    }

    void detail_showsTheAttemptAndOpenOrderAsksForIt()
    {
        HistoryReader reader(m_local, std::nullopt, &m_pool);
        HistoryWindow window(&reader);
        QVERIFY(loadInto(window, reader));
        auto* open = window.findChild<QPushButton*>(u"historyOpenOrder"_s);
        QVERIFY(!open->isEnabled()); // nothing selected yet
        auto* table = window.findChild<QTableView*>(u"historyTable"_s);
        QTest::keyClicks(window.findChild<QLineEdit*>(u"historyText"_s), u"abroad"_s);
        QCOMPARE(rows(window), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(window.findChild<QTextBrowser*>(u"historyDetail"_s)->toPlainText().contains(u"Moved abroad"_s));
        QSignalSpy asked(&window, &HistoryWindow::openOrderRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), u"sandbox-flexportal"_s);
        QCOMPARE(asked.first().at(1).toString(), u"FP-3"_s);
    }

    void export_writesTheShownRowsOnly()
    {
        HistoryReader reader(m_local, std::nullopt, &m_pool);
        HistoryWindow window(&reader);
        QVERIFY(loadInto(window, reader));
        auto* agent = window.findChild<QComboBox*>(u"historyAgent"_s);
        agent->setCurrentIndex(agent->findData(u"Ben"_s));
        const QString file = m_dir.filePath(u"export.csv"_s);
        QVERIFY(window.exportCsv(file));
        auto* bar = window.findChild<MessageBar*>(u"historyMessageBar"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageType::Success);
        QVERIFY2(bar->text().contains(u"2 attempts exported"_s), qPrintable(bar->text()));
        QCOMPARE(bar->autoHideInterval(), MessageBar::SuccessHideMs);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(content.count("\r\n"), 3); // header and Ben's two attempts
        QVERIFY(content.contains("Customer changed their mind"));
        QVERIFY(!content.contains("Ana"));
        QVERIFY(!window.exportCsv(m_dir.filePath(u"no/such/folder/x.csv"_s)));
        // Said in the window, without Retry: reading again would not make the folder.
        QCOMPARE(bar->type(), MessageType::Error);
        QVERIFY(bar->text().contains(u"export"_s));
        QVERIFY(!bar->offersRetry());
        QCOMPARE(bar->autoHideInterval(), 0);
    }

    void teamDatabaseUnreachable_showsThisDesksAttemptsAndSaysSo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        HistoryLocation team;
        team.kind = HistoryLocation::Kind::Postgres;
        team.host = u"127.0.0.1"_s;
        team.port = probe.serverPort();
        team.database = u"orderdesk"_s;
        team.user = u"manager"_s;
        probe.close(); // nothing listens there now
        HistoryReader reader(m_local, team, &m_pool);
        HistoryWindow window(&reader);
        QVERIFY(loadInto(window, reader));
        auto* note = window.findChild<MessageBar*>(u"historyMessageBar"_s);
        QVERIFY(note->isVisible());
        QCOMPARE(note->type(), MessageType::Warning);
        QVERIFY2(note->text().contains(u"only this desk"_s), qPrintable(note->text()));
        QCOMPARE(rows(window), 4);
        // The team's database may be back on a second read: Retry reads again.
        QVERIFY(note->offersRetry());
        QSignalSpy loaded(&reader, &HistoryReader::loaded);
        QTest::mouseClick(note->findChild<QToolButton*>(u"messageBarRetry"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY(note->isVisible()); // still out of reach: said again
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
