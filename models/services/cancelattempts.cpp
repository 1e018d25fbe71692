#include "cancelattempts.h"

#include "itemmodels/orderlistmodel.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace OrderDesk {

AgentInfo AgentInfo::fromEnvironment(const QString& configuredName)
{
    AgentInfo a;
    a.name = configuredName.trimmed();
    if (a.name.isEmpty())
        a.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
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

} // namespace OrderDesk
