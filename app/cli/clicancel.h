#pragma once

#include "clicommands.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

namespace OrderDesk {
class CancellationHistory;
}

namespace OrderDesk::Cli {

// orders cancel: reads the order again and asks the policy; sends nothing when it refuses or the
// order is already cancelled. Otherwise confirms (unless --yes), writes the attempt to the history,
// sends the cancel once, and completes the history entry with the outcome.
class CancelCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelCommand)

public:
    CancelCommand(OrderBackend* backend, CancellationHistory* history, AgentInfo agent, const Options& options,
                  QObject* parent = nullptr);
    void start() override;

private:
    void onFetched();
    void send(const Order& order);
    void onCancelled();
    int exitStatusFor(const CancelOutcome& outcome) const;

    CancellationHistory* m_history;
    AgentInfo m_agent;
    QString m_orderId;
    CancelReason m_reason;
    bool m_confirmed;
    CancelAttempt m_attempt;
    QPointer<FetchOrderJob> m_fetch;
    QPointer<CancelOrderJob> m_cancel;
};

} // namespace OrderDesk::Cli
