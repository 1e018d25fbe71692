#pragma once

#include "api/apijobs.h"
#include "api/result.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace OrderDesk {

class BackendRegistry;
class HistoryWriter;
class OrderBackend;
class OrderListModel;

// The cancel workflow: the policy is asked again, the attempt is written to the history before
// anything is sent, the request goes out once, and the outcome is written and shown in the list.
// The history works on its own thread (HistoryWriter), so a cancel takes two steps: submit()
// checks and asks for the "pending" entry; only once that entry is committed does the request
// start. A second submit for an order whose cancel is still running (from submit() on) is refused.
class CancelService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelService)

public:
    CancelService(BackendRegistry* backends, HistoryWriter* history, OrderListModel* model, AgentInfo agent,
                  QObject* parent = nullptr);

    // Starts the cancel; returns an error (and sends nothing) when it may not start. Otherwise the
    // cancel is running from now on and ends in cancelNotStarted (the entry could not be written,
    // nothing was sent) or in cancelStarted ... cancelFinished.
    std::optional<ApiError> submit(const Order& order, const CancelReason& reason);
    bool isRunning(const QString& accountId, const QString& orderId) const;
    // Reads the order again so that the agent decides on its current state (the cancel dialog does
    // this when it opens); the fresh copy goes into the list. Ends in orderRefreshed or refreshFailed.
    void refresh(const Order& order);
    void setAgent(const AgentInfo& agent) { m_agent = agent; }
    // Asked by submit(): true when another sender holds the order (a running bulk cancel); submit then
    // refuses, so that no order is ever sent by both.
    void setBusyElsewhere(std::function<bool(const QString& accountId, const QString& orderId)> busy)
    {
        m_busyElsewhere = std::move(busy);
    }

signals:
    // The entry is in the history: checking the order, then sending.
    void cancelStarted(const QString& accountId, const QString& orderId);
    void cancelRequestSent(const QString& accountId, const QString& orderId); // the request is out
    // The outcome, once the history has it (or historyFailed said why it could not take it).
    void cancelFinished(const QString& accountId, const QString& orderId, const OrderDesk::CancelOutcome& outcome);
    // The history could not take the entry, so nothing was sent; `why` says so in words.
    void cancelNotStarted(const QString& accountId, const QString& orderId, const OrderDesk::ApiError& why);
    void historyFailed(const OrderDesk::ApiError& error);
    void orderRefreshed(const OrderDesk::Order& order);
    void refreshFailed(const QString& accountId, const QString& orderId, const OrderDesk::ApiError& error);

private:
    void onPendingRecorded(const Order& order, CancelAttempt attempt, const QPointer<OrderBackend>& backend,
                           const Result<qint64>& recorded);
    void onFinished(const Order& before, CancelAttempt attempt, CancelOrderJob* job);
    void recordOutcome(const Order& before, const CancelAttempt& completed, const CancelOutcome& outcome);

    BackendRegistry* m_backends;
    HistoryWriter* m_history;
    OrderListModel* m_model;
    AgentInfo m_agent;
    QSet<QString> m_running;
    std::function<bool(const QString&, const QString&)> m_busyElsewhere;
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::CancelOutcome)
