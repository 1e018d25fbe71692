#pragma once

#include "clicommands.h"
#include "services/bulkcancelservice.h"

namespace OrderDesk::Cli {

// Reads the order ids of `orders cancel --ids-from`: one a line, surrounding spaces dropped, blank
// lines ignored, an id given twice kept once (in the order first given). On failure, *error says why.
std::optional<QStringList> readOrderIds(const QString& fileOrDash, QString* error);

// orders cancel --ids-from: reads every order and judges it by the policy (BulkCancelService::preview);
// a dry run reports would-cancel / would-refuse and sends nothing. Otherwise asks once for the whole
// batch (unless --yes), then runs the bulk cancel: one account's cancels one after the other, each
// written to the history first with the run's batch id, a 429 waited out and sent once more. One row
// (table) or JSON object (a line) per distinct id; the exit status is the highest among the orders.
class BulkCancelCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCancelCommand)

public:
    BulkCancelCommand(OrderBackend* backend, BulkCancelService* service, QStringList orderIds, const Options& options,
                      QObject* parent = nullptr);
    void start() override;

    // The row of one order: its outcome key, `why` (a policy's or preview's reason) or `message`, and
    // the exit status it stands for.
    struct Row
    {
        QString outcome;
        QString why;
        QString message;
        int exitStatus = ExitOk;
    };
    static Row rowFor(const BulkCancelItem& item, bool dryRun);

private:
    void onPreviewed();
    void onFinished();
    void report();

    BulkCancelService* m_service;
    QStringList m_orderIds;
    CancelReason m_reason;
    bool m_confirmed;
    bool m_dryRun;
    Format m_format;
    ProgressLine m_progress;
};

} // namespace OrderDesk::Cli
