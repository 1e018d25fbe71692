#pragma once

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// One cancel attempt as the history keeps it: written as "pending" before the request goes out,
// completed with what came of it. Never holds a secret.
struct CancelAttempt
{
    qint64 id = 0;
    QString uuid;          // stable across stores: a local entry copied to the team's database stays one entry
    QDateTime startedAt;   // UTC
    QDateTime completedAt; // UTC; invalid while pending
    QString agent;
    QString machine;
    QString appVersion;
    QString accountId;
    QString platform; // platformKey()
    QString baseUrl;  // region or base URL the request went to
    QString orderId;
    QString customer;
    QString statusBefore;
    QString progressBefore;
    QString reasonPreset;                        // CancelReason::presetKey()
    QString reasonText;                          // what was sent
    QString outcome = QStringLiteral("pending"); // pending, cancelled, already-cancelled, refused, failed, unknown
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString reReadStatus;        // the order's status as read back after the attempt, when known
    QString platformMessage;     // what the platform said about the cancel (FlexPortal's "Order ... cancelled", ...)
    bool reasonNotTaken = false; // the platform refused the reason, so the cancel went again without it
};

} // namespace OrderDesk
