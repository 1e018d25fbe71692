#pragma once

#include "api/apijobs.h"
#include "domain/order.h"
#include "domain/subscriptioncancelreason.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace OrderDesk {

class BackendRegistry;
class FlexPortalBackend;
class HistoryWriter;
class OrderListModel;

// One FlexPortal subscription of an order: its id (one of a line's rentalIds) and the line it
// belongs to. FlexPortal shows nothing of a subscription's state.
struct OrderSubscription
{
    QString id;
    QString sku;         // the line's; empty when no line holds the id (only the order's rentalIds do)
    QString productName; // likewise
};

// The subscriptions of a FlexPortal order, line by line in the order's order, then those only the
// order's own rentalIds name; each id once. None for OfferGrid.
QList<OrderSubscription> subscriptionsOf(const Order& order);

// What is known of each subscription of an order from the cancellation history: its latest
// subscription attempt, by subscription id (attempts newest first, as the history reads them).
QHash<QString, CancelAttempt> latestSubscriptionAttempts(const QList<CancelAttempt>& attemptsNewestFirst);

// How a run of subscription cancels ended.
struct SubscriptionCancelRun
{
    QString accountId;
    QString orderId;
    QList<SubscriptionCancelOutcome> outcomes; // one per subscription whose cancel was attempted, in order
    QStringList notSent;                       // chosen but never attempted: stopped, or the history failed
    bool stopped = false;                 // ended before every chosen one was attempted (Stop, the history failed, ...)
    std::optional<ApiError> refreshError; // the order could not be read again at the end

    bool allSettled() const; // every chosen subscription ended cancelled, already cancelled or already ended
};

// Cancels chosen FlexPortal subscriptions of one order, one after the other: never two requests at
// once, never one sent twice. For each: the attempt is written to the history as pending through the
// HistoryWriter, and only once that entry is committed does its request go out; the outcome is
// written when the answer comes, then subscriptionFinished, then the next one. Stop lets the request
// in flight finish and sends no more. At the end the order is read again (its row and the details
// pane update) and runFinished says how it went. One run per order at a time.
class SubscriptionCancelService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCancelService)

public:
    SubscriptionCancelService(BackendRegistry* backends, HistoryWriter* history, OrderListModel* model, AgentInfo agent,
                              QObject* parent = nullptr);
    ~SubscriptionCancelService() override;

    // Starts cancelling `subscriptionIds` (subscriptions of `order`, in this order); returns why not
    // (and sends nothing) when it may not start: not a FlexPortal order, an id that is not the
    // order's, none chosen, notes too long, a run of this order already going, the account gone.
    std::optional<ApiError> submit(const Order& order, const QStringList& subscriptionIds,
                                   SubscriptionCancelReason::Value reason, const QString& notes);
    // The request in flight finishes; no other is sent. runFinished follows.
    void stop(const QString& accountId, const QString& orderId);
    bool isRunning(const QString& accountId, const QString& orderId) const;
    void setAgent(const AgentInfo& agent) { m_agent = agent; }

signals:
    // The run began: `count` requests at most will go out, one after the other.
    void runStarted(const QString& accountId, const QString& orderId, int count);
    // This subscription's entry is in the history; its request goes out now.
    void subscriptionStarted(const QString& accountId, const QString& orderId, const QString& subscriptionId);
    // The outcome of one subscription, once the history has it (or historyFailed said why not).
    void subscriptionFinished(const QString& accountId, const QString& orderId,
                              const OrderDesk::SubscriptionCancelOutcome& outcome);
    // The run is over and the order was read again (or could not be): see SubscriptionCancelRun.
    void runFinished(const OrderDesk::SubscriptionCancelRun& run);
    void historyFailed(const OrderDesk::ApiError& error);

private:
    struct Run;

    void next(Run* run);
    void onPendingRecorded(Run* run, CancelAttempt attempt, const Result<qint64>& recorded);
    void onJobFinished(Run* run, CancelAttempt attempt, CancelSubscriptionJob* job);
    void recordOutcome(Run* run, const CancelAttempt& completed, const SubscriptionCancelOutcome& outcome);
    void finishRun(Run* run);

    BackendRegistry* m_backends;
    HistoryWriter* m_history;
    OrderListModel* m_model;
    AgentInfo m_agent;
    QHash<QString, std::shared_ptr<Run>> m_runs; // by OrderListModel::keyOf(account, order)
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::SubscriptionCancelOutcome)
Q_DECLARE_METATYPE(OrderDesk::SubscriptionCancelRun)
