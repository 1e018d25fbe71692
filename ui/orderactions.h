#pragma once

#include "mainwindow.h"

#include <QObject>
#include <QSet>

#include <functional>

class QMainWindow;
class QMenu;
class QTableView;

namespace OrderDesk {

class BulkCancelLauncher;
class BulkCancelService;
class MessageBar;
enum class MessageType;
class OrderFilterProxy;
struct Order;

// The main window's actions: the menu bar, the toolbar and the orders list's context menu hold the
// same QAction objects, so each has one enabled state, computed here from the list's current row.
// Actions that only need a service or the clipboard are done here (copy, refresh one order, stop,
// about); those that open the window's own dialogs are connected by the window. What they come to
// is said in the window's message bar (a failure with "Try again" where a second try may help); the
// status bar only says what is under way.
class OrderActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderActions)

public:
    enum Id
    {
        Accounts,
        Settings,
        Quit,
        Refresh,
        RefreshOrder,
        Stop,
        Find,
        GoToOrder,
        History,
        Cancel,
        CopyOrderId,
        CopyEmail,
        CopyJson,
        About,
        AboutQt,
        IdCount
    };

    OrderActions(const MainWindowServices& services, QTableView* table, OrderFilterProxy* proxy, QMainWindow* window,
                 MessageBar* bar);

    QAction* action(Id id) const { return m_actions[id]; }
    QMenu* rowMenu() const { return m_rowMenu; }

    // The list's current order; false when no row is current.
    bool currentOrder(Order* order) const;
    // A cancel of the order (single, of its subscriptions, or in a bulk run) is under way.
    bool isCancelRunning(const Order& order) const;
    // Multi-selection: "Select all shown" joins the Orders menu, and the cancel action counts the orders.
    void setBulkCancel(BulkCancelLauncher* launcher, BulkCancelService* service);
    // Every action's enabled state, from the current row: called whenever it or its order changes.
    void update();

private:
    QAction* make(Id id, const QString& text, const QString& objectName);
    void buildMenus();
    void showRowMenu(const QPoint& viewportPos);
    void copyText(const QString& text, const QString& said);
    void copyJson();
    void copyJsonOf(const Order& order);
    void refreshOrder();
    void refresh(const Order& order);
    void say(const QString& text);
    // The outcome in the bar; `again`, when given, is offered as "Try again".
    void tell(MessageType type, const QString& text, std::function<void()> again = {});

    MainWindowServices m_services;
    QTableView* m_table;
    OrderFilterProxy* m_proxy;
    QMainWindow* m_window;
    MessageBar* m_bar;
    QAction* m_again;                  // "Try again" of the last failure told
    std::function<void()> m_againWork; // what it does
    QAction* m_actions[IdCount] = {};
    QMenu* m_rowMenu = nullptr;
    BulkCancelLauncher* m_bulk = nullptr;
    BulkCancelService* m_bulkService = nullptr;
    QSet<QString> m_refreshing; // order keys read again at the agent's request, answer still out
};

} // namespace OrderDesk
