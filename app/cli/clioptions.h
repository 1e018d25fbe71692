#pragma once

#include "domain/cancellationpolicy.h"
#include "domain/subscriptioncancelreason.h"
#include "history/historyfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk::Cli {

// What the process ends with; scripts rely on these numbers (README, contract check).
enum ExitStatus : int
{
    ExitOk = 0,            // done; for a cancel: cancelled, or already cancelled
    ExitUsage = 2,         // bad command line or configuration (accounts file, key, history file)
    ExitPolicyRefused = 3, // OrderDesk's cancellation policy refused; nothing was sent
    ExitServerRefused = 4, // the platform refused (not found, authentication, its rules, ...)
    ExitUnreachable = 5,   // network error, or a cancel whose outcome is unknown
};

enum class Command
{
    List,
    Show,
    Cancel,
    HistoryExport,
    SubscriptionsCancel
};

enum class Format
{
    Table,
    Json,
    Csv
};

struct Options
{
    Command command = Command::List;
    QString accountsFile;
    QString historyFile; // empty: ORDERDESK_HISTORY, else the desktop's setting (see historyLocation())
    std::optional<int> timeoutMs;
    QString accountId;
    QString status;
    Format format = Format::Table;
    QString orderId;
    CancelReason reason;
    bool yes = false;
    QString idsFrom;     // cancel: a file of order ids, one a line ("-": stdin); empty: the single ORDER_ID form
    bool dryRun = false; // cancel --ids-from: read and judge every order, send nothing
    QString agentName;   // cancel: who the history entry names; empty: the desktop's setting
    HistoryFilter historyFilter; // history export: --since/--until (UTC), --agent, --account, --outcome
    // subscriptions cancel: the ids (each once, in the order given), FlexPortal's reason, the notes.
    QStringList subscriptionIds;
    std::optional<SubscriptionCancelReason::Value> subscriptionReason;
    QString notes;
};

// The command line, understood: either options to run, or something to print and an exit status.
struct ParsedCommandLine
{
    std::optional<Options> options;
    QString output; // help or version text (stdout), or the error (stderr)
    int exitStatus = ExitOk;
};

ParsedCommandLine parseCommandLine(const QStringList& arguments);

} // namespace OrderDesk::Cli
