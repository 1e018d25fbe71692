#pragma once

#include "clicommands.h"
#include "history/cancelattempt.h"
#include "services/cancelattempts.h"

namespace OrderDesk {
class CancellationHistory;
class FlexPortalBackend;
} // namespace OrderDesk

namespace OrderDesk::Cli {

// subscriptions cancel: FlexPortal subscriptions, one after the other. Confirms once for all
// (unless --yes); for each, writes the attempt to the history (kind subscription), sends the cancel
// once and completes the entry with the outcome; never sends one twice. If the history cannot take
// an entry, that subscription and the rest are not sent. One row (table) or JSON object (a line)
// per subscription: account, subscriptionId, outcome (cancelled, already-cancelled, already-ended,
// failed, unknown) and message, plus code and assetSerialNumber when FlexPortal gave them.
class SubscriptionCancelCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCancelCommand)

public:
    SubscriptionCancelCommand(FlexPortalBackend* backend, CancellationHistory* history, AgentInfo agent,
                              const Options& options, QObject* parent = nullptr);
    void start() override;

    struct Row
    {
        QString outcome; // FlexPortal's Refused is printed as "failed"
        int exitStatus = ExitOk;
    };
    static Row rowFor(const SubscriptionCancelOutcome& outcome);

private:
    void next();
    void onFinished();
    void report(int floorStatus);

    FlexPortalBackend* m_flexPortal;
    CancellationHistory* m_history;
    AgentInfo m_agent;
    QStringList m_ids;
    SubscriptionCancelReason::Value m_reason;
    QString m_notes;
    bool m_confirmed;
    Format m_format;
    qsizetype m_next = 0;
    CancelAttempt m_attempt;
    QPointer<CancelSubscriptionJob> m_job;
    QList<SubscriptionCancelOutcome> m_outcomes;
    QString m_notSentWhy; // why the subscriptions after the outcomes were not sent
    ProgressLine m_progress;
};

} // namespace OrderDesk::Cli
