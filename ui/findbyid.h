#pragma once

#include <QObject>
#include <QPointer>

class QInputDialog;
class QLineEdit;

namespace OrderDesk {

class MainWindow;
class OrderFinder;
struct Order;
struct OrderMiss;

// The window's side of find by id: Ctrl+G's "Go to order…" dialog (it only collects the id), the
// search field's terms that may be an order not loaded yet, selecting what is found and telling the
// agent in the status bar, never in a modal box. The looking is OrderFinder's.
class FindById : public QObject
{
    Q_OBJECT

public:
    FindById(OrderFinder* finder, MainWindow* window, QLineEdit* search);

    void openGoToDialog();
    // Asks every account for `id`, as "Go to order…" does (the history window's "Open order" of an
    // order that is not loaded).
    void lookUp(const QString& id);
    // The search was applied and shows `rowsShown` orders: asks the accounts for the term by id
    // when it may be an order that is not loaded (OrderFinder::isWorthLookingUp).
    void searchSettled(const QString& term, int rowsShown);

private:
    void onFound(const Order& order);
    void onNotFound(const OrderMiss& miss);
    void say(const QString& text, int timeoutMs);

    OrderFinder* m_finder;
    MainWindow* m_window;
    QLineEdit* m_search;
    bool m_fromSearch = false; // the running lookup was started by typing: the focus stays there
    QPointer<QInputDialog> m_dialog;
};

} // namespace OrderDesk
