// The history's item model and filter proxy (checked by QAbstractItemModelTester) and the figures
// behind the charts: attempts per local day by outcome, without gaps, and the top reasons.
#include "domain/cancellationpolicy.h"
#include "domain/subscriptioncancelreason.h"
#include "history/historystats.h"
#include "itemmodels/historyfilterproxy.h"
#include "itemmodels/historymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

CancelAttempt attempt(int daysAgo, const QString& agent, const QString& platform, const QString& outcome,
                      const QString& preset, const QString& reason)
{
    CancelAttempt a;
    a.uuid = u"%1-%2-%3"_s.arg(daysAgo).arg(agent, outcome);
    a.startedAt = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(12, 0)).toUTC();
    a.agent = agent;
    a.accountId = platform == u"flexportal" ? u"fp-eu"_s : u"og"_s;
    a.platform = platform;
    a.orderId = u"ord-%1"_s.arg(daysAgo);
    a.outcome = outcome;
    a.reasonPreset = preset;
    a.reasonText = reason;
    return a;
}

QList<CancelAttempt> sample()
{
    return {attempt(0, u"Ana"_s, u"flexportal"_s, u"cancelled"_s, u"duplicate"_s, u"Duplicate order"_s),
            attempt(0, u"Ben"_s, u"offergrid"_s, u"refused"_s, u"duplicate"_s, u"Duplicate order"_s),
            attempt(1, u"Ana"_s, u"offergrid"_s, u"unknown"_s, u"other"_s, u"Customer moved to Mars"_s),
            attempt(3, u"Ben"_s, u"flexportal"_s, u"cancelled"_s, u"created-in-error"_s, u"Order created in error"_s),
            attempt(40, u"Cem"_s, u"flexportal"_s, u"cancelled"_s, u"duplicate"_s, u"Duplicate order"_s)};
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void proxy_filters_narrowToWhatTheManagerAsks_data()
    {
        QTest::addColumn<int>("fromDaysAgo"); // -1: no limit
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << -1 << QString() << QString() << QString() << QString() << 5;
        QTest::newRow("last week") << 6 << QString() << QString() << QString() << QString() << 4;
        QTest::newRow("agent") << -1 << u"Ana"_s << QString() << QString() << QString() << 2;
        QTest::newRow("platform") << -1 << QString() << u"offergrid"_s << QString() << QString() << 2;
        QTest::newRow("outcome") << -1 << QString() << QString() << u"cancelled"_s << QString() << 3;
        QTest::newRow("reason text, any case") << -1 << QString() << QString() << QString() << u"MARS"_s << 1;
        QTest::newRow("order id") << -1 << QString() << QString() << QString() << u"ord-40"_s << 1;
        QTest::newRow("combined") << 6 << u"Ben"_s << u"flexportal"_s << u"cancelled"_s << QString() << 1;
        QTest::newRow("nothing matches") << -1 << u"Ana"_s << QString() << u"refused"_s << QString() << 0;
    }

    void proxy_filters_narrowToWhatTheManagerAsks()
    {
        QFETCH(int, fromDaysAgo);
        QFETCH(QString, agent);
        QFETCH(QString, platform);
        QFETCH(QString, outcome);
        QFETCH(QString, text);
        QFETCH(int, rows);
        HistoryModel model;
        HistoryFilterProxy proxy;
        proxy.setHistoryModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAttempts(sample());
        HistoryView view;
        if (fromDaysAgo >= 0)
            view.from = QDate::currentDate().addDays(-fromDaysAgo);
        view.to = QDate::currentDate();
        view.agent = agent;
        view.platform = platform;
        view.outcome = outcome;
        view.text = text;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), rows);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const CancelAttempt& a = model.attemptAt(proxy.mapToSource(proxy.index(r, 0)).row());
            QVERIFY(agent.isEmpty() || a.agent == agent);
            QVERIFY(outcome.isEmpty() || a.outcome == outcome);
        }
    }

    void model_showsOutcomeInWordsAndTheReRead()
    {
        HistoryModel model;
        CancelAttempt a = attempt(0, u"Ana"_s, u"flexportal"_s, u"unknown"_s, u"other"_s, u"x"_s);
        a.reReadStatus = u"cancelled"_s;
        a.httpStatus = 0;
        model.setAttempts({a});
        QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(),
                 u"Outcome unknown (re-read: cancelled)"_s);
        QCOMPARE(model.index(0, HistoryModel::PlatformColumn).data().toString(), u"FlexPortal"_s);
        QVERIFY(!model.index(0, HistoryModel::HttpStatusColumn).data().isValid()); // no reply: blank, not 0
    }

    void model_messageColumn_showsTheErrorElseThePlatformsMessage()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CancelAttempt said = attempt(0, u"Ana"_s, u"flexportal"_s, u"cancelled"_s, u"other"_s, u"x"_s);
        said.platformMessage = u"Order ord-0 cancelled"_s;
        CancelAttempt both = attempt(1, u"Ben"_s, u"offergrid"_s, u"refused"_s, u"other"_s, u"y"_s);
        both.message = u"Offer is already shipped"_s;
        both.platformMessage = u"Not cancellable"_s;
        model.setAttempts({said, both});
        QCOMPARE(model.index(0, HistoryModel::MessageColumn).data().toString(), u"Order ord-0 cancelled"_s);
        QCOMPARE(model.index(1, HistoryModel::MessageColumn).data().toString(), u"Offer is already shipped"_s);
        QCOMPARE(model.index(1, HistoryModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 u"Offer is already shipped\nNot cancellable"_s);
    }

    void model_subscriptionAttempt_showsItsIdReasonLabelAndNotes()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CancelAttempt sub =
            attempt(0, u"Ana"_s, u"flexportal"_s, u"already-ended"_s, u"payment_failure"_s, u"payment_failure"_s);
        sub.kind = u"subscription"_s;
        sub.subscriptionId = u"rent-42"_s;
        sub.notes = u"Card declined\ntwice"_s;
        const CancelAttempt order = attempt(1, u"Ben"_s, u"flexportal"_s, u"cancelled"_s, u"other"_s, u"Moved"_s);
        model.setAttempts({sub, order});
        const QString label = SubscriptionCancelReason::label(SubscriptionCancelReason::Value::PaymentFailure);
        QCOMPARE(model.index(0, HistoryModel::SubscriptionColumn).data().toString(), u"rent-42"_s);
        QCOMPARE(model.index(0, HistoryModel::OrderColumn).data().toString(), u"ord-0"_s);
        QCOMPARE(model.index(0, HistoryModel::ReasonColumn).data().toString(), label + u": Card declined twice"_s);
        QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(), u"Already ended"_s);
        QCOMPARE(model.index(1, HistoryModel::SubscriptionColumn).data().toString(), QString());
        QCOMPARE(model.index(1, HistoryModel::ReasonColumn).data().toString(), u"Moved"_s);

        // The kind filter, and the text filter finding the subscription id and the notes.
        HistoryFilterProxy proxy;
        proxy.setHistoryModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryView view;
        view.kind = u"subscription"_s;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, HistoryModel::SubscriptionColumn).data().toString(), u"rent-42"_s);
        view.kind = u"order"_s;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, HistoryModel::OrderColumn).data().toString(), u"ord-1"_s);
        view.kind.clear();
        view.text = u"RENT-42"_s;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), 1);
        view.text = u"declined"_s;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void textFilter_findsTheAttemptsOfOneBulkRunByItsBatchId()
    {
        HistoryModel model;
        CancelAttempt a = attempt(0, u"Ana"_s, u"flexportal"_s, u"cancelled"_s, u"duplicate"_s, u"Dup"_s);
        CancelAttempt b = attempt(1, u"Ana"_s, u"offergrid"_s, u"refused"_s, u"duplicate"_s, u"Dup"_s);
        const CancelAttempt single = attempt(2, u"Ana"_s, u"offergrid"_s, u"cancelled"_s, u"duplicate"_s, u"Dup"_s);
        a.batchId = b.batchId = u"6f1c2a9e-0b7d-4c55-9a51-3f0e2d7b8c11"_s;
        model.setAttempts({a, b, single});
        HistoryFilterProxy proxy;
        proxy.setHistoryModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryView view;
        view.text = u"6F1C2A9E"_s;
        proxy.setView(view);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void topReasons_subscriptionReasonsCountByTheirLabel()
    {
        CancelAttempt sub = attempt(0, u"Ana"_s, u"flexportal"_s, u"cancelled"_s, u"fraud"_s, u"fraud"_s);
        sub.kind = u"subscription"_s;
        const QList<HistoryStats::ReasonCount> top = HistoryStats::topReasons({sub, sub}, 5);
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().reason, SubscriptionCancelReason::label(SubscriptionCancelReason::Value::Fraud));
        QCOMPARE(top.first().count, 2);
        QVERIFY(HistoryStats::outcomeKeys().contains(u"already-ended"_s));
    }

    void perDay_countsByOutcomeAndFillsEmptyDays()
    {
        QList<CancelAttempt> recent = sample();
        recent.removeLast(); // the one 40 days ago
        const QList<HistoryStats::Day> days = HistoryStats::perDay(recent);
        QCOMPARE(days.size(), 4); // three days ago .. today, the empty day two days ago included
        QCOMPARE(days.first().date, QDate::currentDate().addDays(-3));
        QCOMPARE(days.at(1).total(), 0);
        QCOMPARE(days.last().byOutcome.value(u"cancelled"_s), 1);
        QCOMPARE(days.last().byOutcome.value(u"refused"_s), 1);
        QCOMPARE(days.last().total(), 2);
        QVERIFY(HistoryStats::perDay({}).isEmpty());
    }

    void topReasons_mostFrequentFirstAndFreeTextAsOther()
    {
        const QList<HistoryStats::ReasonCount> top = HistoryStats::topReasons(sample(), 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).reason, CancelReason::presetLabel(CancelReason::Preset::Duplicate));
        QCOMPARE(top.at(0).count, 3);
        QCOMPARE(top.at(1).count, 1);
        const QList<HistoryStats::ReasonCount> all = HistoryStats::topReasons(sample(), 10);
        QCOMPARE(all.size(), 3);
        bool other = false;
        for (const auto& r : all)
            other = other || r.reason == CancelReason::presetLabel(CancelReason::Preset::Other);
        QVERIFY(other);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
