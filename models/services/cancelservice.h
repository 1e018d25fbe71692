#pragma once

#include "api/apijobs.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

#include <QObject>
#include <QSet>

namespace OrderDesk {

class BackendRegistry;
class CancellationHistory;
class OrderListModel;

// The cancel workflow: the policy is asked again, the attempt is written to the history before
// anything is sent, the request goes out once, and the outcome is written and shown in the list.
// A second submit for an order whose cancel is still running is refused.
class CancelService : public QObject
{
    Q_OBJECT

public:
    CancelService(BackendRegistry* backends, CancellationHistory* history, OrderListModel* model, AgentInfo agent,
                  QObject* parent = nullptr);

    // Starts the cancel; returns an error (and sends nothing) when it may not start.
    std::optional<ApiError> submit(const Order& order, const CancelReason& reason);
    bool isRunning(const QString& accountId, const QString& orderId) const;
    // Reads the order again so that the agent decides on its current state (the cancel dialog does
    // this when it opens); the fresh copy goes into the list. Ends in orderRefreshed or refreshFailed.
    void refresh(const Order& order);
    void setAgent(const AgentInfo& agent) { m_agent = agent; }

signals:
    void cancelStarted(const QString& accountId, const QString& orderId);     // checking the order, then sending
    void cancelRequestSent(const QString& accountId, const QString& orderId); // the request is out
    void cancelFinished(const QString& accountId, const QString& orderId, const OrderDesk::CancelOutcome& outcome);
    void historyFailed(const OrderDesk::ApiError& error);
    void orderRefreshed(const OrderDesk::Order& order);
    void refreshFailed(const QString& accountId, const QString& orderId, const OrderDesk::ApiError& error);

private:
    void onFinished(const Order& before, CancelAttempt attempt, CancelOrderJob* job);

    BackendRegistry* m_backends;
    CancellationHistory* m_history;
    OrderListModel* m_model;
    AgentInfo m_agent;
    QSet<QString> m_running;
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::CancelOutcome)
