// "Cancel subscriptions…" on the agent's desk, offscreen, against the sandbox: the details pane of a
// partly rented FlexPortal order lists its subscriptions and points to them from the disabled order
// cancel; the dialog chooses two, a reason and notes, confirms the count, sends exactly two requests
// one after the other, shows each result, writes both to the history, and the order is read again.
// Keyboard: the default button sends nothing, Esc closes when idle and not while requests are out;
// Stop lets the request in flight finish and sends no more.
#include "deskharness.h"
#include "history/cancellationhistory.h"
#include "i18n/translations.h"
#include "sandbox/sandboxserver.h"
#include "services/subscriptioncancelservice.h"
#include "subscriptioncanceldialog.h"
#include "subscriptionlist.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr Platform FP = Platform::FlexPortal;
const QString PartialOrder = u"ord%20literal"_s; // partial, 2 of 5 devices rented: two active subscriptions
} // namespace

class TestSubscriptionCancelDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;

    QString account() const { return m_desk->accountOf(FP); }
    template <typename T> T* in(QWidget* parent, const QString& name) const
    {
        T* child = parent->findChild<T*>(name);
        [&] { QVERIFY2(child, qPrintable(name)); }();
        return child;
    }
    SubscriptionCancelDialog* dialog() const { return m_desk->window->findChild<SubscriptionCancelDialog*>(); }
    QWidget* pane() const { return m_desk->window->findChild<QWidget*>(u"orderDetailsPane"_s); }
    QStringList subscriptionIdsOf(const QString& orderId) const
    {
        QStringList ids;
        for (const OrderSubscription& s :
             subscriptionsOf(m_desk->orders.orderAt(m_desk->orders.rowOf(account(), orderId))))
            ids << s.id;
        return ids;
    }

    // Ticks the subscription's box the way the keyboard does: current item, then Space.
    void tick(QTreeWidget* choices, const QString& id)
    {
        const QList<QTreeWidgetItem*> found = choices->findItems(id, Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        choices->setFocus();
        choices->setCurrentItem(found.first());
        QTest::keyClick(choices, Qt::Key_Space);
        QCOMPARE(found.first()->checkState(0), Qt::Checked);
    }

    void openDialogFor(const QString& orderId)
    {
        QVERIFY(m_desk->select(account(), orderId));
        auto* button = in<QPushButton>(pane(), u"cancelSubscriptionsButton"_s);
        QTRY_VERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(dialog() && dialog()->isVisible());
    }

    // Another FlexPortal order with at least two active subscriptions that no test has touched.
    QString orderWithActiveSubscriptions(const QStringList& avoid)
    {
        for (const QString& id : m_desk->server()->subscriptionIds(u"active"_s)) {
            const QString orderId = m_desk->server()->subscription(id)->orderId;
            if (avoid.contains(orderId) || m_desk->orders.rowOf(account(), orderId) < 0)
                continue;
            int active = 0;
            bool untouched = true;
            for (const QString& s : subscriptionIdsOf(orderId)) {
                active += m_desk->server()->subscriptionStatus(s) == u"active" ? 1 : 0;
                untouched = untouched && m_desk->server()->subscriptionCancelRequests(s) == 0;
            }
            if (active >= 2 && untouched)
                return orderId;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance());
        SandboxConfig config;
        config.flexPortalOrders = 80;
        config.offerGridOrders = 10;
        m_desk = std::make_unique<TestDesk>(config);
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void cleanup()
    {
        m_desk->server()->setFaults(FP, {});
        if (SubscriptionCancelDialog* d = dialog(); d && !d->isBusy())
            d->close();
        QTRY_VERIFY(!dialog() || !dialog()->isVisible());
    }

    void pane_partialOrder_listsItsSubscriptionsAndPointsToThem()
    {
        QVERIFY(m_desk->select(account(), PartialOrder));
        QVERIFY(!in<QPushButton>(pane(), u"cancelOrderButton"_s)->isEnabled());
        const QString why = in<QLabel>(pane(), u"cancelExplanation"_s)->text();
        QVERIFY2(why.contains(u"2 of 5 devices"_s) && why.contains(u"cancel their subscriptions instead"_s),
                 qPrintable(why));
        auto* button = in<QPushButton>(pane(), u"cancelSubscriptionsButton"_s);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), u"Cancel &subscriptions…"_s);
        auto* table = in<QTreeWidget>(pane(), u"subscriptionTable"_s);
        const QStringList ids = subscriptionIdsOf(PartialOrder);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(table->topLevelItemCount(), 2);
        const Order order = m_desk->orders.orderAt(m_desk->orders.rowOf(account(), PartialOrder));
        for (int i = 0; i < 2; ++i) {
            const QTreeWidgetItem* row = table->topLevelItem(i);
            QCOMPARE(row->text(0), ids.at(i));
            bool onALine = false; // "product (SKU)" of the line holding it
            for (const OrderLine& line : order.lines)
                onALine = onALine || (line.rentalIds.contains(ids.at(i)) && row->text(1).contains(line.sku) &&
                                      row->text(1).contains(line.productName));
            QVERIFY2(onALine, qPrintable(row->text(1)));
            QCOMPARE(row->text(2), u"state unknown"_s); // nothing in the history yet
        }

        // An OfferGrid order has none: the list is not shown.
        QVERIFY(m_desk->select(m_desk->accountOf(Platform::OfferGrid),
                               m_desk->server()->orderIds(Platform::OfferGrid).first()));
        QVERIFY(!in<SubscriptionList>(pane(), u"subscriptionList"_s)->isVisible());
    }

    void cancelTwo_throughTheDialog_sendsTwoRequestsShowsResultsAndRecordsThem()
    {
        const QStringList ids = subscriptionIdsOf(PartialOrder);
        QCOMPARE(ids.size(), 2);
        openDialogFor(PartialOrder);
        SubscriptionCancelDialog* d = dialog();
        auto* choices = in<QTreeWidget>(d, u"subscriptionChoices"_s);
        auto* primary = in<QPushButton>(d, u"subscriptionPrimary"_s);
        auto* secondary = in<QPushButton>(d, u"subscriptionSecondary"_s);
        QCOMPARE(choices->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(choices->topLevelItem(i)->checkState(0), Qt::Unchecked); // the agent chooses
        QVERIFY(!primary->isEnabled());
        QVERIFY(secondary->isDefault());
        QVERIFY2(in<QLabel>(d, u"subscriptionCancelSummary"_s)->text().contains(u"flags its asset for collection"_s),
                 qPrintable(in<QLabel>(d, u"subscriptionCancelSummary"_s)->text()));

        tick(choices, ids.at(0));
        tick(choices, ids.at(1));
        QVERIFY(!primary->isEnabled()); // no reason yet
        auto* reason = in<QComboBox>(d, u"subscriptionReason"_s);
        QCOMPARE(reason->count(), 6); // "Choose a reason…" and FlexPortal's five
        reason->setCurrentIndex(reason->findData(u"payment_failure"_s));
        QCOMPARE(reason->currentText(),
                 SubscriptionCancelReason::label(SubscriptionCancelReason::Value::PaymentFailure));
        const QString notes = u"Two devices came back — «boxed» 🙂"_s;
        // Typed, then the characters QTest cannot type pasted: an emoji counts as two.
        auto* notesEdit = in<QPlainTextEdit>(d, u"subscriptionNotes"_s);
        QTest::keyClicks(notesEdit, u"Two devices came back"_s);
        notesEdit->insertPlainText(notes.mid(21));
        QCOMPARE(notesEdit->toPlainText(), notes);
        QCOMPARE(in<QLabel>(d, u"subscriptionNotesCounter"_s)->text(),
                 u"%1 / 1000 characters (emoji count as two)"_s.arg(notes.size()));
        QVERIFY(primary->isEnabled());
        QCOMPARE(primary->text(), u"Cancel 2 subscriptions…"_s);

        // The confirm step names the count; its default is Back.
        QTest::mouseClick(primary, Qt::LeftButton);
        const QString confirm = in<QLabel>(d, u"subscriptionConfirmText"_s)->text();
        QVERIFY2(confirm.startsWith(u"2 cancel requests will go out"_s), qPrintable(confirm));
        QVERIFY(confirm.contains(ids.at(0)) && confirm.contains(ids.at(1)));
        QCOMPARE(primary->text(), u"Send 2 requests"_s);
        QCOMPARE(secondary->text(), u"&Back"_s);
        QVERIFY(secondary->isDefault());
        QCOMPARE(m_desk->server()->subscriptionCancelRequests(ids.at(0)), 0); // nothing sent yet

        // Meanwhile FlexPortal rents a third device: reading the order again at the end shows it.
        QVERIFY(m_desk->server()->setFlexPortalStatus(PartialOrder, u"partial"_s, 3));
        const int requestsBefore = m_desk->server()->requestCount(FP);
        QTest::mouseClick(primary, Qt::LeftButton);
        QVERIFY(d->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);

        // Exactly two requests, with the chosen reason's API value and the notes; then one read.
        for (const QString& id : ids) {
            QCOMPARE(m_desk->server()->subscriptionCancelRequests(id), 1);
            const auto body = m_desk->server()->lastSubscriptionCancel(id);
            QVERIFY(body);
            QCOMPARE(body->reason, u"payment_failure"_s);
            QCOMPARE(body->notes, notes);
            QCOMPARE(body->rentalId, id);
        }
        QCOMPARE(m_desk->server()->requestCount(FP), requestsBefore + 3);

        // One result per subscription: the outcome in words, what FlexPortal said, the asset.
        auto* results = in<QTreeWidget>(d, u"subscriptionResults"_s);
        QCOMPARE(results->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i) {
            const QTreeWidgetItem* row = results->topLevelItem(i);
            QCOMPARE(row->text(0), ids.at(i));
            QCOMPARE(row->text(1), u"Cancelled"_s);
            QVERIFY(!row->text(2).isEmpty());
            QCOMPARE(row->text(3), m_desk->server()->subscription(ids.at(i))->assetSerialNumber);
        }
        const QString done = in<QLabel>(d, u"subscriptionSendState"_s)->text();
        QVERIFY2(done.contains(u"2 of 2 subscriptions cancelled or already ended"_s), qPrintable(done));
        QVERIFY2(done.contains(u"The order was read again"_s), qPrintable(done));
        QCOMPARE(secondary->text(), u"Close"_s);
        QVERIFY(secondary->isDefault());

        // Both in the history, settled, as subscription entries of the order.
        const QList<CancelAttempt> history = m_desk->history->attempts().value();
        QCOMPARE(history.size(), 2);
        for (const CancelAttempt& a : history) {
            QCOMPARE(a.kind, u"subscription"_s);
            QVERIFY(ids.contains(a.subscriptionId));
            QCOMPARE(a.orderId, PartialOrder);
            QCOMPARE(a.accountId, account());
            QCOMPARE(a.outcome, u"cancelled"_s);
            QCOMPARE(a.reasonPreset, u"payment_failure"_s);
            QCOMPARE(a.notes, notes);
            QCOMPARE(a.assetSerial, m_desk->server()->subscription(a.subscriptionId)->assetSerialNumber);
            QCOMPARE(a.agent, u"Test Agent"_s);
        }

        // The order was read again: its row and the pane show the third device and its subscription,
        // and the two cancelled ones as the history knows them.
        const Order now = m_desk->orders.orderAt(m_desk->orders.rowOf(account(), PartialOrder));
        QCOMPARE(now.rentalProgress.done, 3);
        QVERIFY2(in<QLabel>(pane(), u"progressText"_s)->text().contains(u"3 of 5"_s),
                 qPrintable(in<QLabel>(pane(), u"progressText"_s)->text()));
        auto* table = in<QTreeWidget>(pane(), u"subscriptionTable"_s);
        QTRY_COMPARE(table->topLevelItemCount(), 3);
        const auto stateOf = [table](const QString& id) {
            const QList<QTreeWidgetItem*> rows = table->findItems(id, Qt::MatchExactly, 0);
            return rows.size() == 1 ? rows.first()->text(2) : QString();
        };
        QTRY_VERIFY2(stateOf(ids.at(0)).startsWith(u"cancelled"_s), qPrintable(stateOf(ids.at(0))));
        QVERIFY2(stateOf(ids.at(1)).startsWith(u"cancelled"_s), qPrintable(stateOf(ids.at(1))));
        for (int i = 0; i < 3; ++i) {
            const QString id = table->topLevelItem(i)->text(0);
            if (!ids.contains(id))
                QCOMPARE(stateOf(id), u"state unknown"_s); // the third device's, never cancelled
        }

        // Idle again: Esc closes it.
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog() || !dialog()->isVisible());
    }

    void keyboard_defaultSendsNothing_escClosesOnlyWhenIdle_stopSendsNoMore()
    {
        const QString orderId = orderWithActiveSubscriptions({PartialOrder});
        QVERIFY(!orderId.isEmpty());
        QStringList ids;
        for (const QString& s : subscriptionIdsOf(orderId)) {
            if (m_desk->server()->subscriptionStatus(s) == u"active")
                ids << s;
        }
        ids = ids.mid(0, 2);

        // Enter on a fresh dialog presses the default button: Close. Nothing was chosen, nothing sent.
        openDialogFor(orderId);
        QTest::keyClick(dialog(), Qt::Key_Return);
        QTRY_VERIFY(!dialog() || !dialog()->isVisible());

        openDialogFor(orderId);
        SubscriptionCancelDialog* d = dialog();
        auto* choices = in<QTreeWidget>(d, u"subscriptionChoices"_s);
        tick(choices, ids.at(0));
        tick(choices, ids.at(1));
        auto* reason = in<QComboBox>(d, u"subscriptionReason"_s);
        reason->setCurrentIndex(reason->findData(u"admin_decision"_s));
        auto* primary = in<QPushButton>(d, u"subscriptionPrimary"_s);
        auto* secondary = in<QPushButton>(d, u"subscriptionSecondary"_s);
        QTest::mouseClick(primary, Qt::LeftButton);
        // Enter on the confirm step goes back, sending nothing; Esc likewise.
        QTest::keyClick(d, Qt::Key_Return);
        QCOMPARE(secondary->text(), u"Close"_s);
        QTest::mouseClick(primary, Qt::LeftButton);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(d->isVisible());
        QCOMPARE(secondary->text(), u"Close"_s);
        QCOMPARE(m_desk->server()->subscriptionCancelRequests(ids.at(0)), 0);

        // Slow answers: while the first request is out, Esc does nothing, and Stop sends no more.
        SandboxFaults slow;
        slow.latencyMs = 600;
        m_desk->server()->setFaults(FP, slow);
        QTest::mouseClick(primary, Qt::LeftButton);
        QTest::mouseClick(primary, Qt::LeftButton);
        QVERIFY(d->isBusy());
        QCOMPARE(secondary->text(), u"&Stop"_s);
        QVERIFY(secondary->isDefault());
        // The first request is out (its entry written first), its answer not yet back.
        QTRY_COMPARE(m_desk->server()->subscriptionCancelRequests(ids.at(0)), 1);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(d->isVisible());
        QTest::mouseClick(secondary, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
        QCOMPARE(m_desk->server()->subscriptionCancelRequests(ids.at(0)), 1); // finished, not cut off
        QCOMPARE(m_desk->server()->subscriptionCancelRequests(ids.at(1)), 0);
        auto* results = in<QTreeWidget>(d, u"subscriptionResults"_s);
        QCOMPARE(results->topLevelItem(0)->text(1), u"Cancelled"_s);
        QCOMPARE(results->topLevelItem(1)->text(1), u"Not sent (stopped)"_s);
        QVERIFY(in<QLabel>(d, u"subscriptionSendState"_s)->text().contains(u"1 not sent"_s));
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog() || !dialog()->isVisible());
    }
};

QTEST_MAIN(TestSubscriptionCancelDialog)
#include "tst_subscriptioncanceldialog.moc"
