// "Cancel N orders…" on the real window against the sandbox: rows of both platforms picked with Ctrl and
// Shift, the preview's verdicts from a fresh read (one order cancelled behind the client's back after the
// list was loaded), the confirm step, a run that meets the sandbox's rate limit (429) half-way, the
// results table and its CSV; Stop in the middle of a run. A run killed half-way is settled by the
// reconciler at the next start: tests/integration/tst_bulkcancel.cpp.
#include "bulkcanceldialog.h"
#include "deskharness.h"
#include "i18n/translations.h"
#include "services/bulkcancelservice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestBulkCancelDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;
    std::unique_ptr<BulkCancelService> m_service;

    SandboxServer* server() const { return m_desk->server(); }

    // Orders the policy allows (or not) that no test has sent a cancel for, as the sandbox holds them.
    QStringList ordersWhere(Platform platform, bool cancellable, int count) const
    {
        QStringList ids;
        for (const QString& id : server()->orderIds(platform)) {
            const Order o = m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(platform), id));
            if (CancellationPolicy::evaluate(o).allowed == cancellable && o.status != u"cancelled" &&
                server()->cancelRequests(platform, id) == 0)
                ids.append(id);
            if (ids.size() == count)
                break;
        }
        return ids;
    }

    QModelIndex rowOf(Platform platform, const QString& id) const
    {
        QAbstractItemModel* proxy = m_desk->table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, 0);
            if (index.data().toString() == id &&
                m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(platform), id)).accountId ==
                    m_desk->accountOf(platform))
                return index;
        }
        return {};
    }

    // Clicks the row with the modifier, as the agent would (Ctrl adds a row, Shift a range).
    bool click(const QModelIndex& index, Qt::KeyboardModifiers modifiers)
    {
        if (!index.isValid())
            return false;
        QTableView* table = m_desk->table();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
        return true;
    }

    BulkCancelDialog* dialog() const { return m_desk->window->findChild<BulkCancelDialog*>(); }
    template <typename T> T* in(const QString& name) const { return dialog()->findChild<T*>(name); }

    void giveReason()
    {
        in<QComboBox>(u"reasonPreset"_s)->setCurrentIndex(4); // Duplicate order
        QTest::keyClicks(in<QPlainTextEdit>(u"reasonText"_s), u"Supplier failed"_s);
    }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance());
        SandboxConfig config;
        config.flexPortalOrders = 120;
        config.offerGridOrders = 80;
        m_desk = std::make_unique<TestDesk>(config);
        QVERIFY(m_desk->running);
        m_service = std::make_unique<BulkCancelService>(&m_desk->backends, &m_desk->historyWriter, &m_desk->orders,
                                                        AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s});
        m_service->setBusyElsewhere([this](const QString& accountId, const QString& orderId) {
            return m_desk->cancel.isRunning(accountId, orderId) || m_desk->subscriptions.isRunning(accountId, orderId);
        }); // as the composition root has it
        m_desk->window->setBulkCancelService(m_service.get());
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void cleanup()
    {
        server()->setFaults(Platform::FlexPortal, {});
        server()->setFaults(Platform::OfferGrid, {});
        if (dialog())
            delete dialog();
        m_desk->table()->clearSelection();
    }

    void cleanupTestCase()
    {
        m_desk->window.reset();
        m_service.reset();
    }

    void selectAllShownOrShiftRange_offersCancelNOrders()
    {
        auto* selectAll = m_desk->window->findChild<QAction*>(u"selectAllShownAction"_s);
        QVERIFY(selectAll);
        selectAll->trigger();
        const int shown = m_desk->table()->model()->rowCount();
        QCOMPARE(m_desk->window->cancelAction()->text().remove(u'&'), u"Cancel %1 orders…"_s.arg(shown));
        QVERIFY(m_desk->window->cancelAction()->isEnabled());
        // Shift takes a range: the first five rows shown.
        QAbstractItemModel* shownRows = m_desk->table()->model();
        QVERIFY(click(shownRows->index(0, 0), Qt::NoModifier));
        QVERIFY(!m_desk->window->cancelAction()->text().contains(u"orders"_s)); // one order: the single cancel
        QVERIFY(click(shownRows->index(4, 0), Qt::ShiftModifier));
        QCOMPARE(m_desk->window->cancelAction()->text().remove(u'&'), u"Cancel 5 orders…"_s);
        m_desk->table()->clearSelection();
        QVERIFY(!m_desk->window->cancelAction()->text().contains(u"orders"_s));
    }

    void thirtyOrdersOfBothPlatforms_mixedVerdicts_429HalfWay_oneCancelPerAllowedOrder()
    {
        // 10 allowed and 5 refused orders of each platform, in list order so that Shift can take a range.
        QStringList allowed[2] = {ordersWhere(Platform::FlexPortal, true, 10),
                                  ordersWhere(Platform::OfferGrid, true, 10)};
        const QStringList refused[2] = {ordersWhere(Platform::FlexPortal, false, 5),
                                        ordersWhere(Platform::OfferGrid, false, 5)};
        const Platform platforms[2] = {Platform::FlexPortal, Platform::OfferGrid};
        for (int p = 0; p < 2; ++p) {
            QCOMPARE(allowed[p].size(), 10);
            QCOMPARE(refused[p].size(), 5);
        }
        QVERIFY(click(rowOf(platforms[0], allowed[0].first()), Qt::NoModifier));
        for (int p = 0; p < 2; ++p) {
            for (const QString& id : allowed[p] + refused[p]) {
                if (p == 0 && id == allowed[0].first())
                    continue;
                QVERIFY(click(rowOf(platforms[p], id), Qt::ControlModifier));
            }
        }
        QCOMPARE(m_desk->window->cancelAction()->text().remove(u'&'), u"Cancel 30 orders…"_s);

        // After the list was read: one allowed order is cancelled elsewhere. The fresh read must see it.
        const QString cancelledElsewhere = allowed[0].takeLast();
        QVERIFY(server()->setFlexPortalStatus(cancelledElsewhere, u"cancelled"_s));
        SandboxFaults limited;
        limited.rateLimitPerSecond = 4; // 9 FlexPortal and 10 OfferGrid cancels: 429s half-way through
        server()->setFaults(Platform::FlexPortal, limited);
        server()->setFaults(Platform::OfferGrid, limited);

        m_desk->window->cancelAction()->trigger();
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        new QAbstractItemModelTester(in<QTableView>(u"bulkPreview"_s)->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, dialog());
        auto* confirm = in<QPushButton>(u"bulkConfirm"_s);
        QTRY_COMPARE(confirm->text(), u"Cancel 19 orders…"_s);
        QVERIFY(!confirm->isEnabled()); // no reason yet
        QVERIFY2(in<QLabel>(u"bulkCounts"_s)->text().contains(u"will cancel: 19"_s),
                 qPrintable(in<QLabel>(u"bulkCounts"_s)->text()));
        QVERIFY(in<QLabel>(u"bulkCounts"_s)->text().contains(u"cannot: 11"_s));
        QCOMPARE(in<QTableView>(u"bulkPreview"_s)->model()->rowCount(), 30);
        giveReason();
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        // The confirm step names how many requests go out, and nothing has gone yet.
        QCOMPARE(confirm->text(), u"Send 19 cancel requests"_s);
        QVERIFY2(in<QLabel>(u"bulkState"_s)->text().contains(u"19 cancel requests"_s),
                 qPrintable(in<QLabel>(u"bulkState"_s)->text()));
        for (int p = 0; p < 2; ++p) {
            for (const QString& id : allowed[p])
                QCOMPARE(server()->cancelRequests(platforms[p], id), 0);
        }
        QSignalSpy finished(m_service.get(), &BulkCancelService::finished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(in<QPushButton>(u"bulkStop"_s)->isVisible());
        QVERIFY(finished.wait(60000));

        const BulkCancelCounts c = m_service->counts();
        QCOMPARE(c.cancelled, 19);
        QCOMPARE(c.alreadyCancelled, 1);
        QCOMPARE(c.refusedByPolicy, 10);
        QVERIFY2(c.rateLimitWaits >= 1, "the rate limit answered no 429");
        // Exactly one applied cancel per allowed order: every request but the last of each was a 429.
        for (const BulkCancelItem& item : m_service->items()) {
            const Platform p =
                item.accountId == m_desk->accountOf(Platform::FlexPortal) ? Platform::FlexPortal : Platform::OfferGrid;
            const int expected = item.result == BulkCancelItem::Result::Cancelled ? 1 + item.rateLimitedSends : 0;
            QCOMPARE(server()->cancelRequests(p, item.orderId), expected);
        }
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, cancelledElsewhere), 0);
        for (int p = 0; p < 2; ++p) {
            for (const QString& id : refused[p])
                QCOMPARE(server()->cancelRequests(platforms[p], id), 0);
        }
        // The results, as the agent sees them, and in the history under one batch id.
        QCOMPARE(confirm->text(), u"Close"_s);
        QVERIFY(in<QPushButton>(u"bulkExport"_s)->isVisible());
        int batchEntries = 0;
        for (const CancelAttempt& a : m_desk->history->attempts().value()) {
            if (a.batchId == m_service->batchId()) {
                ++batchEntries;
                QVERIFY(a.outcome != u"pending"_s);
            }
        }
        QCOMPARE(batchEntries, 19 + c.rateLimitWaits);
        const QString csv = m_desk->dir.filePath(u"results.csv"_s);
        QVERIFY(dialog()->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 32); // header, 30 rows, and the empty tail after the last CRLF
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!dialog());
    }

    void stop_midRun_finishesTheRequestOutAndSendsNoMore()
    {
        const QStringList ids = ordersWhere(Platform::FlexPortal, true, 6);
        QCOMPARE(ids.size(), 6);
        QVERIFY(click(rowOf(Platform::FlexPortal, ids.first()), Qt::NoModifier));
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(click(rowOf(Platform::FlexPortal, ids.at(i)), Qt::ControlModifier));
        SandboxFaults slow;
        slow.latencyMs = 250;
        server()->setFaults(Platform::FlexPortal, slow);
        m_desk->window->cancelAction()->trigger();
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        auto* confirm = in<QPushButton>(u"bulkConfirm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(confirm->text(), u"Cancel 6 orders…"_s, 20000);
        giveReason();
        QTest::mouseClick(confirm, Qt::LeftButton);
        QSignalSpy finished(m_service.get(), &BulkCancelService::finished);
        // Stop as soon as the first request is out.
        connect(m_service.get(), &BulkCancelService::cancelSent, this,
                [this] { QTest::mouseClick(in<QPushButton>(u"bulkStop"_s), Qt::LeftButton); });
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        disconnect(m_service.get(), &BulkCancelService::cancelSent, this, nullptr);
        const BulkCancelCounts c = m_service->counts();
        QCOMPARE(c.cancelled, 1);
        QCOMPARE(c.notSent, 5);
        QCOMPARE(server()->cancelRequests(Platform::FlexPortal, m_service->items().first().orderId), 1);
        for (int i = 1; i < m_service->items().size(); ++i)
            QCOMPARE(server()->cancelRequests(Platform::FlexPortal, m_service->items().at(i).orderId), 0);
        QVERIFY2(in<QLabel>(u"bulkState"_s)->text().contains(u"Stopped"_s),
                 qPrintable(in<QLabel>(u"bulkState"_s)->text()));
        QVERIFY(in<QLabel>(u"bulkCounts"_s)->text().contains(u"not sent: 5"_s));
    }
};

QTEST_MAIN(TestBulkCancelDialog)
#include "tst_bulkcanceldialog.moc"
