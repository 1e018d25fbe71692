// What a screen reader is told: the accessibility tree of every window and dialog of the desk is
// walked through QAccessible, and every control a user can act on (buttons, fields, lists, tables,
// tabs, menu items, ...) must have a name. The walk takes whatever widgets exist, wherever they live,
// and prints the path of each control without one. The orders table says each row's status and
// progress in words, not only as a mark and a bar.
#include "aboutdialog.h"
#include "accountsdialog.h"
#include "bulkcanceldialog.h"
#include "canceldialog.h"
#include "deskharness.h"
#include "domain/cancellationpolicy.h"
#include "historywindow.h"
#include "i18n/translations.h"
#include "itemmodels/orderlistmodel.h"
#include "itemmodels/roles.h"
#include "messagebar.h"
#include "mnemonics.h"
#include "orderdetailspane.h"
#include "services/bulkcancelservice.h"
#include "services/subscriptioncancelservice.h"
#include "settingsdialog.h"
#include "subscriptioncanceldialog.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QInputDialog>
#include <QMap>
#include <QMenuBar>
#include <QMetaEnum>
#include <QRadioButton>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Desk = OrderDesk::Test::TestDesk;

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ProgressBar:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Item views are checked by their own name; their cells are the model's business (checked below).
bool isItemView(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List ||
           role == QAccessible::ComboBox;
}

QString roleName(QAccessible::Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role));
}

QString step(QAccessibleInterface* iface, int index)
{
    QString name;
    if (QObject* object = iface->object())
        name = object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                              : object->objectName();
    else
        name = u"#%1"_s.arg(index);
    return u"%1[%2]"_s.arg(name, roleName(iface->role()));
}

struct Walk
{
    QStringList offenders;
    int controls = 0; // interactive elements seen
    QMap<QString, int> byRole;
    QSet<QAccessibleInterface*> seen;

    void visit(QAccessibleInterface* iface, const QString& path, int depth)
    {
        if (!iface || !iface->isValid() || seen.contains(iface) || depth > 40)
            return;
        seen.insert(iface);
        const QAccessible::Role role = iface->role();
        // Whatever Tab can reach is announced when it gets the focus: it needs a name as well.
        const auto* widget = qobject_cast<const QWidget*>(iface->object());
        const bool takesTab = widget && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
                              !qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
        if (isInteractive(role) || takesTab) {
            ++controls;
            ++byRole[roleName(role)];
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                offenders << path;
        }
        if (isItemView(role))
            return;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface* child = iface->child(i);
            if (child)
                visit(child, path + u" / "_s + step(child, i), depth + 1);
        }
    }
};

// Fails with the path of every interactive element of `root` that has no accessible name; returns
// how many of each role it saw.
QMap<QString, int> expectAllNamed(QWidget* root, int atLeast)
{
    QMap<QString, int> seen;
    [&] {
        QVERIFY(root);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(root);
        QVERIFY(iface);
        Walk walk;
        walk.visit(iface, step(iface, 0), 0);
        // A menu bar's menus are windows of their own: walked from their menu items above, and here for
        // the ones a walk through the bar's items does not reach.
        for (QMenuBar* bar : root->findChildren<QMenuBar*>())
            for (QAction* action : bar->actions())
                if (action->menu())
                    walk.visit(QAccessible::queryAccessibleInterface(action->menu()),
                               step(iface, 0) + u" / menu "_s + action->text(), 1);
        for (const QString& offender : std::as_const(walk.offenders))
            qWarning("no accessible name: %s", qPrintable(offender));
        QVERIFY2(walk.offenders.isEmpty(),
                 qPrintable(u"%1 of %2 controls have no name"_s.arg(walk.offenders.size()).arg(walk.controls)));
        QVERIFY2(walk.controls >= atLeast, qPrintable(u"only %1 controls found"_s.arg(walk.controls)));
        QStringList counts;
        for (auto it = walk.byRole.cbegin(); it != walk.byRole.cend(); ++it)
            counts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        qInfo("%s: %d named controls (%s)", qPrintable(root->objectName()), walk.controls,
              qPrintable(counts.join(u", "_s)));
        seen = walk.byRole;
    }();
    return seen;
}

// No keyboard trap (WCAG 2.1.2): in the active window `window`, every Tab moves the focus to another
// widget, and a round of Tabs comes back to where it started. Prints the round.
void expectTabMoves(QWidget* window)
{
    QVERIFY(window);
    window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), window);
    QWidget* start = QApplication::focusWidget();
    QVERIFY2(start && window->isAncestorOf(start), "the window has a focus widget");
    QStringList round;
    const auto name = [](QWidget* w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    };
    int focusable = 0;
    for (QWidget* w : window->findChildren<QWidget*>())
        focusable += (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy();
    if (focusable <= 1)
        return; // one button (About): nowhere else to go
    QWidget* current = start;
    int inSections = 0;
    for (int i = 0; i < 60; ++i) {
        round << name(current);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        // A date field takes Tab from day to month to year, then lets it go.
        if (next == current && qobject_cast<QDateTimeEdit*>(current) && ++inSections < 4)
            continue;
        inSections = 0;
        QVERIFY2(next && next != current,
                 qPrintable(u"Tab stays at %1: %2"_s.arg(name(current), round.join(u" -> "_s))));
        if (next == start) {
            qInfo("Tab round: %s", qPrintable(round.join(u" -> "_s)));
            return;
        }
        current = next;
    }
    QFAIL(qPrintable(u"Tab never comes back: "_s + round.join(u" -> "_s)));
}

// Every Alt+letter of `window` is its own (on each page of its tab widgets): two alike make the key
// cycle between them instead of acting. Prints the window's mnemonics.
void expectNoMnemonicClash(QWidget* window)
{
    QVERIFY(window);
    const QStringList clashes = OrderDesk::Test::mnemonicClashesOnEveryPage(window);
    qInfo("%s: mnemonics %s", qPrintable(window->objectName()),
          qPrintable(OrderDesk::Test::mnemonicsOf(window).keys().join(u' ')));
    for (const QString& clash : clashes)
        qWarning("mnemonic clash in %s: %s", qPrintable(window->objectName()), qPrintable(clash));
    QVERIFY2(clashes.isEmpty(), qPrintable(u"%1 Alt+letter clash(es)"_s.arg(clashes.size())));
}

// Shows the named message bars of `window` as an error with Retry (the first) and with the main
// window's own "again" actions (the others: a lookup, a read or copy of one order); their buttons'
// mnemonics count too.
bool showBarsWithTheirActions(QWidget* window, const QStringList& names)
{
    for (const QString& name : names) {
        auto* bar = window->findChild<MessageBar*>(name);
        if (!bar)
            return false;
        if (name == names.first())
            bar->showRetryableError(u"The platform could not be reached."_s);
        else {
            const QList<QAction*> again{window->findChild<QAction*>(u"findByIdRetry"_s),
                                        window->findChild<QAction*>(u"orderActionsRetry"_s)};
            if (again.contains(nullptr))
                return false;
            bar->showMessage(MessageType::Error, u"Order 1 could not be looked up."_s, again);
        }
        if (!bar->isVisibleTo(window))
            return false;
    }
    return true;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<BulkCancelService> m_bulk;

    QTableView* table() const { return m_desk->table(); }
    QAction* action(const QString& name) const { return m_desk->window->findChild<QAction*>(name); }

    // The first order of the list the predicate takes, selected.
    Order selectFirst(const std::function<bool(const Order&)>& take)
    {
        QAbstractItemModel* proxy = table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, 0);
            const Order order = m_desk->orders.orderAt(
                m_desk->orders.rowOf(index.data(Roles::AccountId).toString(), index.data(Roles::OrderId).toString()));
            if (take(order)) {
                table()->setCurrentIndex(index);
                return order;
            }
        }
        return {};
    }

    template <typename T> T* openedBy(const QString& actionName)
    {
        QAction* a = action(actionName);
        if (!a || !a->isEnabled())
            return nullptr;
        a->trigger();
        T* found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (T* w : m_desk->window->findChildren<T*>())
                if (w->isVisible())
                    found = w;
            return found != nullptr;
        });
        return found;
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
        m_bulk = std::make_unique<BulkCancelService>(&m_desk->backends, &m_desk->historyWriter, &m_desk->orders,
                                                     AgentInfo{u"Test Agent"_s, u"test-host"_s, u"0"_s});
        m_desk->window->setBulkCancelService(m_bulk.get());
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
        QVERIFY(table()->model()->rowCount() > 0);
    }

    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != m_desk->window.get() && w->isVisible())
                w->close();
        for (QDialog* d : m_desk->window->findChildren<QDialog*>())
            if (d->isVisible())
                d->reject();
    }

    void cleanupTestCase()
    {
        m_desk->window.reset();
        m_bulk.reset();
        m_desk.reset();
    }

    void mainWindow_everyControlIsNamed()
    {
        QVERIFY(!selectFirst([](const Order& o) { return CancellationPolicy::evaluate(o).allowed; }).id.isEmpty());
        const QMap<QString, int> seen = expectAllNamed(m_desk->window.get(), 15);
        // The walk reaches into the menus and the tool bar, not only the central widget.
        QVERIFY2(seen.value(u"MenuItem"_s) >= 10, "menu items walked");
        QVERIFY2(seen.value(u"Button"_s) >= 3, "buttons walked");
        expectTabMoves(m_desk->window.get());
        expectNoMnemonicClash(m_desk->window.get());
        // With Retry in the problems bar and a notice with its own action, as a failing network shows them.
        QVERIFY(showBarsWithTheirActions(m_desk->window.get(), {u"problemsBar"_s, u"noticeBar"_s}));
        expectNoMnemonicClash(m_desk->window.get());
        for (MessageBar* bar : m_desk->window->findChildren<MessageBar*>())
            bar->dismiss();
    }

    void detailsPane_everyControlIsNamed()
    {
        // A FlexPortal order with subscriptions shows every part of the pane.
        const Order order = selectFirst([](const Order& o) { return !subscriptionsOf(o).isEmpty(); });
        QVERIFY(!order.id.isEmpty());
        QWidget* pane = m_desk->window->findChild<QWidget*>(u"orderDetailsPane"_s);
        QTRY_VERIFY(pane->findChild<QWidget*>(u"orderTitle"_s));
        expectAllNamed(pane, 5);
        expectNoMnemonicClash(m_desk->window.get()); // with every part of the pane shown
    }

    // The pane's bar says its value as the sentence, and a Cancel button that is off says why.
    void detailsPane_progressAndCancelAreDescribed()
    {
        const Order order = selectFirst(
            [](const Order& o) { return o.progress().isKnown() && !CancellationPolicy::evaluate(o).allowed; });
        QVERIFY(!order.id.isEmpty());
        auto* bar = m_desk->window->findChild<QWidget*>(u"orderProgress"_s);
        QAccessibleInterface* barIface = QAccessible::queryAccessibleInterface(bar);
        QVERIFY(barIface && barIface->valueInterface());
        QTRY_COMPARE(barIface->valueInterface()->currentValue().toInt(), order.progress().done);
        QCOMPARE(barIface->valueInterface()->maximumValue().toInt(), order.progress().total);
        QCOMPARE(barIface->text(QAccessible::Description), OrderDetailsPane::progressSentence(order));

        QAccessibleInterface* cancel =
            QAccessible::queryAccessibleInterface(m_desk->window->findChild<QWidget*>(u"cancelOrderButton"_s));
        QVERIFY(cancel);
        QVERIFY(cancel->state().disabled);
        QCOMPARE(cancel->text(QAccessible::Description), CancellationPolicy::evaluate(order).explanation);
        QVERIFY(!cancel->text(QAccessible::Description).isEmpty());
    }

    void cancelDialog_everyControlIsNamed()
    {
        QVERIFY(!selectFirst([](const Order& o) { return CancellationPolicy::evaluate(o).allowed; }).id.isEmpty());
        auto* dialog = openedBy<CancelDialog>(u"cancelAction"_s);
        QVERIFY(dialog);
        expectAllNamed(dialog, 4);
        expectTabMoves(dialog);
        expectNoMnemonicClash(dialog);
    }

    void bulkCancelDialog_everyControlIsNamed()
    {
        QList<BulkCancelService::OrderRef> refs;
        for (int r = 0; r < 3; ++r) {
            const QModelIndex index = table()->model()->index(r, 0);
            BulkCancelService::OrderRef ref;
            ref.accountId = index.data(Roles::AccountId).toString();
            ref.orderId = index.data(Roles::OrderId).toString();
            refs.append(ref);
        }
        BulkCancelDialog dialog(m_bulk.get(), refs, m_desk->window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectAllNamed(&dialog, 5);
        QTRY_VERIFY(dialog.findChild<QWidget*>(u"reasonPreset"_s)->isEnabled()); // the orders are read
        expectTabMoves(&dialog);
        expectNoMnemonicClash(&dialog);
        dialog.close();
        QTRY_VERIFY(!m_bulk->isRunning());
    }

    void subscriptionCancelDialog_everyControlIsNamed()
    {
        const Order order = selectFirst([](const Order& o) { return !subscriptionsOf(o).isEmpty(); });
        QVERIFY(!order.id.isEmpty());
        SubscriptionCancelDialog dialog(order, {}, m_desk->window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectAllNamed(&dialog, 4);
        expectTabMoves(&dialog);
        expectNoMnemonicClash(&dialog);
    }

    void findById_everyControlIsNamed()
    {
        auto* dialog = openedBy<QInputDialog>(u"goToOrderAction"_s);
        QVERIFY(dialog);
        expectAllNamed(dialog, 3);
        expectTabMoves(dialog);
        expectNoMnemonicClash(dialog);
    }

    void settings_everyControlIsNamed()
    {
        auto* dialog = openedBy<SettingsDialog>(u"settingsAction"_s);
        QVERIFY(dialog);
        expectAllNamed(dialog, 8);
        expectTabMoves(dialog);
        expectNoMnemonicClash(dialog);
    }

    // Each field's label takes the keyboard to it with its own Alt+letter (Host, Port, Database, ...).
    void settings_everyFieldLabelHasABuddyAndAMnemonic()
    {
        auto* dialog = openedBy<SettingsDialog>(u"settingsAction"_s);
        QVERIFY(dialog);
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        int labels = 0;
        for (QFormLayout* form : dialog->findChildren<QFormLayout*>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
                if (!label || label->text().isEmpty())
                    continue;
                ++labels;
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                QVERIFY2(OrderDesk::Test::hasLetterMnemonic(label->text()), qPrintable(label->text()));
                // Alt+letter puts the keyboard in the field (the PostgreSQL fields once they are on).
                dialog
                    ->findChild<QRadioButton*>(label->buddy()->objectName() == u"historyFile"_s ? u"historyLocal"_s
                                                                                                : u"historyPostgres"_s)
                    ->setChecked(true);
                QTest::keyClick(dialog, QKeySequence::mnemonic(label->text())[0].key(), Qt::AltModifier);
                QTRY_COMPARE(QApplication::focusWidget(),
                             label->buddy()->focusProxy() ? label->buddy()->focusProxy() : label->buddy());
            }
        }
        QVERIFY2(labels >= 10, qPrintable(QString::number(labels)));
    }

    void accounts_everyControlIsNamed()
    {
        auto* dialog = openedBy<AccountsDialog>(u"accountsAction"_s);
        QVERIFY(dialog);
        expectAllNamed(dialog, 8);
        expectTabMoves(dialog);
        expectNoMnemonicClash(dialog);
    }

    void history_everyControlIsNamed()
    {
        auto* window = openedBy<HistoryWindow>(u"historyAction"_s);
        QVERIFY(window);
        expectAllNamed(window, 12);
        expectTabMoves(window);
        expectNoMnemonicClash(window);
        QVERIFY(showBarsWithTheirActions(window, {u"historyMessageBar"_s}));
        expectNoMnemonicClash(window);
        window->findChild<MessageBar*>(u"historyMessageBar"_s)->dismiss();
    }

    void about_everyControlIsNamed()
    {
        auto* dialog = openedBy<AboutDialog>(u"aboutAction"_s);
        QVERIFY(dialog);
        expectAllNamed(dialog, 1);
        expectTabMoves(dialog);
        expectNoMnemonicClash(dialog);
    }

    // The status column's meaning is in words (the mark alone says nothing to a screen reader), and
    // the progress bar's value is read out as a sentence.
    void ordersTable_statusAndProgressCellsAreInWords()
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(table());
        QVERIFY(iface && iface->tableInterface());
        QAccessibleTableInterface* cells = iface->tableInterface();
        QVERIFY(cells->rowCount() > 0);
        int checked = 0;
        for (int row = 0; row < std::min(cells->rowCount(), 40); ++row) {
            const QModelIndex index = table()->model()->index(row, 0);
            const Order order = m_desk->orders.orderAt(
                m_desk->orders.rowOf(index.data(Roles::AccountId).toString(), index.data(Roles::OrderId).toString()));
            QAccessibleInterface* status = cells->cellAt(row, OrderListModel::StatusColumn);
            QVERIFY(status);
            const QString statusName = status->text(QAccessible::Name);
            QVERIFY2(statusName.contains(stageName(order.stage())), qPrintable(statusName));
            QVERIFY2(statusName.contains(QString(order.status).replace(u'_', u' ')), qPrintable(statusName));
            QVERIFY2(!status->text(QAccessible::Description).isEmpty(), qPrintable(statusName));

            QAccessibleInterface* progress = cells->cellAt(row, OrderListModel::ProgressColumn);
            QVERIFY(progress);
            const Progress p = order.progress();
            const QString progressName = progress->text(QAccessible::Name);
            QCOMPARE(progressName, OrderListModel::progressText(order));
            if (p.isKnown()) {
                QVERIFY2(progressName.contains(QString::number(p.done)) &&
                             progressName.contains(QString::number(p.total)),
                         qPrintable(progressName));
                ++checked;
            }
            QCOMPARE(progress->text(QAccessible::Description), progressName);
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
