#pragma once

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// One cancel attempt as the history keeps it: written as "pending" before the request goes out,
// completed with what came of it. Never holds a secret. Of an order, or of one of its subscriptions.
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
    QString reasonPreset; // CancelReason::presetKey()
    QString reasonText;   // what was sent
    // pending, cancelled, already-cancelled, already-ended (a subscription only), refused, failed, unknown
    QString outcome = QStringLiteral("pending");
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString reReadStatus;        // the order's status as read back after the attempt, when known
    QString platformMessage;     // what the platform said about the cancel (FlexPortal's "Order ... cancelled", ...)
    bool reasonNotTaken = false; // the platform refused the reason, so the cancel went again without it
    // Schema 4 (issue 17): what was cancelled. "order", or "subscription": one FlexPortal subscription
    // of the order `orderId`, whose reason is the platform's API value (in reasonPreset; reasonText
    // holds its label) with the agent's free text in `notes`.
    QString kind = QStringLiteral("order");
    QString subscriptionId; // a subscription attempt's id; empty for an order
    QString notes;          // a subscription cancel's notes as sent (trimmed); empty for none
    QString assetSerial;    // the asset FlexPortal flagged for collection, when it said
    QString batchId;        // attempts of one bulk run share it; empty for a single cancel

    bool isSubscription() const { return kind == u"subscription"; }
};

} // namespace OrderDesk
