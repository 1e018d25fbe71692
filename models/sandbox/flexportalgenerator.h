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

} // namespace OrderDesk
