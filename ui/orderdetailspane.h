#pragma once

#include "domain/order.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace OrderDesk {

class HistoryReader;
class OrderLinesModel;
class OrderTimeline;
class SubscriptionList;

// Everything about the selected order: customer and contact, addresses, line items with their
// progress, totals, payment, notes, timestamps, the progress in words, the Cancel button with the
// policy's explanation beside it when it is disabled, a FlexPortal order's subscriptions with
// "Cancel subscriptions…" (SubscriptionList), the cancel attempts on the order (OrderTimeline), and the
// raw data as the platform sent it.
class OrderDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsPane)

public:
    explicit OrderDetailsPane(QWidget* parent = nullptr);

    void showOrder(const Order& order, bool cancelRunning);
    void clearOrder();
    // Where the cancel attempts on the shown order are read (OrderTimeline); none: not shown.
    void setHistoryReader(HistoryReader* reader);
    SubscriptionList* subscriptionList() const { return m_subscriptions; }
    bool hasOrder() const { return m_hasOrder; }
    const Order& order() const { return m_order; }

    void showRawData(const QString& orderKey, const QByteArray& raw);
    // Enter on a list row: the keyboard moves into the details.
    void focusDetails();
    void showRawDataError(const QString& orderKey, const QString& message);

    // "3 of 5 devices rented", "1 of 2 provider items accepted; Acme Fiber rejected item 2".
    static QString progressSentence(const Order& order);

signals:
    void cancelRequested();
    void subscriptionsCancelRequested();
    void rawDataRequested(const OrderDesk::Order& order);

private:
    QWidget* buildOverviewTab();
    void fitLineColumns();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void fillOverview(const Order& order);
    QString currentKey() const;

    Order m_order;
    bool m_hasOrder = false;
    QLabel* m_title;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_cancel;
    QLabel* m_cancelExplanation;
    SubscriptionList* m_subscriptions;
    QTabWidget* m_tabs;
    QLabel* m_customer;
    QLabel* m_billing;
    QLabel* m_shipping;
    QLabel* m_shippingTitle;
    QLabel* m_totals;
    QLabel* m_payment;
    QLabel* m_notes;
    QScrollArea* m_overviewScroll = nullptr;
    QLabel* m_timestamps;
    OrderTimeline* m_timeline = nullptr;
    OrderLinesModel* m_lines;
    QTableView* m_linesView;
    QPlainTextEdit* m_raw;
    QPushButton* m_loadRaw;
    QString m_rawKey;
};

} // namespace OrderDesk
