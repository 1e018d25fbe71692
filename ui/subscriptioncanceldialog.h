#pragma once

#include "domain/order.h"
#include "domain/subscriptioncancelreason.h"
#include "history/cancelattempt.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace OrderDesk {

class SubscriptionCancelService;
struct SubscriptionCancelOutcome;
struct SubscriptionCancelRun;

// Cancels chosen FlexPortal subscriptions of one order, in three steps: choose (the subscriptions,
// none preselected; FlexPortal's reason, shown by label, sent by API value; notes up to 1000
// characters), confirm (how many requests go out) and send (progress, one result per subscription,
// Stop). It collects and shows: the SubscriptionCancelService sends, one after the other, with the
// history entry first. While requests go out it cannot be closed; otherwise Esc closes it, and the
// default button is always the one that sends nothing.
class SubscriptionCancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCancelDialog)

public:
    // `known`: the latest history attempt per subscription id (SubscriptionList::known()).
    SubscriptionCancelDialog(const Order& order, const QHash<QString, CancelAttempt>& known, QWidget* parent = nullptr);

    // Sends through `service` on confirm and follows what it reports for this order.
    void attach(SubscriptionCancelService* service);

    const Order& order() const { return m_order; }
    QStringList chosenIds() const; // in the order's order
    std::optional<SubscriptionCancelReason::Value> reason() const;
    QString notes() const;
    bool isBusy() const { return m_busy; }

    // The service would not start (nothing was sent): back to the choice, saying why.
    void showNotStarted(const QString& why);
    void showRunStarted(int count);
    void showSending(const QString& subscriptionId);
    void showResult(const OrderDesk::SubscriptionCancelOutcome& outcome);
    void showRunFinished(const OrderDesk::SubscriptionCancelRun& run);

signals:
    void confirmed(const QStringList& subscriptionIds, OrderDesk::SubscriptionCancelReason::Value reason,
                   const QString& notes);
    void stopRequested();

protected:
    void reject() override;

private:
    enum class Step
    {
        Choose,
        Confirm,
        Sending,
        Done
    };

    QWidget* buildChoosePage(const QHash<QString, CancelAttempt>& known);
    QWidget* buildSendPage();
    void updateChoice();
    void goTo(Step step);
    void onPrimary();
    void onSecondary();
    QTreeWidgetItem* resultRow(const QString& subscriptionId) const;

    Order m_order;
    QPointer<SubscriptionCancelService> m_service;
    Step m_step = Step::Choose;
    bool m_busy = false;
    int m_total = 0;
    int m_answered = 0;
    QLabel* m_what;
    QStackedWidget* m_pages;
    QTreeWidget* m_choices;
    QComboBox* m_reason;
    QPlainTextEdit* m_notes;
    QLabel* m_counter;
    QLabel* m_state;
    QLabel* m_confirmText;
    QProgressBar* m_progress;
    QLabel* m_sendState;
    QTreeWidget* m_results;
    QPushButton* m_primary;
    QPushButton* m_secondary;
};

} // namespace OrderDesk
