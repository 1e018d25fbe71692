#include "cancelattempts.h"

#include "itemmodels/orderlistmodel.h"
#include "loginname.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace OrderDesk {

AgentInfo AgentInfo::fromEnvironment(const QString& configuredName)
{
    AgentInfo a;
    a.name = configuredName.trimmed();
    // Someone is always named: the setting, the session's user, else the operating system's account.
    for (const char* variable : {"USER", "USERNAME"}) {
        if (a.name.isEmpty())
            a.name = qEnvironmentVariable(variable).trimmed();
    }
    if (a.name.isEmpty())
        a.name = operatingSystemLoginName();
    a.machine = QSysInfo::machineHostName();
    a.appVersion = QCoreApplication::applicationVersion();
    return a;
}

CancelAttempt pendingCancelAttempt(const Order& order, const Account& account, const CancelReason& reason,
                                   const AgentInfo& agent)
{
    CancelAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.agent = agent.name;
    attempt.machine = agent.machine;
    attempt.appVersion = agent.appVersion;
    attempt.accountId = order.accountId;
    attempt.platform = platformKey(order.platform);
    attempt.baseUrl = account.baseUrl.toString();
    attempt.orderId = order.id;
    attempt.customer = order.customerDisplayName();
    attempt.statusBefore = order.status;
    attempt.progressBefore = OrderListModel::progressText(order);
    attempt.reasonPreset = CancelReason::presetKey(reason.preset);
    attempt.reasonText = reason.toRequestText();
    return attempt;
}

void completeCancelAttempt(CancelAttempt* attempt, const CancelOutcome& outcome)
{
    attempt->completedAt = QDateTime::currentDateTimeUtc();
    attempt->outcome = outcome.kindKey();
    attempt->httpStatus = outcome.httpStatus;
    if (outcome.error) {
        attempt->errorCode = outcome.error->code.isEmpty() ? outcome.error->kindKey() : outcome.error->code;
        attempt->message = outcome.error->message;
    }
    if (outcome.order)
        attempt->reReadStatus = outcome.order->status;
    attempt->platformMessage = outcome.platformMessage;
    attempt->reasonNotTaken = outcome.reasonNotTaken;
}

CancelAttempt pendingSubscriptionCancelAttempt(const Account& account, const Order* order,
                                               const QString& subscriptionId, SubscriptionCancelReason::Value reason,
                                               const QString& notes, const AgentInfo& agent)
{
    CancelAttempt attempt;
    attempt.kind = QStringLiteral("subscription");
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.agent = agent.name;
    attempt.machine = agent.machine;
    attempt.appVersion = agent.appVersion;
    attempt.accountId = account.id;
    attempt.platform = platformKey(Platform::FlexPortal);
    attempt.baseUrl = account.baseUrl.toString();
    if (order) {
        attempt.orderId = order->id;
        attempt.customer = order->customerDisplayName();
        attempt.statusBefore = order->status;
        attempt.progressBefore = OrderListModel::progressText(*order);
    }
    attempt.subscriptionId = subscriptionId;
    attempt.reasonPreset = SubscriptionCancelReason::apiValue(reason);
    attempt.reasonText = attempt.reasonPreset; // what is sent as `reason`
    attempt.notes = SubscriptionCancelReason::normalizedNotes(notes);
    return attempt;
}

void completeSubscriptionCancelAttempt(CancelAttempt* attempt, const SubscriptionCancelOutcome& outcome)
{
    attempt->completedAt = QDateTime::currentDateTimeUtc();
    attempt->outcome = outcome.kindKey();
    attempt->httpStatus = outcome.httpStatus;
    if (outcome.error) {
        attempt->errorCode = outcome.error->code.isEmpty() ? outcome.error->kindKey() : outcome.error->code;
        attempt->message = outcome.error->message;
    }
    attempt->platformMessage = outcome.platformMessage;
    attempt->assetSerial = outcome.assetSerialNumber;
}

} // namespace OrderDesk
