#pragma once

#include "offergridorder.h"

namespace OrderDesk {

// The OfferGrid order at one position of the sandbox's list. The first positions hold fixed cases
// (awkward ids and names, a 500-character note, every item status in cancellable and blocking mixes,
// an order spread over four providers, and the cancel page's cases: og_submitted_0001 and
// og_submitted_0002 with the order status `submitted`, og_rejected_pending (a rejected item and a
// pending one, order pending), og_failed_submitted (a failed item and a submitted_to_provider one,
// order submitted)); the rest are random but fully determined by orderSeed.
OfferGridOrder generateOfferGridOrder(quint32 orderSeed, int index, qint64 createdAtMs);

int offerGridFixedCaseCount();

} // namespace OrderDesk
