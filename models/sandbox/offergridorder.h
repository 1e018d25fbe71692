#pragma once

#include "isotime.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace OrderDesk {

// One OfferGrid reseller order as the sandbox generates it, shaped like `ResellerOrder` in
// offergrid-reseller-orders.yaml: one item per offer, each routed to the offer's provider with its
// own status, and an order-level status that rolls the items up. Text is UTF-8; empty = absent.
struct OfferGridItem
{
    QByteArray itemId;
    QByteArray offerId;
    QByteArray offerName;
    QByteArray providerId;
    QByteArray providerName;
    QByteArray status;
    QByteArray providerNotes;
    qint64 scheduledForMs = -1; // written while the item is scheduled or in progress
    TimeStyle scheduledForStyle = TimeStyle::Utc;
    qint64 createdAtMs = 0;
    TimeStyle createdAtStyle = TimeStyle::Utc;
};

struct OfferGridHistoryEntry
{
    QByteArray status;
    qint64 timestampMs = 0;
    TimeStyle style = TimeStyle::Utc;
    QByteArray notes;
    QByteArray providerNotes;
    qint64 scheduledForMs = -1;
};

struct OfferGridOrder
{
    QByteArray orderId;
    QByteArray status;
    QList<OfferGridItem> items;
    QByteArray fullName;
    QByteArray email;
    QByteArray phone;
    QByteArray street;
    QByteArray city;
    QByteArray state;
    QByteArray zipCode;
    QByteArray country;
    QByteArray notes;
    QList<std::pair<QByteArray, QByteArray>> metadata;
    QList<OfferGridHistoryEntry> history;
    qint64 createdAtMs = 0;
    TimeStyle createdAtStyle = TimeStyle::Utc;
    qint64 updatedAtMs = 0;
    TimeStyle updatedAtStyle = TimeStyle::Utc;

    QByteArray toJson() const;
};

namespace OfferGridStatus {

// The ten documented item statuses, in the order the docs list them.
const QList<QByteArray>& all();
bool isKnown(QByteArrayView status);
// What an order's own status may be: the ten, and `submitted`, the cancel page's own word
// ("Cancel a pending or submitted order").
const QList<QByteArray>& allOrderStatuses();
bool isKnownOrderStatus(QByteArrayView status);
// pending or submitted_to_provider: no provider has accepted yet, nor turned it down.
bool isOpen(QByteArrayView status);
// The cancel page's order statuses: pending, submitted or submitted_to_provider.
bool isCancellableOrderStatus(QByteArrayView status);
// accepted, scheduled, in_progress, active or completed: a provider took the item on.
bool isAcceptedOrBeyond(QByteArrayView status);
// Whether an item in this status stops the reseller's cancel: accepted or beyond, or a status the
// sandbox does not know. Open items and rejected, failed or cancelled ones do not.
bool blocksCancel(QByteArrayView status);
// The order-level status for these item statuses: the least advanced of the items still alive;
// when none is alive, failed before rejected before cancelled.
QByteArray rollUp(const QList<QByteArray>& itemStatuses);

} // namespace OfferGridStatus

} // namespace OrderDesk
