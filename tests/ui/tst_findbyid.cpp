// Find by id in the real window against the sandbox, driven as an agent drives it: an order on a
// page the list has not loaded yet is found by typing (or pasting) its id into the search, or with
// Ctrl+G, and shows selected while the list is still loading; an id no account has is said so in
// words, in the window's message bar, and sends nothing; an account that cannot be asked is told as
// an error, with "Look up again" that asks again.
// The details pane shows the order's cancel attempts: who, when, the reason and the outcome.
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"
#include "i18n/translations.h"
#include "messagebar.h"
#include "sandbox/sandboxserver.h"
#include "services/orderfinder.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

const QKeySequence GoToKey(Qt::CTRL | Qt::Key_G);

} // namespace

class TestFindById : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;

    // A desk of its own for each test: a sandbox of `flexPortalOrders` orders, the window shown.
    void makeDesk(int flexPortalOrders)
    {
        SandboxConfig config;
        config.flexPortalOrders = flexPortalOrders;
        config.offerGridOrders = 100;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
    }

    // The list starts loading, FlexPortal's pages each `latencyMs` late: the last pages come seconds later.
    void startSlowLoad(int latencyMs)
    {
        SandboxFaults slow;
        slow.latencyMs = latencyMs;
        m_desk->server()->setFaults(Platform::FlexPortal, slow);
        m_desk->accounts.activate();
        QTRY_VERIFY(m_desk->loader.isLoading());
    }

    QLineEdit* search() const { return m_desk->window->findChild<QLineEdit*>(u"searchField"_s); }
    // The main window's notice bar: what just happened, the outcome of a lookup among it.
    MessageBar* notice() const { return m_desk->window->findChild<MessageBar*>(u"noticeBar"_s); }
    QString noticeText() const { return notice()->isVisible() ? notice()->text() : QString(); }
    QToolButton* noticeButton(const QString& text) const
    {
        for (QToolButton* b : notice()->findChildren<QToolButton*>())
            if (b->isVisible() && b->text() == text)
                return b;
        return nullptr;
    }
    QString currentId() const { return m_desk->table()->currentIndex().data().toString(); }
    QString detailsTitle() const { return m_desk->window->findChild<QLabel*>(u"orderTitle"_s)->text(); }
    QLabel* timeline() const { return m_desk->window->findChild<QLabel*>(u"cancelTimelineText"_s); }
    QString fp() const { return m_desk->accountOf(Platform::FlexPortal); }
    int cancelsSent(const QString& id) const
    {
        return m_desk->server()->cancelRequests(Platform::FlexPortal, id) +
               m_desk->server()->cancelRequests(Platform::OfferGrid, id);
    }

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }

    void cleanup()
    {
        if (m_desk && m_desk->loader.isLoading()) {
            QSignalSpy finished(&m_desk->loader, &OrderLoader::finished);
            m_desk->loader.stop();
            QVERIFY(finished.count() > 0 || finished.wait(10000));
        }
        m_desk.reset();
    }

    void typedId_ofAnOrderOnAPageNotLoadedYet_showsSelectedWhileTheListLoads()
    {
        makeDesk(3000);
        startSlowLoad(60); // 30 pages, at least 1.8 s
        const QString id = m_desk->server()->orderIds(Platform::FlexPortal).constLast();
        QCOMPARE(m_desk->orders.rowOf(fp(), id), -1);

        QTest::keyClick(m_desk->window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search()->hasFocus());
        QTest::keyClicks(search(), id);

        QTRY_COMPARE_WITH_TIMEOUT(currentId(), id, 5000);
        QVERIFY2(m_desk->loader.isLoading(), "found by id, not brought by the list");
        QCOMPARE(m_desk->table()->model()->rowCount(), 1); // the search shows it, and only it
        QVERIFY(detailsTitle().contains(id));
        QTRY_VERIFY2(noticeText().contains(u"shown and selected"_s), qPrintable(noticeText()));
        QCOMPARE(notice()->type(), MessageType::Success);
        QVERIFY(notice()->autoHideInterval() > 0);
        QVERIFY(search()->hasFocus()); // typing was not interrupted
        // The list, once loaded, keeps it as one row of its account.
        QSignalSpy finished(&m_desk->loader, &OrderLoader::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(currentId(), id);
        QCOMPARE(m_desk->orders.rowCount(), m_desk->totalOrders());
    }

    void ctrlG_goToOrder_selectsAnOrderNotLoadedYet()
    {
        makeDesk(3000);
        startSlowLoad(60);
        const QString id = m_desk->server()->orderIds(Platform::FlexPortal).at(2990);
        QCOMPARE(m_desk->orders.rowOf(fp(), id), -1);

        // From the search field too: no widget takes Ctrl+G for itself.
        QTest::keyClick(m_desk->window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search()->hasFocus());
        QTest::keyClick(search(), Qt::Key_G, Qt::ControlModifier);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<QInputDialog*>(u"goToOrderDialog"_s)) && dialog->isVisible());
        auto* field = dialog->findChild<QLineEdit*>();
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, id);
        QTest::keyClick(field, Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(currentId(), id, 5000);
        QVERIFY2(m_desk->loader.isLoading(), "found by id, not brought by the list");
        QVERIFY(detailsTitle().contains(id));
        QTRY_VERIFY(!m_desk->window->findChild<QInputDialog*>(u"goToOrderDialog"_s));
        // The keyboard is on the row, ready for Enter or Ctrl+Shift+X, once the window is active again
        // (the offscreen platform has no window manager to hand it back when the dialog closes).
        QTRY_COMPARE(m_desk->window->focusWidget(), m_desk->table());
    }

    void ctrlG_isHeldByGoToOrderAloneAndByNoStandardKeyInUse()
    {
        makeDesk(100);
        auto* goTo = m_desk->window->findChild<QAction*>(u"goToOrderAction"_s);
        QVERIFY(goTo);
        QVERIFY(goTo->isEnabled());
        QCOMPARE(goTo->shortcut(), GoToKey);
        // Two actions holding one key make it ambiguous: neither would trigger.
        const QList<QAction*> actions = m_desk->window->findChildren<QAction*>();
        QList<QAction*> holders;
        for (QAction* a : actions) {
            if (a->shortcuts().contains(GoToKey))
                holders << a;
        }
        QCOMPARE(holders, QList<QAction*>{goTo});
        // Of Qt's standard keys only Find Next (and Find Previous with Shift) are Ctrl+G somewhere
        // (Windows, GNOME, macOS; here F3 and Ctrl+G): no other action here holds them, as the search
        // filters and has no "next match". Every other standard key leaves Ctrl+G alone.
        const QMetaEnum keys = QMetaEnum::fromType<QKeySequence::StandardKey>();
        for (int i = 0; i < keys.keyCount(); ++i) {
            const auto key = QKeySequence::StandardKey(keys.value(i));
            const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
            if (key == QKeySequence::FindNext || key == QKeySequence::FindPrevious) {
                for (QAction* a : actions) {
                    for (const QKeySequence& b : bindings) {
                        if (a != goTo || b != GoToKey)
                            QVERIFY2(!a->shortcuts().contains(b), qPrintable(a->text() + b.toString()));
                    }
                }
                continue;
            }
            QVERIFY2(!bindings.contains(GoToKey), keys.key(i));
        }
    }

    void unknownId_saysSoInWordsAndSendsNoCancel()
    {
        makeDesk(300);
        QVERIFY(m_desk->activate());
        const QString id = u"ord_nosuch0001"_s;
        QSignalSpy notFound(&m_desk->finder, &OrderFinder::notFound);
        QTest::keyClick(m_desk->window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search(), id);
        QVERIFY(notFound.wait(10000));
        QTRY_VERIFY2(noticeText().contains(u"was not found"_s), qPrintable(noticeText()));
        QVERIFY(noticeText().contains(id));
        QCOMPARE(notice()->type(), MessageType::Information); // the answer, not a failure
        QVERIFY(!notice()->offersRetry());
        QVERIFY(!noticeButton(u"Look &up again"_s)); // every account answered: asking again says the same
        QCOMPARE(notice()->autoHideInterval(), 0);   // it stays while the agent reads it out
        QVERIFY2(!m_desk->window->statusBar()->currentMessage().contains(id), "said once, in the bar");
        QVERIFY(!QApplication::activeModalWidget()); // said in the bar, no box to dismiss
        QVERIFY(m_desk->window->findChildren<QMessageBox*>().isEmpty());
        QCOMPARE(m_desk->table()->model()->rowCount(), 0);
        QVERIFY(!m_desk->window->cancelAction()->isEnabled());
        QCOMPARE(cancelsSent(id), 0);
        QVERIFY(m_desk->history->attempts().value().isEmpty());

        // Ctrl+G says the same for it.
        search()->clear();
        QTest::keyClick(m_desk->window.get(), Qt::Key_G, Qt::ControlModifier);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<QInputDialog*>(u"goToOrderDialog"_s)) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(), u"ord_nosuch0002"_s);
        QTest::keyClick(dialog->findChild<QLineEdit*>(), Qt::Key_Return);
        QTRY_VERIFY2(!noticeText().contains(id), "the last lookup's outcome went when this one started");
        QVERIFY(notFound.wait(10000));
        QTRY_VERIFY2(noticeText().contains(u"ord_nosuch0002"_s) && noticeText().contains(u"was not found"_s),
                     qPrintable(noticeText()));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void unknownId_withOneAccountFailing_saysThatAccountCouldNotBeAsked()
    {
        makeDesk(300);
        QVERIFY(m_desk->activate());
        SandboxFaults failing;
        failing.serverErrors = 1000;
        m_desk->server()->setFaults(Platform::OfferGrid, failing);
        QSignalSpy notFound(&m_desk->finder, &OrderFinder::notFound);
        QTest::keyClick(m_desk->window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search(), u"ord_nosuch0003"_s);
        QVERIFY(notFound.wait(10000));
        QTRY_VERIFY2(noticeText().contains(u"could not be asked"_s), qPrintable(noticeText()));
        QVERIFY2(noticeText().contains(u"internal problem"_s), qPrintable(noticeText()));
        QVERIFY2(!noticeText().contains(u"was not found"_s), qPrintable(noticeText()));
        QCOMPARE(notice()->type(), MessageType::Error);
        QCOMPARE(notice()->autoHideInterval(), 0);

        // The server's trouble may pass: "Look up again" (Alt+U) asks every account once more.
        QVERIFY(noticeButton(u"Look &up again"_s));
        m_desk->server()->setFaults(Platform::OfferGrid, SandboxFaults{});
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        QTest::keyClick(m_desk->window.get(), Qt::Key_U, Qt::AltModifier);
        QVERIFY(notFound.wait(10000));
        QCOMPARE(notFound.last().first().value<OrderMiss>().id, u"ord_nosuch0003"_s);
        QTRY_VERIFY2(noticeText().contains(u"was not found"_s), qPrintable(noticeText()));
        QCOMPARE(notice()->type(), MessageType::Information);
        QVERIFY(!noticeButton(u"Look &up again"_s));
    }

    void timeline_showsTheAttemptsMadeEarlier_whoWhenReasonAndOutcome()
    {
        makeDesk(300);
        QVERIFY(m_desk->activate());
        QString id;
        for (const QString& candidate : m_desk->server()->orderIds(Platform::FlexPortal)) {
            const int row = m_desk->orders.rowOf(fp(), candidate);
            if (row >= 0 && CancellationPolicy::evaluate(m_desk->orders.orderAt(row)).allowed) {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        // Another agent tried yesterday, from another desk, and the platform refused.
        CancelAttempt earlier;
        earlier.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        earlier.agent = u"Mia K."_s;
        earlier.machine = u"desk-07"_s;
        earlier.accountId = fp();
        earlier.platform = u"flexportal"_s;
        earlier.orderId = id;
        earlier.reasonPreset = u"other"_s;
        earlier.reasonText = u"Wrong address given"_s;
        const Result<qint64> written = m_desk->history->recordPending(earlier);
        QVERIFY(written.ok());
        earlier.id = written.value();
        earlier.completedAt = earlier.startedAt.addSecs(2);
        earlier.outcome = u"refused"_s;
        earlier.message = u"The order is being prepared for shipping."_s;
        QVERIFY(!m_desk->history->recordOutcome(earlier));

        // And a subscription of the order was cancelled from the command line an hour ago.
        CancelAttempt subscription = earlier;
        subscription.uuid.clear();
        subscription.id = 0;
        subscription.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        subscription.agent = u"Ola"_s;
        subscription.machine.clear();
        subscription.kind = u"subscription"_s;
        subscription.subscriptionId = u"sub_7x"_s;
        subscription.reasonPreset = u"customer_request"_s;
        subscription.notes = u"Moving abroad"_s;
        subscription.outcome = u"pending"_s;
        subscription.message.clear();
        const Result<qint64> subWritten = m_desk->history->recordPending(subscription);
        QVERIFY(subWritten.ok());

        QVERIFY(m_desk->window->selectOrder(fp(), id));
        QVERIFY(timeline()->isVisible());
        QTRY_VERIFY2(timeline()->text().contains(u"Ola · subscription sub_7x: Pending"_s),
                     qPrintable(timeline()->text()));
        QVERIFY2(timeline()->text().contains(u"Moving abroad"_s), qPrintable(timeline()->text()));
        QTRY_VERIFY2(timeline()->text().contains(u"Mia K. on desk-07"_s), qPrintable(timeline()->text()));
        QVERIFY(timeline()->text().contains(u"Wrong address given"_s));
        QVERIFY(timeline()->text().contains(u"Refused"_s));
        QVERIFY(timeline()->text().contains(u"The order is being prepared for shipping."_s));
        QVERIFY(timeline()->text().contains(QLocale().toString(earlier.startedAt.toLocalTime(), QLocale::LongFormat)));

        // Now this agent cancels it, as an agent does.
        m_desk->window->cancelAction()->trigger();
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        auto* verdict = m_desk->dialog()->findChild<QLabel*>(u"cancelVerdict"_s);
        QTRY_VERIFY2(!verdict->text().startsWith(u"Checking"_s), qPrintable(verdict->text()));
        auto* preset = m_desk->dialog()->findChild<QComboBox*>(u"reasonPreset"_s);
        preset->setCurrentIndex(preset->count() - 1); // "Other": the agent's own words
        QTest::keyClicks(m_desk->dialog()->findChild<QPlainTextEdit*>(u"reasonText"_s), u"Customer called twice"_s);
        auto* confirm = m_desk->dialog()->findChild<QPushButton*>(u"confirmCancel"_s);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto* state = m_desk->dialog()->findChild<QLabel*>(u"cancelState"_s);
        QTRY_VERIFY2(state->text().contains(u"was cancelled"_s), qPrintable(state->text()));
        QTest::mouseClick(confirm, Qt::LeftButton); // "Close"
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());

        const CancelAttempt mine = m_desk->history->attempts().value().first();
        QCOMPARE(mine.orderId, id);
        const QString when = QLocale().toString(mine.startedAt.toLocalTime(), QLocale::LongFormat);
        // Read again when the cancel started and when it ended: the second read shows its outcome.
        QTRY_VERIFY2(timeline()->text().contains(u"Test Agent on test-host · Cancelled"_s),
                     qPrintable(timeline()->text()));
        const QString text = timeline()->text();
        QVERIFY2(text.contains(when), qPrintable(text));
        QVERIFY2(text.contains(u"Customer called twice"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Cancelled"_s), qPrintable(text));
        QVERIFY2(text.contains(mine.platformMessage), qPrintable(text));
        QVERIFY2(text.indexOf(u"Test Agent"_s) < text.indexOf(u"Mia K."_s), "newest first");
        QCOMPARE(cancelsSent(id), 1);

        // Another order has a timeline of its own; coming back reads this one's again.
        const QString other = m_desk->server()->orderIds(Platform::OfferGrid).constFirst();
        QVERIFY(m_desk->window->selectOrder(m_desk->accountOf(Platform::OfferGrid), other));
        QTRY_VERIFY2(timeline()->text().contains(u"No cancel attempts"_s), qPrintable(timeline()->text()));
        QVERIFY(m_desk->window->selectOrder(fp(), id));
        QTRY_VERIFY2(timeline()->text().contains(u"Customer called twice"_s), qPrintable(timeline()->text()));
    }
};

QTEST_MAIN(TestFindById)
#include "tst_findbyid.moc"
