#pragma once

#include "offergridorder.h"

namespace OrderDesk {

// The OfferGrid order at one position of the sandbox's list. The first positions hold fixed cases
// (awkward ids and names, a 500-character note, every item status in cancellable and blocking mixes,
// an order spread over four providers); the rest are random but fully determined by orderSeed.
OfferGridOrder generateOfferGridOrder(quint32 orderSeed, int index, qint64 createdAtMs);

int offerGridFixedCaseCount();

} // namespace OrderDesk
