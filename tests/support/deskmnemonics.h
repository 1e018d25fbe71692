#pragma once

// The desk's windows in the language loaded, checked for Alt+letter clashes (mnemonics.h): the main
// window showing an order with subscriptions (every part of the details pane) and the "again"
// actions in its message bars, the settings, accounts, cancel dialog
// and the history window. A translation that gives two of one window the same letter fails here.

#include "accountsdialog.h"
#include "canceldialog.h"
#include "deskharness.h"
#include "historywindow.h"
#include "messagebar.h"
#include "mnemonics.h"
#include "services/subscriptioncancelservice.h"
#include "settingsdialog.h"

#include <QAction>
#include <QTest>

namespace OrderDesk::Test {

// One line per clash, each prefixed with its window's object name; empty when there is none.
inline QStringList deskMnemonicClashes(TestDesk& desk)
{
    QStringList clashes;
    const auto check = [&clashes](QWidget* window) {
        window->show();
        (void)QTest::qWaitForWindowExposed(window);
        for (const QString& clash : mnemonicClashesOnEveryPage(window))
            clashes << window->objectName() + QStringLiteral(": ") + clash;
    };
    // An order with subscriptions: the details pane shows all its buttons.
    const bool loaded = desk.activate();
    bool shown = false;
    for (int row = 0; loaded && row < desk.orders.rowCount() && !shown; ++row) {
        const Order& order = desk.orders.orderAt(row);
        shown = !subscriptionsOf(order).isEmpty() && desk.window->selectOrder(order.accountId, order.id);
    }
    if (!shown)
        clashes << QStringLiteral("(no order with subscriptions could be shown: the check would miss its buttons)");
    desk.window->findChild<MessageBar*>(QStringLiteral("problemsBar"))->showRetryableError(QStringLiteral("-"));
    desk.window->findChild<MessageBar*>(QStringLiteral("noticeBar"))
        ->showMessage(MessageType::Error, QStringLiteral("-"),
                      {desk.window->findChild<QAction*>(QStringLiteral("findByIdRetry")),
                       desk.window->findChild<QAction*>(QStringLiteral("orderActionsRetry"))});
    check(desk.window.get());
    SettingsDialog settings(AppSettings{}, desk.window.get());
    check(&settings);
    AccountsDialog accounts(desk.accounts.accounts(), desk.window.get());
    check(&accounts);
    CancelDialog cancel(Order{}, desk.window.get());
    check(&cancel);
    HistoryWindow history(&desk.historyReader);
    history.findChild<MessageBar*>(QStringLiteral("historyMessageBar"))->showRetryableError(QStringLiteral("-"));
    check(&history);
    return clashes;
}

} // namespace OrderDesk::Test
