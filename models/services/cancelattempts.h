#pragma once

#include "api/account.h"
#include "api/apijobs.h"
#include "domain/cancellationpolicy.h"
#include "domain/subscriptioncancelreason.h"
#include "history/cancelattempt.h"

#include <QString>

namespace OrderDesk {

// Who is working: written into every history entry.
struct AgentInfo
{
    QString name;
    QString machine;
    QString appVersion;

    // The name is the configured one; without one $USER, then $USERNAME, then the operating system's
    // login name (loginname.h), so that an entry always names someone.
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

// The history entry of one FlexPortal subscription cancel about to be sent: kind "subscription", the
// subscription id, FlexPortal's reason value (reasonPreset, and reasonText: what is sent) and the
// notes as they are sent. `order` is the order the subscription belongs to, when the caller knows it
// (the desk does; orderdesk-cli, given subscription ids only, does not: FlexPortal reads no
// subscription). Shared by the desk's SubscriptionCancelService and orderdesk-cli.
CancelAttempt pendingSubscriptionCancelAttempt(const Account& account, const Order* order,
                                               const QString& subscriptionId, SubscriptionCancelReason::Value reason,
                                               const QString& notes, const AgentInfo& agent);

// Completes a subscription cancel's entry: the outcome, the HTTP status, FlexPortal's code (or the
// error's kind), the message, what FlexPortal said and the asset serial number it returned.
void completeSubscriptionCancelAttempt(CancelAttempt* attempt, const SubscriptionCancelOutcome& outcome);

} // namespace OrderDesk
