#include "flexportalorder.h"

#include "jsonwriter.h"

#include <algorithm>

namespace OrderDesk {

namespace {

void writeAddress(JsonWriter& w, QByteArrayView name, const FlexPortalAddress& a)
{
    w.key(name).beginObject();
    w.field("contactName", a.contactName);
    w.optionalField("company", a.company);
    w.optionalField("buildingInfo", a.buildingInfo);
    w.field("streetAddress", a.streetAddress);
    w.optionalField("locality", a.locality);
    w.field("city", a.city);
    w.optionalField("adminArea", a.adminArea);
    if (a.postalCodeKind == FlexPortalAddress::PostalCode::Present)
        w.field("postalCode", a.postalCode);
    else if (a.postalCodeKind == FlexPortalAddress::PostalCode::Null)
        w.key("postalCode").null();
    w.field("country", a.country);
    w.endObject();
}

void writeItem(JsonWriter& w, const FlexPortalItem& item)
{
    w.beginObject();
    w.optionalField("productId", item.productId);
    w.optionalField("productImageUrl", item.productImageUrl);
    w.optionalField("variantId", item.variantId);
    w.field("sku", item.sku);
    w.field("productName", item.productName);
    w.fieldInt("quantity", item.quantity);
    w.fieldCents("unitPrice", item.unitPriceCents);
    w.fieldInt("contractLength", item.contractLength);
    if (item.listPriceCents >= 0)
        w.fieldCents("listPrice", item.listPriceCents);
    w.optionalField("listPriceSource", item.listPriceSource);
    if (item.acquisitionCostCents >= 0)
        w.fieldCents("acquisitionCost", item.acquisitionCostCents);
    w.optionalField("acquisitionCostSource", item.acquisitionCostSource);
    if (item.usedListPriceAsAcquisition >= 0)
        w.fieldBool("usedListPriceAsAcquisition", item.usedListPriceAsAcquisition == 1);
    if (item.rentalFields) {
        w.key("rentalIds").beginArray();
        for (const QByteArray& id : item.rentalIds)
            w.string(id);
        w.endArray();
        w.field("rentalStatus", item.rentalStatus);
    }
    w.endObject();
}

} // namespace

int FlexPortalOrder::deviceCount() const
{
    int total = 0;
    for (const FlexPortalItem& item : items)
        total += item.quantity;
    return total;
}

void FlexPortalOrder::setRentedDevices(int rented)
{
    const int total = deviceCount();
    rentedDevices = std::clamp(rented, 0, std::min<int>(total, int(unitRentalIds.size())));
    int next = 0;
    for (FlexPortalItem& item : items) {
        const int take = std::min(item.quantity, rentedDevices - next);
        item.rentalIds = unitRentalIds.mid(next, take);
        next += take;
        item.rentalStatus = take == 0               ? QByteArray("pending")
                            : take == item.quantity ? QByteArray("completed")
                                                    : QByteArray("partial");
    }
}

void FlexPortalOrder::computeTotals(int taxRatePermille)
{
    subtotalCents = 0;
    for (const FlexPortalItem& item : items)
        subtotalCents += item.unitPriceCents * item.quantity;
    taxCents = (subtotalCents * taxRatePermille + 500) / 1000;
    totalCents = subtotalCents + taxCents;
}

QByteArray FlexPortalOrder::toJson() const
{
    QByteArray out;
    out.reserve(1536 + items.size() * 320);
    JsonWriter w(&out);
    w.beginObject();
    w.field("orderId", orderId);
    w.field("tenantId", tenantId);
    w.field("status", status);
    w.field("orderType", orderType);

    w.key("customer").beginObject();
    w.field("customerId", customerId);
    w.field("email", email);
    w.field("firstName", firstName);
    w.field("lastName", lastName);
    w.optionalField("company", company);
    w.optionalField("phone", phone);
    w.optionalField("customerType", customerType);
    w.endObject();

    writeAddress(w, "billingAddress", billingAddress);
    writeAddress(w, "shippingAddress", shippingAddress);

    w.key("items").beginArray();
    for (const FlexPortalItem& item : items)
        writeItem(w, item);
    w.endArray();

    w.key("totals").beginObject();
    w.fieldCents("subtotal", subtotalCents);
    if (taxCents >= 0)
        w.fieldCents("taxAmount", taxCents);
    w.fieldCents("total", totalCents);
    w.field("currency", currency);
    w.fieldInt("totalDevices", std::max(1, deviceCount())); // the schema demands at least 1
    w.endObject();

    if (hasPayment) {
        w.key("payment").beginObject();
        w.optionalField("status", paymentStatus);
        w.optionalField("method", paymentMethod);
        w.optionalField("transactionId", transactionId);
        if (paidAmountCents >= 0)
            w.fieldCents("paidAmount", paidAmountCents);
        if (manuallyMarked >= 0)
            w.fieldBool("manuallyMarked", manuallyMarked == 1);
        w.endObject();
    }

    if (customFieldsKind == CustomFields::Null) {
        w.key("customFields").null();
    } else if (customFieldsKind == CustomFields::Object) {
        w.key("customFields").beginObject();
        for (const auto& [name, value] : customFields)
            w.field(name, value);
        w.endObject();
    }

    w.key("rentalProgress").beginObject();
    w.fieldInt("totalDevices", deviceCount());
    w.fieldInt("rentedDevices", rentedDevices);
    w.endObject();
    w.key("rentalIds").beginArray();
    for (int i = 0; i < rentedDevices; ++i)
        w.string(unitRentalIds.at(i));
    w.endArray();

    w.optionalField("billingGroupId", billingGroupId);
    w.optionalField("trackingNumber", trackingNumber);
    if (shippedAtMs >= 0)
        w.field("shippedAt", formatIsoTime(shippedAtMs, shippedAtStyle));
    w.field("createdAt", formatIsoTime(createdAtMs, createdAtStyle));
    w.field("updatedAt", formatIsoTime(updatedAtMs, updatedAtStyle));
    w.field("createdBy", createdBy);
    w.optionalField("notes", notes);

    if (hasExtension) {
        w.key("extensionDetails").beginObject();
        w.field("originalOrderId", extensionOriginalOrderId);
        w.fieldInt("extensionMonths", extensionMonths);
        w.field("previousEndDate", extensionPreviousEndDate);
        w.field("newEndDate", extensionNewEndDate);
        w.optionalField("reason", extensionReason);
        w.endObject();
    }
    if (hasUpgrade) {
        w.key("upgradeDetails").beginObject();
        w.field("previousDevice", upgradePreviousDevice);
        w.field("previousSerialNumber", upgradePreviousSerialNumber);
        w.fieldCents("previousMonthlyAmount", upgradePreviousMonthlyAmountCents);
        w.field("previousRentalId", upgradePreviousRentalId);
        w.optionalField("upgradeReason", upgradeReason);
        w.endObject();
    }
    w.endObject();
    return out;
}

} // namespace OrderDesk
