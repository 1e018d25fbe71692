#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QInputDialog;
class QLineEdit;

namespace OrderDesk {

class MainWindow;
class MessageBar;
enum class MessageType;
class OrderFinder;
struct Order;
struct OrderMiss;

// The window's side of find by id: Ctrl+G's "Go to order…" dialog (it only collects the id), the
// search field's terms that may be an order not loaded yet, selecting what is found and telling the
// agent in the window's message bar, never in a modal box (the status bar only says it is looking).
// An account that could not be asked for a reason a second try may cure offers "Look up again".
// The looking is OrderFinder's.
class FindById final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindById)

public:
    FindById(OrderFinder* finder, MainWindow* window, QLineEdit* search, MessageBar* bar);

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
    void tell(MessageType type, const QString& text, QAction* action = nullptr);

    OrderFinder* m_finder;
    MainWindow* m_window;
    QLineEdit* m_search;
    MessageBar* m_bar;
    QAction* m_again;          // looks the last missed id up again
    QString m_missed;          // the id m_again looks up
    QString m_told;            // the bar's text as this class left it: taken back when a new lookup starts
    bool m_fromSearch = false; // the running lookup was started by typing: the focus stays there
    QPointer<QInputDialog> m_dialog;
};

} // namespace OrderDesk
