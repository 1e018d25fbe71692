#pragma once

#include "flexportalorder.h"

namespace OrderDesk {

// The FlexPortal order at one position of the sandbox's list. The first positions hold fixed,
// awkward cases (ids with '/', '#', '%', '?', spaces and non-ASCII, right-to-left and emoji names,
// no items, fifty items, inconsistent rental data, every status cancellable and not); the rest
// are random but fully determined by orderSeed. Same arguments, same order, byte for byte.
FlexPortalOrder generateFlexPortalOrder(quint32 orderSeed, int index, qint64 createdAtMs, const QByteArray& tenantId);

// How many positions at the start of the list hold fixed cases.
int flexPortalFixedCaseCount();

// One FlexPortal subscription (rental) as the sandbox generates it. Not part of the order's JSON: the
// Order schema lists subscription ids (rentalIds), never their states.
struct FlexPortalSubscription
{
    QByteArray status;            // a SubscriptionStatus value: active, cancelled, ended_completed, ...
    QByteArray assetSerialNumber; // the rented device
};

// The subscriptions of the order generated at `index` from `orderSeed`: one per device unit, in the
// order of its unitRentalIds; the platform holds only the first rentedDevices of them. Mostly active,
// some cancelled, some ended (completed, bought out, upgraded, returned early); ord_fifty_lines holds
// every state in turn (unit k: active, cancelled, ended_completed, ended_buyout, ended_upgrade,
// ended_early_return, then again), the other fixed cases only active ones. Drawn from a stream of their
// own, so that the orders are byte for byte what they were before subscriptions had states.
QList<FlexPortalSubscription> generateFlexPortalSubscriptions(const FlexPortalOrder& order, quint32 orderSeed,
                                                              int index);

} // namespace OrderDesk
