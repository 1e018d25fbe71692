#pragma once

#include "mainwindow.h"

#include <QHash>
#include <QObject>

namespace OrderDesk {

struct CancelAttempt;
struct Order;

// Opens the cancel dialogs of one order and connects them to their service: the order's cancel
// (the dialog reads the order again as it opens, and follows the cancel to its outcome) and the
// cancel of its subscriptions. The dialogs collect; the services send. The window decides whether
// the order may be cancelled now (OrderActions) before it asks.
class CancelLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelLauncher)

public:
    CancelLauncher(const MainWindowServices& services, QWidget* window);

    void cancelOrder(const Order& order);
    void cancelSubscriptions(const Order& order, const QHash<QString, CancelAttempt>& known);

private:
    MainWindowServices m_services;
    QWidget* m_window;
};

} // namespace OrderDesk
