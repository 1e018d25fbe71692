// The window's actions against the sandbox, offscreen, used as an agent uses them: the rows' context
// menu holds the very actions of the menu bar and toolbar (so a cancel greyed out in one is greyed
// out in the other), copies the id, the email and the order as the platform sends it, reads one
// order again; the header's menu hides and shows columns and puts the widths back; the list sorts
// ids naturally and customers by collation; the history window copies a row and opens its order,
// asking the accounts for it when it is not loaded; every key comes from the one shortcut table.
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"
#include "historywindow.h"
#include "i18n/translations.h"
#include "itemmodels/roles.h"
#include "messagebar.h"
#include "sandbox/sandboxserver.h"
#include "shortcuts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

// What a right click sends: the context menu event at the point, in the widget's coordinates.
void rightClick(QWidget* widget, QPoint pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}

// Clicks the entry of a shown menu, as the pointer does.
void clickEntry(QMenu* menu, QAction* action)
{
    QVERIFY(menu->actions().contains(action));
    QVERIFY(action->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

} // namespace

class TestOrderActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;

    QTableView* table() const { return m_desk->table(); }
    QAction* windowAction(const QString& name) const { return m_desk->window->findChild<QAction*>(name); }

    // The list's row of the first order of `platform` with `status`.
    QModelIndex rowWithStatus(Platform platform, const QString& status, int column = 0) const
    {
        QAbstractItemModel* proxy = table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, column);
            if (index.data(Roles::Platform).toInt() == int(platform) && index.data(Roles::NativeStatus) == status)
                return index;
        }
        return {};
    }

    const Order& orderAt(const QModelIndex& index) const
    {
        return m_desk->orders.orderAt(
            m_desk->orders.rowOf(index.data(Roles::AccountId).toString(), index.data(Roles::OrderId).toString()));
    }

    // Right-clicks the row and returns the menu it opened.
    QMenu* openRowMenu(const QModelIndex& index)
    {
        table()->scrollTo(index);
        rightClick(table()->viewport(), table()->visualRect(index).center());
        auto* menu = table()->findChild<QMenu*>(u"orderRowMenu"_s);
        if (menu && !menu->isVisible())
            return nullptr;
        return menu;
    }

    QMenu* openHeaderMenu(QTableView* view, int column)
    {
        QHeaderView* header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        rightClick(header->viewport(), QPoint(x, header->height() / 2));
        auto* menu = view->findChild<QMenu*>(view->objectName() + u"HeaderMenu"_s);
        return menu && menu->isVisible() ? menu : nullptr;
    }

    QStringList shownColumn(int column) const
    {
        QStringList out;
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            out << table()->model()->index(r, column).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance());
        SandboxConfig config;
        config.flexPortalOrders = 120;
        config.offerGridOrders = 60;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
        QTRY_COMPARE(table()->model()->rowCount(), m_desk->totalOrders());
    }

    void cleanup()
    {
        for (QMenu* menu : m_desk->window->findChildren<QMenu*>())
            menu->hide();
        QGuiApplication::clipboard()->clear();
        m_desk->orders.removeAccount(u"sort-test"_s);
        m_desk->window->findChild<QLineEdit*>(u"searchField"_s)->clear();
        QTRY_COMPARE(table()->model()->rowCount(), m_desk->orders.rowCount());
    }

    void rowMenu_holdsTheSameActionsAsTheMenuBarAndToolbar()
    {
        QMenu* menu = openRowMenu(table()->model()->index(0, 0));
        QVERIFY(menu);
        const QList<QAction*> entries = menu->actions();
        QVERIFY(entries.contains(m_desk->window->cancelAction()));
        auto* toolbar = m_desk->window->findChild<QToolBar*>(u"ordersToolBar"_s);
        QVERIFY(toolbar->actions().contains(m_desk->window->cancelAction()));
        QList<QAction*> inMenuBar;
        for (QAction* top : m_desk->window->menuBar()->actions())
            inMenuBar += top->menu()->actions();
        for (const QString& name : {u"copyOrderIdAction"_s, u"copyEmailAction"_s, u"copyJsonAction"_s,
                                    u"refreshOrderAction"_s, u"cancelAction"_s}) {
            QAction* action = windowAction(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(entries.contains(action), qPrintable(name));
            QVERIFY2(inMenuBar.contains(action), qPrintable(name));
        }
    }

    void rowMenu_cancelOfAFulfilledOrderIsDisabledThereAsInTheToolbar()
    {
        auto* toolbar = m_desk->window->findChild<QToolBar*>(u"ordersToolBar"_s);
        QWidget* toolbarCancel = toolbar->widgetForAction(m_desk->window->cancelAction());
        QVERIFY(toolbarCancel);

        const QModelIndex fulfilled = rowWithStatus(Platform::FlexPortal, u"fulfilled"_s);
        QVERIFY(fulfilled.isValid());
        QVERIFY(!CancellationPolicy::evaluate(orderAt(fulfilled)).allowed);
        QMenu* menu = openRowMenu(fulfilled);
        QVERIFY(menu);
        QCOMPARE(table()->currentIndex().row(), fulfilled.row()); // the clicked row is the one acted on
        QAction* cancel = m_desk->window->cancelAction();
        QVERIFY(menu->actions().contains(cancel));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!toolbarCancel->isEnabled());
        menu->hide();

        const QModelIndex pending = rowWithStatus(Platform::FlexPortal, u"pending"_s);
        QVERIFY(pending.isValid());
        QVERIFY(CancellationPolicy::evaluate(orderAt(pending)).allowed);
        menu = openRowMenu(pending);
        QVERIFY(menu);
        QCOMPARE(table()->currentIndex().row(), pending.row());
        QVERIFY(cancel->isEnabled());
        QVERIFY(toolbarCancel->isEnabled());
    }

    void copyOrderId_fromTheMenuAndWithCtrlC_putsTheIdOnTheClipboard()
    {
        const QModelIndex first = table()->model()->index(3, 0);
        const QString id = first.data(Roles::OrderId).toString();
        QMenu* menu = openRowMenu(first);
        QVERIFY(menu);
        clickEntry(menu, windowAction(u"copyOrderIdAction"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

        // Ctrl+C on the list copies the order's id, whatever cell is current (not the cell's text).
        const QModelIndex customerCell = table()->model()->index(5, OrderListModel::CustomerColumn);
        table()->setCurrentIndex(customerCell);
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), customerCell.data(Roles::OrderId).toString());
        QVERIFY(QGuiApplication::clipboard()->text() != customerCell.data().toString());

        // In the search field Ctrl+C copies the field's text, as everywhere.
        auto* search = m_desk->window->findChild<QLineEdit*>(u"searchField"_s);
        search->setText(u"anna"_s);
        search->setFocus();
        search->selectAll();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"anna"_s);
        search->clear();
        QTRY_COMPARE(table()->model()->rowCount(), m_desk->totalOrders());
    }

    void copyEmail_putsTheCustomersEmailOnTheClipboard()
    {
        QModelIndex withEmail;
        for (int r = 0; r < table()->model()->rowCount() && !withEmail.isValid(); ++r) {
            const QModelIndex index = table()->model()->index(r, 0);
            if (!orderAt(index).customer.email.isEmpty())
                withEmail = index;
        }
        QVERIFY(withEmail.isValid());
        QMenu* menu = openRowMenu(withEmail);
        QVERIFY(menu);
        clickEntry(menu, windowAction(u"copyEmailAction"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), orderAt(withEmail).customer.email);
    }

    void copyJson_isTheOrderAsThePlatformSendsIt_indented()
    {
        for (Platform platform : {Platform::FlexPortal, Platform::OfferGrid}) {
            QGuiApplication::clipboard()->clear();
            const QModelIndex row = rowWithStatus(platform, orderAt(rowWithStatus(platform, u"pending"_s)).status);
            QVERIFY(row.isValid());
            const QString id = row.data(Roles::OrderId).toString();
            QMenu* menu = openRowMenu(row);
            QVERIFY(menu);
            const int requests = m_desk->server()->requestCount(platform);
            clickEntry(menu, windowAction(u"copyJsonAction"_s));
            QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
            QCOMPARE(m_desk->server()->requestCount(platform), requests + 1); // read now, by id
            const QString copied = QGuiApplication::clipboard()->text();
            QCOMPARE(QJsonDocument::fromJson(copied.toUtf8()),
                     QJsonDocument::fromJson(m_desk->server()->orderJson(platform, id)));
            QVERIFY(copied.contains(u"\n    \""_s)); // indented, for a person to read
        }
    }

    void refreshOrder_readsTheOrderAgainFromTheSandbox()
    {
        const QModelIndex row = rowWithStatus(Platform::FlexPortal, u"pending"_s);
        QVERIFY(row.isValid());
        const QString id = row.data(Roles::OrderId).toString();
        const QString account = row.data(Roles::AccountId).toString();
        QVERIFY(m_desk->server()->setFlexPortalStatus(id, u"confirmed"_s)); // behind the desk's back
        const int modelRow = m_desk->orders.rowOf(account, id);
        QCOMPARE(m_desk->orders.orderAt(modelRow).status, u"pending"_s);

        QMenu* menu = openRowMenu(row);
        QVERIFY(menu);
        QAction* refresh = windowAction(u"refreshOrderAction"_s);
        const int requests = m_desk->server()->requestCount(Platform::FlexPortal);
        clickEntry(menu, refresh);
        QVERIFY(!refresh->isEnabled()); // one read of the order at a time
        QTRY_COMPARE(m_desk->orders.orderAt(modelRow).status, u"confirmed"_s);
        QCOMPARE(m_desk->server()->requestCount(Platform::FlexPortal), requests + 1);
        QTRY_VERIFY(refresh->isEnabled());
        const QModelIndex shown = table()->currentIndex();
        QCOMPARE(shown.data(Roles::OrderId).toString(), id);
        QCOMPARE(shown.siblingAtColumn(OrderListModel::StatusColumn).data().toString(), u"confirmed"_s);
    }

    // A read of one order that fails at the server is said in the window's message bar, as an error
    // with "Try again" (Alt+A), not in the status bar; once the server is back, Try again reads it and
    // the bar says so, as a success that hides itself.
    void refreshOrder_failing_isAnErrorInTheBar_andTryAgainReadsIt()
    {
        const QModelIndex row = rowWithStatus(Platform::FlexPortal, u"pending"_s);
        QVERIFY(row.isValid());
        const QString id = row.data(Roles::OrderId).toString();
        const int modelRow = m_desk->orders.rowOf(row.data(Roles::AccountId).toString(), id);
        QVERIFY(m_desk->server()->setFlexPortalStatus(id, u"confirmed"_s));
        SandboxFaults failing;
        failing.serverErrors = 1000;
        m_desk->server()->setFaults(Platform::FlexPortal, failing);
        table()->setCurrentIndex(row);
        auto* bar = m_desk->window->findChild<MessageBar*>(u"noticeBar"_s);
        QVERIFY(bar);

        windowAction(u"refreshOrderAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageType::Error, 15000);
        QVERIFY2(bar->text().contains(id) && bar->text().contains(u"could not be read again"_s),
                 qPrintable(bar->text()));
        QCOMPARE(bar->autoHideInterval(), 0);
        QVERIFY(!m_desk->window->statusBar()->currentMessage().contains(id));
        auto* again = bar->findChild<QToolButton*>(u"orderActionsRetryButton"_s);
        QVERIFY(again && again->isVisible());
        QCOMPARE(m_desk->orders.orderAt(modelRow).status, u"pending"_s);

        m_desk->server()->setFaults(Platform::FlexPortal, SandboxFaults{});
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        table()->setFocus(); // the agent is on the list
        QTRY_COMPARE(QApplication::focusWidget(), table());
        QTest::keyClick(table(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(m_desk->orders.orderAt(modelRow).status, u"confirmed"_s);
        QTRY_VERIFY2(bar->isVisible() && bar->type() == MessageType::Success, qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"read again"_s), qPrintable(bar->text()));
        QVERIFY(bar->autoHideInterval() > 0);
        QVERIFY(!bar->findChild<QToolButton*>(u"orderActionsRetryButton"_s));
    }

    // A copy says so in the bar, briefly.
    void copyOrderId_isSaidInTheBarAsASuccess()
    {
        const QModelIndex row =
            rowWithStatus(Platform::OfferGrid, orderAt(rowWithStatus(Platform::OfferGrid, u"pending"_s)).status);
        QVERIFY(row.isValid());
        table()->setCurrentIndex(row);
        windowAction(u"copyOrderIdAction"_s)->trigger();
        auto* bar = m_desk->window->findChild<MessageBar*>(u"noticeBar"_s);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageType::Success);
        QVERIFY2(bar->text().contains(row.data(Roles::OrderId).toString()), qPrintable(bar->text()));
        QVERIFY(bar->autoHideInterval() > 0);
    }

    void headerMenu_hidesAndShowsAColumn_andResetsTheWidths()
    {
        QHeaderView* header = table()->horizontalHeader();
        QMenu* menu = openHeaderMenu(table(), OrderListModel::CustomerColumn);
        QVERIFY(menu);
        auto* source = menu->findChild<QAction*>(u"showColumn%1"_s.arg(OrderListModel::SourceColumn));
        QVERIFY(source && source->isCheckable() && source->isChecked());
        QCOMPARE(source->text(), u"Source"_s);
        clickEntry(menu, source);
        QVERIFY(header->isSectionHidden(OrderListModel::SourceColumn));
        QVERIFY(table()->isColumnHidden(OrderListModel::SourceColumn));

        menu = openHeaderMenu(table(), OrderListModel::CustomerColumn);
        QVERIFY(menu);
        source = menu->findChild<QAction*>(u"showColumn%1"_s.arg(OrderListModel::SourceColumn));
        QVERIFY(!source->isChecked());
        clickEntry(menu, source);
        QVERIFY(!header->isSectionHidden(OrderListModel::SourceColumn));

        const int defaultWidth = header->sectionSize(OrderListModel::CustomerColumn);
        header->resizeSection(OrderListModel::CustomerColumn, 31);
        header->resizeSection(OrderListModel::IdColumn, 400);
        menu = openHeaderMenu(table(), OrderListModel::IdColumn);
        QVERIFY(menu);
        clickEntry(menu, menu->findChild<QAction*>(u"resetColumnWidths"_s));
        QCOMPARE(header->sectionSize(OrderListModel::CustomerColumn), defaultWidth);
        QCOMPARE(header->sectionSize(OrderListModel::IdColumn), 14 * table()->fontMetrics().horizontalAdvance(u'M'));
    }

    void headerMenu_theLastShownColumnCannotBeHidden()
    {
        QHeaderView* header = table()->horizontalHeader();
        for (int c = 1; c < OrderListModel::ColumnCount; ++c)
            header->hideSection(c);
        QMenu* menu = openHeaderMenu(table(), OrderListModel::IdColumn);
        QVERIFY(menu);
        QVERIFY(!menu->findChild<QAction*>(u"showColumn0"_s)->isEnabled());
        QVERIFY(menu->findChild<QAction*>(u"showColumn1"_s)->isEnabled());
        menu->hide();
        for (int c = 1; c < OrderListModel::ColumnCount; ++c)
            header->showSection(c);
    }

    void sort_byClickingTheHeaders_idsNaturallyCustomersCollated()
    {
        // Orders of an account of their own, with ids and names a byte-wise sort gets wrong.
        const QString account = u"sort-test"_s;
        const QStringList names{u"Zoë Ball"_s, u"émilie"_s, u"Emil Nolde"_s, u"Émile Zola"_s};
        const QStringList ids{u"zq_10"_s, u"zq_9"_s, u"zq_100"_s, u"zq_1"_s};
        QList<Order> orders;
        for (int i = 0; i < ids.size(); ++i) {
            Order o;
            o.accountId = account;
            o.id = ids.at(i);
            o.status = u"pending"_s;
            o.customer.fullName = names.at(i);
            o.createdAt = QDateTime::currentDateTimeUtc();
            orders << o;
        }
        m_desk->orders.upsertOrders(orders);
        auto* search = m_desk->window->findChild<QLineEdit*>(u"searchField"_s);
        search->setText(u"zq_"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 4);

        QHeaderView* header = table()->horizontalHeader();
        const auto clickHeader = [header](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(OrderListModel::IdColumn);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(OrderListModel::IdColumn);
        QCOMPARE(header->sortIndicatorSection(), int(OrderListModel::IdColumn));
        QCOMPARE(shownColumn(OrderListModel::IdColumn), (QStringList{u"zq_1"_s, u"zq_9"_s, u"zq_10"_s, u"zq_100"_s}));

        clickHeader(OrderListModel::CustomerColumn);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(OrderListModel::CustomerColumn);
        QCOMPARE(shownColumn(OrderListModel::CustomerColumn),
                 (QStringList{u"Emil Nolde"_s, u"Émile Zola"_s, u"émilie"_s, u"Zoë Ball"_s}));

        table()->sortByColumn(OrderListModel::CreatedColumn, Qt::DescendingOrder);
    }

    void sort_theWindowsLocaleChanges_customersSortInItsOrder()
    {
        QList<Order> orders;
        const QStringList names{u"Zoë Ball"_s, u"Ærø Hansen"_s};
        for (int i = 0; i < names.size(); ++i) {
            Order o;
            o.accountId = u"sort-test"_s;
            o.id = u"zq_%1"_s.arg(i);
            o.status = u"pending"_s;
            o.customer.fullName = names.at(i);
            orders << o;
        }
        m_desk->orders.upsertOrders(orders);
        m_desk->window->findChild<QLineEdit*>(u"searchField"_s)->setText(u"zq_"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        table()->sortByColumn(OrderListModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(shownColumn(OrderListModel::CustomerColumn), (QStringList{u"Ærø Hansen"_s, u"Zoë Ball"_s}));
        // Danish puts Æ after Z: the keys are made again in the new locale and the list sorts again.
        m_desk->window->setLocale(QLocale(QLocale::Danish, QLocale::Denmark));
        QCOMPARE(m_desk->orders.sortLocale().language(), QLocale::Danish);
        QCOMPARE(shownColumn(OrderListModel::CustomerColumn), (QStringList{u"Zoë Ball"_s, u"Ærø Hansen"_s}));
        m_desk->window->unsetLocale();
        QCOMPARE(shownColumn(OrderListModel::CustomerColumn), (QStringList{u"Ærø Hansen"_s, u"Zoë Ball"_s}));
        table()->sortByColumn(OrderListModel::CreatedColumn, Qt::DescendingOrder);
    }

    void historyWindow_copyRowAndOpenAnOrderThatIsNotLoaded()
    {
        // An attempt on a FlexPortal order, in the desk's history file.
        const QString account = m_desk->accountOf(Platform::FlexPortal);
        const QString id = m_desk->server()->orderIds(Platform::FlexPortal).at(7);
        CancelAttempt attempt;
        attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        attempt.agent = u"Mia K."_s;
        attempt.accountId = account;
        attempt.platform = u"flexportal"_s;
        attempt.orderId = id;
        attempt.reasonPreset = u"other"_s;
        attempt.reasonText = u"Ordered twice"_s;
        const Result<qint64> written = m_desk->history->recordPending(attempt);
        QVERIFY(written.ok());
        attempt.id = written.value();
        attempt.completedAt = attempt.startedAt.addSecs(1);
        attempt.outcome = u"refused"_s;
        QVERIFY(!m_desk->history->recordOutcome(attempt));

        windowAction(u"historyAction"_s)->trigger();
        auto* history = m_desk->window->findChild<HistoryWindow*>();
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        auto* attempts = history->findChild<QTableView*>(u"historyTable"_s);
        QTRY_VERIFY(attempts->model()->rowCount() > 0);
        QModelIndex row;
        for (int r = 0; r < attempts->model()->rowCount() && !row.isValid(); ++r) {
            for (int c = 0; c < attempts->model()->columnCount(); ++c) {
                if (attempts->model()->index(r, c).data().toString() == id)
                    row = attempts->model()->index(r, 0);
            }
        }
        QVERIFY(row.isValid());

        // Copy row: the shown cells in the table's column order, tab-separated; a hidden column is left out.
        rightClick(attempts->viewport(), attempts->visualRect(row).center());
        auto* rowMenu = attempts->findChild<QMenu*>(u"historyRowMenu"_s);
        QVERIFY(rowMenu && rowMenu->isVisible());
        QCOMPARE(attempts->currentIndex().row(), row.row());
        clickEntry(rowMenu, history->findChild<QAction*>(u"historyCopyRowAction"_s));
        QStringList cells = QGuiApplication::clipboard()->text().split(u'\t');
        QCOMPARE(cells.size(), attempts->model()->columnCount());
        QVERIFY(cells.contains(id));
        QVERIFY(cells.contains(u"Mia K."_s));
        QMenu* headerMenu = openHeaderMenu(attempts, 0);
        QVERIFY(headerMenu);
        QAction* agentColumn = nullptr;
        for (QAction* a : headerMenu->actions()) {
            if (a->text() == attempts->model()->headerData(1, Qt::Horizontal).toString())
                agentColumn = a;
        }
        QVERIFY(agentColumn);
        const QString hiddenText = attempts->model()->index(row.row(), 1).data().toString();
        clickEntry(headerMenu, agentColumn);
        QVERIFY(attempts->isColumnHidden(1));
        attempts->setFocus();
        QTest::keyClick(attempts, Qt::Key_C, Qt::ControlModifier); // the same action, by its key
        cells = QGuiApplication::clipboard()->text().split(u'\t');
        QCOMPARE(cells.size(), attempts->model()->columnCount() - 1);
        QVERIFY(!cells.contains(hiddenText));
        attempts->showColumn(1);

        // Open order, for an order the list no longer holds: every account is asked for it by id.
        m_desk->orders.removeAccount(account);
        QCOMPARE(m_desk->orders.rowOf(account, id), -1);
        rightClick(attempts->viewport(), attempts->visualRect(row).center());
        QVERIFY(rowMenu->isVisible());
        const int requests = m_desk->server()->requestCount(Platform::FlexPortal);
        clickEntry(rowMenu, history->findChild<QAction*>(u"historyOpenOrderAction"_s));
        QTRY_COMPARE(table()->currentIndex().data(Roles::OrderId).toString(), id);
        QCOMPARE(table()->currentIndex().data(Roles::AccountId).toString(), account);
        QVERIFY(m_desk->server()->requestCount(Platform::FlexPortal) > requests);
        history->close();
        QVERIFY(m_desk->load()); // the whole list again for the tests after this one
        QTRY_COMPARE(table()->model()->rowCount(), m_desk->totalOrders());
    }

    void shortcuts_everyKeyOfTheWindowComesFromTheTable()
    {
        windowAction(u"historyAction"_s)->trigger();
        auto* history = m_desk->window->findChild<HistoryWindow*>();
        QVERIFY(history);
        QSet<QString> used;
        for (QAction* action : m_desk->window->findChildren<QAction*>()) {
            if (action->shortcuts().isEmpty())
                continue;
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
            QCOMPARE(action->shortcuts(), Shortcuts::keys(action->objectName()));
            used << action->objectName();
        }
        history->close();
        // "Select all shown" comes with the bulk cancel service, which this desk has not.
        for (const Shortcuts::Entry& e : Shortcuts::table(Shortcuts::currentPlatform())) {
            if (!e.keys.isEmpty() && e.actionId != u"selectAllShownAction"_s)
                QVERIFY2(used.contains(e.actionId), qPrintable(e.actionId));
        }
        // The history is not the system's Hide on macOS; here it is Ctrl+H.
        QCOMPARE(windowAction(u"historyAction"_s)->shortcut(),
                 Shortcuts::keys(u"historyAction"_s).value(0, QKeySequence()));
    }
};

QTEST_MAIN(TestOrderActions)
#include "tst_orderactions.moc"
