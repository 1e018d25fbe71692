// Where an order's parts are kept: equal text shared within an order (shareRepeatedText), and a
// row's own copy kept of what a newer read did not change (takeChanges).
#include "domain/order.h"

namespace OrderDesk {

namespace {

// The order's rental ids are those of its lines again: each shares its line's copy. Bounded, so
// that an order with thousands of ids costs no more than a glance (and simply shares less).
void shareRentalIds(Order& order)
{
    constexpr int MostComparisons = 4096;
    int comparisons = 0;
    for (const OrderLine& line : std::as_const(order.lines)) {
        for (const QString& lineId : line.rentalIds) {
            for (QString& id : order.rentalIds) {
                if (++comparisons > MostComparisons)
                    return;
                if (id == lineId) {
                    if (!id.isSharedWith(lineId))
                        id = lineId;
                    break;
                }
            }
        }
    }
}

} // namespace

void shareRepeatedText(Order& order)
{
    // Edits only a field that is not shared yet, so an address shared already stays shared.
    const auto share = [](SharedAddress& address, QString Address::*field, const QString& original) {
        const QString& copy = (*address).*field;
        if (!copy.isEmpty() && copy == original && !copy.isSharedWith(original))
            address.edit().*field = original;
    };
    shareRentalIds(order);
    share(order.billingAddress, &Address::contactName, order.customer.fullName);
    share(order.shippingAddress, &Address::contactName, order.customer.fullName);
    if (order.shippingAddress == order.billingAddress) {
        order.shippingAddress.shareWith(order.billingAddress);
        return;
    }
    share(order.shippingAddress, &Address::contactName, order.billingAddress->contactName);
    share(order.shippingAddress, &Address::street, order.billingAddress->street);
}

namespace {

// `held` takes `fresh`'s value only when the two differ, so an equal one keeps its own copy.
template <typename T> void take(T& held, const T& fresh)
{
    if (!(held == fresh))
        held = fresh;
}

void takeChanges(Customer& held, const Customer& fresh)
{
    take(held.id, fresh.id);
    take(held.firstName, fresh.firstName);
    take(held.lastName, fresh.lastName);
    take(held.fullName, fresh.fullName);
    take(held.email, fresh.email);
    take(held.company, fresh.company);
    take(held.phone, fresh.phone);
}

void takeChanges(OrderLine& held, const OrderLine& fresh)
{
    take(held.sku, fresh.sku);
    take(held.productName, fresh.productName);
    held.quantity = fresh.quantity;
    held.unitPrice = fresh.unitPrice;
    held.contractMonths = fresh.contractMonths;
    take(held.rentalStatus, fresh.rentalStatus);
    take(held.rentalIds, fresh.rentalIds);
    const ProviderItem& now = fresh.offerGrid();
    if (held.offerGrid() == now)
        return;
    // An OfferGrid cancel changes an item's status and leaves its other seven fields as they were.
    ProviderItem& item = held.editOfferGrid(); // in place, unless a copy of the row shares it
    take(item.itemId, now.itemId);
    take(item.offerId, now.offerId);
    take(item.offerName, now.offerName);
    take(item.providerId, now.providerId);
    take(item.providerName, now.providerName);
    take(item.itemStatus, now.itemStatus);
    item.scheduledFor = now.scheduledFor;
    take(item.providerNotes, now.providerNotes);
}

} // namespace

void takeChanges(Order& held, const Order& fresh)
{
    held.platform = fresh.platform;
    take(held.accountId, fresh.accountId);
    take(held.id, fresh.id);
    take(held.status, fresh.status);
    take(held.orderType, fresh.orderType);
    takeChanges(held.customer, fresh.customer);
    // Addresses: taken whole or not at all (a cancel changes neither). A shipping address that is
    // the billing one stays one with it.
    take(held.billingAddress, fresh.billingAddress);
    if (!(held.shippingAddress == fresh.shippingAddress)) {
        if (fresh.shippingAddress.isSharedWith(fresh.billingAddress))
            held.shippingAddress.shareWith(held.billingAddress);
        else
            held.shippingAddress = fresh.shippingAddress;
    }
    if (held.lines.size() != fresh.lines.size()) {
        held.lines = fresh.lines;
    } else {
        for (qsizetype i = 0; i < fresh.lines.size(); ++i) {
            if (!(held.lines.at(i) == fresh.lines.at(i)))
                takeChanges(held.lines[i], fresh.lines.at(i));
        }
    }
    held.totals.subtotal = fresh.totals.subtotal;
    held.totals.tax = fresh.totals.tax;
    held.totals.total = fresh.totals.total;
    take(held.totals.currency, fresh.totals.currency);
    take(held.payment.status, fresh.payment.status);
    take(held.payment.method, fresh.payment.method);
    take(held.payment.transactionId, fresh.payment.transactionId);
    held.payment.paidAmount = fresh.payment.paidAmount;
    take(held.notes, fresh.notes);
    take(held.trackingNumber, fresh.trackingNumber);
    held.rentalProgress = fresh.rentalProgress;
    take(held.rentalIds, fresh.rentalIds);
    held.createdAt = fresh.createdAt; // (a UTC date and time is held in place: nothing to keep)
    held.updatedAt = fresh.updatedAt;
    held.shippedAt = fresh.shippedAt;
    held.listFingerprint = fresh.listFingerprint;
    held.unchangedSinceListed = fresh.unchangedSinceListed;
}

} // namespace OrderDesk
