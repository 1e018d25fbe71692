// The cancellation history works on a thread of its own, and still comes first: the window keeps
// answering while another process (the CLI, a second desk) holds the history file's write lock,
// the cancel request goes out only once its "pending" entry is in the file, and a history that
// refuses the entry means nothing is sent and the dialog says so. The real desk, offscreen,
// against the sandbox on loopback.
#include "canceldialog.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "history/sqlhistory.h"
#include "historylockholder.h"
#include "services/cancelservice.h"
#include "stallmeter.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

} // namespace

class TestHistoryThread : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;

    QString cancellableOrder(Platform platform) const
    {
        const QString account = m_desk->accountOf(platform);
        for (int r = 0; r < m_desk->orders.rowCount(); ++r) {
            const Order& o = m_desk->orders.orderAt(r);
            if (o.accountId == account && CancellationPolicy::evaluate(o).allowed &&
                m_desk->server()->cancelRequests(platform, o.id) == 0 && !entryFor(o.id))
                return o.id;
        }
        return {};
    }

    // The order's newest entry, read through the test's own connection to the history file.
    std::optional<CancelAttempt> entryFor(const QString& orderId) const
    {
        const Result<QList<CancelAttempt>> all = m_desk->history->attempts();
        if (all.ok()) {
            for (const CancelAttempt& a : all.value()) {
                if (a.orderId == orderId)
                    return a;
            }
        }
        return std::nullopt;
    }

    void openDialogWithAReason(Platform platform, const QString& id)
    {
        QVERIFY(m_desk->select(m_desk->accountOf(platform), id));
        QVERIFY(m_desk->window->cancelAction()->isEnabled());
        m_desk->window->cancelAction()->trigger();
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QTRY_VERIFY2(!verdict->text().startsWith(u"Checking"_s), qPrintable(verdict->text()));
        m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
        QVERIFY(confirmButton()->isEnabled());
    }

    QLabel* dialogState() const { return m_desk->dialog()->findChild<QLabel*>(u"cancelState"_s); }
    QPushButton* confirmButton() const { return m_desk->dialog()->findChild<QPushButton*>(u"confirmCancel"_s); }
    QPushButton* keepButton() const { return m_desk->dialog()->findChild<QPushButton*>(u"keepOrder"_s); }

    bool dropRefusal() const
    {
        QSqlQuery q(m_desk->history->database());
        return q.exec(u"DROP TRIGGER IF EXISTS refuse_entries"_s);
    }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.flexPortalOrders = 120;
        config.offerGridOrders = 40;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void cleanup()
    {
        QVERIFY(dropRefusal());
        if (CancelDialog* d = m_desk->dialog())
            d->close();
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
    }

    void cancel_whileAnotherProcessHoldsTheWriteLock_theWindowAnswersAndSendsOnlyAfterTheEntry()
    {
        const QString id = cancellableOrder(Platform::FlexPortal);
        QVERIFY(!id.isEmpty());
        openDialogWithAReason(Platform::FlexPortal, id);

        // Another process takes the history's write lock and holds it for 3 s.
        Test::HistoryLockHolder locker;
        QVERIFY(locker.start(QStringLiteral(ORDERDESK_HISTORY_LOCKER), m_desk->localHistory().sqliteFile, 3000));

        QObject scope; // the connections below end with this test
        QElapsedTimer clock;
        // When the request goes out, its entry must already be in the file.
        std::optional<CancelAttempt> entryWhenSent;
        bool sentWhileLocked = false;
        qint64 sentAtMs = -1;
        connect(&m_desk->cancel, &CancelService::cancelRequestSent, &scope,
                [&](const QString&, const QString& orderId) {
                    if (orderId != id)
                        return;
                    sentAtMs = clock.elapsed();
                    sentWhileLocked = !locker.isReleasing();
                    entryWhenSent = entryFor(id);
                });
        // What the window's event loop does meanwhile.
        int ticksWhileLocked = 0;
        int requestsWhileLocked = 0;
        qint64 releasedAtMs = -1;
        Test::StallMeter meter([&] {
            if (locker.isReleasing()) {
                if (releasedAtMs < 0)
                    releasedAtMs = clock.elapsed();
                return;
            }
            ++ticksWhileLocked;
            requestsWhileLocked =
                std::max(requestsWhileLocked, m_desk->server()->cancelRequests(Platform::FlexPortal, id));
        });

        clock.start();
        meter.start();
        QTest::mouseClick(confirmButton(), Qt::LeftButton);
        QTest::mouseClick(confirmButton(), Qt::LeftButton); // a second click sends nothing more
        QVERIFY(m_desk->dialog()->isBusy());
        QTRY_VERIFY2_WITH_TIMEOUT(dialogState()->text().contains(u"was cancelled"_s), qPrintable(dialogState()->text()),
                                  30000);
        const qint64 stallMs = meter.stop();
        QVERIFY(locker.finish());

        qInfo("GUI thread longest stall during a cancel while another process holds the history write lock for 3 s: "
              "%lld ms (target < 30 ms)",
              stallMs);
        qInfo("ticks of a 5 ms timer while the lock was held: %d; lock released at %lld ms, request sent at %lld ms",
              ticksWhileLocked, releasedAtMs, sentAtMs);
        // The window kept handling events while the lock was held (3 s: about 600 ticks when free).
        QVERIFY2(ticksWhileLocked >= 100, qPrintable(u"only %1 ticks while the lock was held"_s.arg(ticksWhileLocked)));
        // The history first: nothing went out while the entry could not be written, and when the
        // request went out, the entry was in the file.
        QCOMPARE(requestsWhileLocked, 0);
        QVERIFY(!sentWhileLocked);
        QVERIFY(sentAtMs >= 0);
        QVERIFY2(entryWhenSent, "the request went out before its entry was in the history");
        QCOMPARE(entryWhenSent->outcome, u"pending"_s);
        QVERIFY(!entryWhenSent->reasonText.isEmpty());
        // Exactly one request, and the entry completed.
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 1);
        QTRY_COMPARE(entryFor(id)->outcome, u"cancelled"_s);
    }

    void cancel_historyRefusesTheEntry_sendsNothingAndTheDialogSaysSo()
    {
        const QString id = cancellableOrder(Platform::OfferGrid);
        QVERIFY(!id.isEmpty());
        openDialogWithAReason(Platform::OfferGrid, id);
        // The history file takes no new entry, as when the disk is full.
        QSqlQuery q(m_desk->history->database());
        QVERIFY(q.exec(u"CREATE TRIGGER refuse_entries BEFORE INSERT ON cancel_attempts "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        QSignalSpy historyFailed(&m_desk->cancel, &CancelService::historyFailed);
        QSignalSpy started(&m_desk->cancel, &CancelService::cancelStarted);
        QSignalSpy sent(&m_desk->cancel, &CancelService::cancelRequestSent);

        QTest::mouseClick(confirmButton(), Qt::LeftButton);

        QTRY_VERIFY2(dialogState()->text().contains(u"nothing was sent"_s), qPrintable(dialogState()->text()));
        QVERIFY2(dialogState()->text().contains(u"disk is full"_s), qPrintable(dialogState()->text()));
        QCOMPARE(historyFailed.count(), 1);
        // Nothing started, nothing sent, nothing recorded.
        QCOMPARE(started.count(), 0);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(m_desk->server()->cancelRequests(Platform::OfferGrid, id), 0);
        QVERIFY(!entryFor(id));
        QVERIFY(!m_desk->cancel.isRunning(m_desk->accountOf(Platform::OfferGrid), id));
        // The dialog is not busy: the agent may keep the order, or try again once the disk has room.
        QVERIFY(!m_desk->dialog()->isBusy());
        QVERIFY(keepButton()->isEnabled());
        QVERIFY(confirmButton()->isEnabled());
        QVERIFY(dropRefusal());
        QTest::mouseClick(keepButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::OfferGrid, id), 0);
    }
};

QTEST_MAIN(TestHistoryThread)
#include "tst_historythread.moc"
