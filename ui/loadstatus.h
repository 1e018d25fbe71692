#pragma once

#include <QObject>
#include <QTimer>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace OrderDesk {

class OrderListModel;
class OrderLoader;

// The status bar's account of a load: a busy bar, the Stop button (the Stop action, enabled while
// a load runs) and "Loading… N orders so far" at most ten times a second, not once a page; then
// "N orders".
class LoadStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatus)

public:
    LoadStatus(OrderLoader* loader, const OrderListModel* orders, QAction* stop, QStatusBar* bar);

private:
    void onLoadingChanged(bool loading);
    void onProgress(int orders);

    const OrderListModel* m_orders;
    QAction* m_stop;
    QProgressBar* m_progress;
    QLabel* m_text;
    QToolButton* m_stopButton;
    QTimer m_textTimer;
    int m_ordersSoFar = 0;
};

} // namespace OrderDesk
