#pragma once

#include "api/account.h"
#include "api/apijobs.h"
#include "domain/cancellationpolicy.h"
#include "history/cancelattempt.h"

#include <QString>

namespace OrderDesk {

// Who is working: written into every history entry.
struct AgentInfo
{
    QString name;
    QString machine;
    QString appVersion;

    static AgentInfo fromEnvironment(const QString& configuredName = {});
};

// The history entry of a cancel about to be sent: who, to which address, which order in which state,
// and the reason as it will be sent. Shared by the desktop's cancel service and orderdesk-cli, so that
// both write the same entry for the same attempt.
CancelAttempt pendingCancelAttempt(const Order& order, const Account& account, const CancelReason& reason,
                                   const AgentInfo& agent);

// Completes the entry with what came of the request: the outcome, the HTTP status, the platform's
// code (or the error's kind), its message and the status the order was read back with.
void completeCancelAttempt(CancelAttempt* attempt, const CancelOutcome& outcome);

} // namespace OrderDesk
