// An agent's whole job without a mouse, against the sandbox: every key goes to the widget that has
// the keyboard focus, as a real keyboard's would; no clicks, no slots called. Find an order (Ctrl+F,
// its id, Enter), read its status and progress as a screen reader would (through QAccessible), go
// to its details (Enter), open the cancel (Ctrl+Shift+X), give a reason, confirm, wait for the
// platform to say cancelled, open the history (Ctrl+H), filter it (Ctrl+F), export it (Alt+E, a file
// name, Enter), read the file, and go back to the order from its attempt (Alt+O). Also: Ctrl+G, the
// tab order of the windows, Enter and Esc in the cancel dialog, Alt+O confirming it (one request),
// Tab through the bulk cancel dialog, and the settings' Browse… file dialog driven by keys.
#include "api/flexportal/flexportaldecoder.h"
#include "bulkcanceldialog.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "historywindow.h"
#include "i18n/translations.h"
#include "itemmodels/orderlistmodel.h"
#include "itemmodels/roles.h"
#include "services/bulkcancelservice.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : u"(nothing)"_s;
}

QString toPlainText(QWidget* w)
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
        return edit->toPlainText();
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    return {};
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<BulkCancelService> m_bulk;

    // A key pressed on the keyboard: it goes to whatever has the focus.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = focused() ? focused() : QApplication::activeWindow();
        QVERIFY2(target, "nothing has the keyboard");
        QTest::keyClick(target, key, modifiers);
    }
    static void type(const QString& text)
    {
        QVERIFY2(focused(), "nothing has the keyboard");
        QTest::keyClicks(focused(), text);
    }

    // The offscreen platform has no window manager to give the keyboard back to the window under a
    // dialog that closed; a desktop's does this, and Qt then puts the focus back where it was.
    static void windowManagerReturnsTo(QWidget* window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    // Ctrl+, opens the settings, which then have the keyboard; nothing if they do not come.
    QWidget* openSettingsByKeys()
    {
        press(Qt::Key_Comma, Qt::ControlModifier);
        QWidget* settings = nullptr;
        const bool open = QTest::qWaitFor([&] {
            settings = m_desk->window->findChild<QWidget*>(u"settingsDialog"_s);
            return settings && settings->isVisible() && QApplication::activeWindow() == settings;
        });
        return open ? settings : nullptr;
    }

    // A settings Browse… dialog (`name`), opened by the key just pressed: window-modal, the file name
    // has the keyboard; the path typed and Enter choose it and close the dialog. Fails the test else.
    static void chooseFileByKeys(QWidget* settings, const QString& name, const QString& path)
    {
        QFileDialog* browse = nullptr;
        QTRY_VERIFY((browse = settings->findChild<QFileDialog*>(name)) && browse->isVisible());
        QCOMPARE(browse->windowModality(), Qt::WindowModal);
        QTRY_COMPARE(QApplication::activeWindow(), browse);
        QVERIFY2(qobject_cast<QLineEdit*>(focused()), qPrintable(focusedName())); // the file name
        press(Qt::Key_A, Qt::ControlModifier);
        type(path);
        press(Qt::Key_Return);
        QTRY_VERIFY(!settings->findChild<QFileDialog*>(name)); // closed and gone
        QVERIFY(settings->isVisible());
    }

    // A FlexPortal order the policy lets the agent cancel.
    QString cancellableOrder() const
    {
        const QString account = m_desk->accountOf(Platform::FlexPortal);
        for (const QString& id : m_desk->server()->orderIds(Platform::FlexPortal)) {
            const int row = m_desk->orders.rowOf(account, id);
            if (row >= 0 && CancellationPolicy::evaluate(m_desk->orders.orderAt(row)).allowed &&
                m_desk->orders.orderAt(row).progress().isKnown())
                return id;
        }
        return {};
    }

    QString sandboxStatus(const QString& id) const
    {
        const Result<Order> now = FlexPortalDecoder::decodeOrder(m_desk->server()->orderJson(Platform::FlexPortal, id));
        return now.ok() ? now.value().status : QString();
    }

private slots:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance());
        SandboxConfig config;
        config.flexPortalOrders = 150;
        config.offerGridOrders = 50;
        m_desk = std::make_unique<Desk>(config);
        QVERIFY(m_desk->running);
        m_bulk = std::make_unique<BulkCancelService>(&m_desk->backends, &m_desk->historyWriter, &m_desk->orders,
                                                     AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s});
        m_desk->window->setBulkCancelService(m_bulk.get());
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        m_desk->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void cleanupTestCase()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != m_desk->window.get())
                w->close();
        m_desk->window.reset();
        m_bulk.reset();
        m_desk.reset();
    }

    // Tab goes through each window from the top, in reading order, as its layout shows it.
    void tabOrder_followsTheLayout()
    {
        QTableView* table = m_desk->table();
        QWidget* pane = m_desk->window->findChild<QWidget*>(u"orderDetailsPane"_s);
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusedName(), u"searchField"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"statusFilter"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), table);
        press(Qt::Key_Down); // a row, so the pane has an order
        QTRY_VERIFY(table->currentIndex().isValid());
        press(Qt::Key_Tab);
        QVERIFY2(focused() && pane->isAncestorOf(focused()), qPrintable(focusedName()));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focused(), table);

        // The history: the filters left to right, Refresh, the tabs, the table, the attempt in full.
        press(Qt::Key_H, Qt::ControlModifier);
        HistoryWindow* history = nullptr;
        QTRY_VERIFY((history = m_desk->window->findChild<HistoryWindow*>()) && history->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), history);
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusedName(), u"historyText"_s);
        const QStringList expected{u"historyRefresh"_s, u"historyTabs"_s, u"historyTable"_s, u"historyDetail"_s};
        for (const QString& next : expected) {
            press(Qt::Key_Tab);
            QWidget* f = focused();
            QVERIFY2(f && (f->objectName() == next || (f->parentWidget() && f->parentWidget()->objectName() == next)),
                     qPrintable(u"expected %1, got %2"_s.arg(next, focusedName())));
        }
        history->close();
        windowManagerReturnsTo(m_desk->window.get());
    }

    // In the cancel dialog a stray Enter keeps the order (the default button), and so does Esc.
    void cancelDialog_enterAndEscapeKeepTheOrder()
    {
        const QString id = cancellableOrder();
        QVERIFY(!id.isEmpty());
        press(Qt::Key_F, Qt::ControlModifier);
        type(id);
        press(Qt::Key_Return);
        QTableView* table = m_desk->table();
        for (int i = 0; i < table->model()->rowCount() && table->currentIndex().data(Roles::OrderId) != id; ++i)
            press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().data(Roles::OrderId).toString(), id);

        for (Qt::Key key : {Qt::Key_Return, Qt::Key_Escape}) {
            press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
            QTRY_COMPARE(QApplication::activeWindow(), m_desk->dialog());
            QCOMPARE(focusedName(), u"reasonPreset"_s);
            press(Qt::Key_Down);
            press(key);
            QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
            windowManagerReturnsTo(m_desk->window.get());
        }
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
        QVERIFY(CancellationPolicy::evaluate(
                    m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(Platform::FlexPortal), id)))
                    .allowed);
    }

    // Several orders with Shift+Down, one dialog for all: Tab goes through it and out of its table.
    void bulkCancelDialog_tabLeavesTheTable()
    {
        QTableView* table = m_desk->table();
        press(Qt::Key_F, Qt::ControlModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete); // an empty search: every order
        press(Qt::Key_Return);
        QCOMPARE(focused(), table);
        press(Qt::Key_Home);
        press(Qt::Key_Down, Qt::ShiftModifier);
        press(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        BulkCancelDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<BulkCancelDialog*>()) && dialog->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTRY_VERIFY(dialog->findChild<QWidget*>(u"reasonPreset"_s)->isEnabled()); // read, the reason's turn
        QStringList visited;
        for (int i = 0; i < 8; ++i) {
            visited << focusedName();
            press(Qt::Key_Tab);
        }
        qInfo("Tab in the bulk dialog: %s", qPrintable(visited.join(u" -> "_s)));
        const int inTable = int(visited.count(u"bulkPreview"_s));
        QVERIFY2(inTable >= 1 && inTable <= 2, qPrintable(visited.join(u" -> "_s))); // once a round, not a trap
        QVERIFY2(visited.contains(u"reasonText"_s) && visited.contains(u"bulkKeep"_s),
                 qPrintable(visited.join(u" -> "_s)));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible() || !m_desk->window->findChild<BulkCancelDialog*>());
        windowManagerReturnsTo(m_desk->window.get());
        press(Qt::Key_Down); // one order selected again
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    }

    void wholeJob_withTheKeyboardOnly()
    {
        const QString id = cancellableOrder();
        QVERIFY(!id.isEmpty());
        const Order before = m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(Platform::FlexPortal), id));
        QTableView* table = m_desk->table();

        // Find it: Ctrl+F, the id, Enter moves to the list; Down until the row is the order.
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusedName(), u"searchField"_s);
        type(id);
        press(Qt::Key_Return);
        QCOMPARE(focused(), table);
        for (int i = 0; i < table->model()->rowCount() && table->currentIndex().data(Roles::OrderId) != id; ++i)
            press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().data(Roles::OrderId).toString(), id);

        // Read its state and progress as a screen reader does: the current row's cells in words.
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(table);
        QVERIFY(list && list->tableInterface());
        const int row = table->currentIndex().row();
        const QString status =
            list->tableInterface()->cellAt(row, OrderListModel::StatusColumn)->text(QAccessible::Name);
        QVERIFY2(status.contains(stageName(before.stage())), qPrintable(status));
        const QString progress =
            list->tableInterface()->cellAt(row, OrderListModel::ProgressColumn)->text(QAccessible::Name);
        QCOMPARE(progress, OrderListModel::progressText(before));

        // Enter: to the details pane, at its Cancel button; the pane's progress bar tells its value.
        press(Qt::Key_Return);
        QCOMPARE(focusedName(), u"cancelOrderButton"_s);
        auto* bar = m_desk->window->findChild<QProgressBar*>(u"orderProgress"_s);
        QAccessibleInterface* barIface = QAccessible::queryAccessibleInterface(bar);
        QVERIFY(barIface && barIface->valueInterface());
        QCOMPARE(barIface->valueInterface()->currentValue().toInt(), before.progress().done);
        QVERIFY(!barIface->text(QAccessible::Name).isEmpty());

        // Cancel it: the shortcut opens the dialog at the reason.
        press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        CancelDialog* dialog = m_desk->dialog();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QCOMPARE(focusedName(), u"reasonPreset"_s);
        press(Qt::Key_Down); // the first preset
        QVERIFY(dialog->findChild<QComboBox*>(u"reasonPreset"_s)->currentIndex() > 0);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"reasonText"_s);
        type(u"Customer phoned: cancel, please"_s);
        auto* confirm = dialog->findChild<QPushButton*>(u"confirmCancel"_s);
        QTRY_VERIFY2(confirm->isEnabled(), "the check and the reason let it go");
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"keepOrder"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"confirmCancel"_s);
        press(Qt::Key_Return);

        // The platform says cancelled; the dialog says so and Enter closes it.
        QTRY_COMPARE_WITH_TIMEOUT(sandboxStatus(id), u"cancelled"_s, 15000);
        QTRY_COMPARE(focusedName(), u"confirmCancel"_s); // now "Close", the default
        QTRY_VERIFY(!dialog->isBusy());
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        windowManagerReturnsTo(m_desk->window.get());
        // The keyboard is back in the details pane (its Cancel button is off now: on to the next control).
        QVERIFY2(focused() && m_desk->window->findChild<QWidget*>(u"orderDetailsPane"_s)->isAncestorOf(focused()),
                 qPrintable(focusedName()));

        // The history: Ctrl+H, Ctrl+F to its text filter, the order's id.
        press(Qt::Key_H, Qt::ControlModifier);
        HistoryWindow* history = nullptr;
        QTRY_VERIFY((history = m_desk->window->findChild<HistoryWindow*>()) && history->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), history);
        auto* attempts = history->findChild<QTableView*>(u"historyTable"_s);
        QTRY_VERIFY(attempts->model()->rowCount() > 0);
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusedName(), u"historyText"_s);
        type(id);
        QTRY_COMPARE(attempts->model()->rowCount(), 1);

        // Export: Alt+E, the file name typed over the proposed one, Enter.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cancelled-by-keyboard.csv"_s);
        press(Qt::Key_E, Qt::AltModifier);
        QFileDialog* save = nullptr;
        QTRY_VERIFY((save = history->findChild<QFileDialog*>(u"historyExportDialog"_s)) && save->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), save);
        QVERIFY2(qobject_cast<QLineEdit*>(focused()), qPrintable(focusedName())); // the file name
        press(Qt::Key_A, Qt::ControlModifier);
        type(file);
        press(Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(file));

        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one attempt shown
        QVERIFY2(lines.at(1).contains(id), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"Customer phoned: cancel, please"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"cancelled"_s), qPrintable(lines.at(1)));

        // Back from the history to the order: Tab to the attempts, ↓ to the one, Alt+O opens it in
        // the main window.
        windowManagerReturnsTo(history);
        press(Qt::Key_F, Qt::ControlModifier);
        for (int i = 0; i < 6 && focusedName() != u"historyTable"_s; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"historyTable"_s);
        press(Qt::Key_Down);
        QTRY_VERIFY(history->findChild<QPushButton*>(u"historyOpenOrder"_s)->isEnabled());
        press(Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(QApplication::activeWindow(), m_desk->window.get()); // brought forward with the order
        QCOMPARE(table->currentIndex().data(Roles::OrderId).toString(), id);
        QCOMPARE(focused(), table);
    }

    // Alt+O is the cancel dialog's "Cancel the order" from wherever the focus is in it, the reason's
    // details included: it sends one cancel request, and only one.
    void cancelDialog_altO_confirmsAndSendsOneCancel()
    {
        const QString id = cancellableOrder();
        QVERIFY(!id.isEmpty());
        QTableView* table = m_desk->table();
        press(Qt::Key_F, Qt::ControlModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(id);
        press(Qt::Key_Return);
        for (int i = 0; i < table->model()->rowCount() && table->currentIndex().data(Roles::OrderId) != id; ++i)
            press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().data(Roles::OrderId).toString(), id);

        press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_desk->dialog() && m_desk->dialog()->isVisible());
        CancelDialog* dialog = m_desk->dialog();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"reasonText"_s);
        type(u"Ordered twice"_s);
        auto* confirm = dialog->findChild<QPushButton*>(u"confirmCancel"_s);
        QTRY_VERIFY2(confirm->isEnabled(), "the check and the reason let it go");
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 0);
        press(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(toPlainText(dialog->findChild<QWidget*>(u"reasonText"_s)), u"Ordered twice"_s); // typed nothing

        QTRY_COMPARE_WITH_TIMEOUT(sandboxStatus(id), u"cancelled"_s, 15000);
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 1);
        // Now "Close", without the mnemonic: Alt+O again sends nothing more.
        QVERIFY2(!confirm->text().contains(u'&'), qPrintable(confirm->text()));
        press(Qt::Key_O, Qt::AltModifier);
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_desk->dialog() || !m_desk->dialog()->isVisible());
        QCOMPARE(m_desk->server()->cancelRequests(Platform::FlexPortal, id), 1);
        windowManagerReturnsTo(m_desk->window.get());
    }

    // The settings' Browse buttons open a window-modal file dialog that does not block (no nested
    // event loop): Alt+B, a file name typed, Enter puts it into the history file field.
    void settings_browseForTheHistoryFile_byKeys()
    {
        QWidget* settings = openSettingsByKeys();
        QVERIFY(settings);
        auto* file = settings->findChild<QLineEdit*>(u"historyFile"_s);
        QVERIFY(file && file->isEnabled()); // the local file is the history in this desk
        const QString before = file->text();

        QTemporaryDir dir;
        const QString chosen = dir.filePath(u"team-history.sqlite"_s);
        press(Qt::Key_B, Qt::AltModifier);
        chooseFileByKeys(settings, u"historyFileDialog"_s, chosen);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(file->text(), chosen);

        // Esc: the agent thinks better of it; nothing is saved.
        windowManagerReturnsTo(settings);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!settings->isVisible() || !m_desk->window->findChild<QWidget*>(u"settingsDialog"_s));
        QVERIFY(!QFile::exists(chosen));
        QVERIFY(before != chosen);
        windowManagerReturnsTo(m_desk->window.get());
    }

    // The team database's CA certificate the same way: Alt+P turns the PostgreSQL fields on, Alt+E
    // opens the file dialog (files that exist only), the path typed and Enter fill the field.
    void settings_browseForTheCaCertificate_byKeys()
    {
        QWidget* settings = openSettingsByKeys();
        QVERIFY(settings);
        auto* caFile = settings->findChild<QLineEdit*>(u"pgCaFile"_s);
        QVERIFY(caFile);
        QVERIFY(!caFile->isEnabled()); // the local file is the history in this desk
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(caFile->isEnabled());

        QTemporaryDir dir;
        const QString chosen = dir.filePath(u"team-ca.pem"_s);
        {
            QFile pem(chosen);
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        }
        press(Qt::Key_E, Qt::AltModifier);
        QFileDialog* browse = nullptr;
        QTRY_VERIFY((browse = settings->findChild<QFileDialog*>(u"caFileDialog"_s)) && browse->isVisible());
        QCOMPARE(browse->fileMode(), QFileDialog::ExistingFile); // a certificate that is there
        chooseFileByKeys(settings, u"caFileDialog"_s, chosen);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(caFile->text(), QDir::toNativeSeparators(chosen));

        // Esc: nothing is saved, the history stays the local file.
        windowManagerReturnsTo(settings);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!settings->isVisible() || !m_desk->window->findChild<QWidget*>(u"settingsDialog"_s));
        QVERIFY(m_desk->settingsStore.appSettings().pgCaFile.isEmpty());
        windowManagerReturnsTo(m_desk->window.get());
    }

    // Ctrl+G asks every account for an id, loaded or not; Enter in its field goes, and the list has
    // the keyboard with the order selected.
    void goToOrder_withCtrlG()
    {
        QTableView* table = m_desk->table();
        const QString id = m_desk->server()->orderIds(Platform::OfferGrid).value(3);
        QVERIFY(!id.isEmpty());
        press(Qt::Key_G, Qt::ControlModifier);
        QWidget* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->window->findChild<QWidget*>(u"goToOrderDialog"_s)) && dialog->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QVERIFY2(qobject_cast<QLineEdit*>(focused()), qPrintable(focusedName()));
        type(id);
        press(Qt::Key_Return);
        QTRY_COMPARE(table->currentIndex().data(Roles::OrderId).toString(), id);
        windowManagerReturnsTo(m_desk->window.get());
        QCOMPARE(focused(), table);
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
