#pragma once

#include "domain/order.h"
#include "history/cancelattempt.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace OrderDesk {

class HistoryReader;
struct HistorySnapshot;

// The details pane's subscriptions of a FlexPortal order: each id, the line it belongs to (product,
// SKU) and what is known of its state. FlexPortal shows no subscription's state, so that comes from
// the cancellation history's latest attempt on it (read with the order's cancel timeline), else
// "state unknown". With the "Cancel subscriptions…" button; hidden for orders without subscriptions.
class SubscriptionList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionList)

public:
    explicit SubscriptionList(QWidget* parent = nullptr);

    // Where the order's attempts arrive (HistoryReader::orderHistoryLoaded); the pane's timeline asks.
    void setReader(HistoryReader* reader);
    // Whether "Cancel subscriptions…" is offered at all (a desk without the service: no).
    void setCancelAvailable(bool available);
    void showOrder(const Order& order, bool cancelRunning);
    void clear();

    // The latest subscription attempt the history holds for each subscription of the shown order.
    const QHash<QString, CancelAttempt>& known() const { return m_known; }
    // What is known of a subscription's state, in words: from its latest attempt, if any.
    static QString stateText(const CancelAttempt* latest);
    // "Laptop 14 (SKU-1)", or what there is of it.
    static QString lineText(const QString& productName, const QString& sku);

signals:
    void cancelRequested();

private:
    void onLoaded(const QString& accountId, const QString& orderId, const HistorySnapshot& snapshot);
    void fill();

    QPointer<HistoryReader> m_reader;
    Order m_order;
    bool m_hasOrder = false;
    bool m_available = true;
    QHash<QString, CancelAttempt> m_known;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QTreeWidget* m_list;
};

} // namespace OrderDesk
