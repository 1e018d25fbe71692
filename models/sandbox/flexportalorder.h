#pragma once

#include "isotime.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace OrderDesk {

// One FlexPortal order as the sandbox generates it, shaped like the `Order` schema of
// flexportal-orders.yaml. Text is UTF-8; empty optional text means "field absent", -1 means
// "number absent". toJson() writes every required field, always valid against the schema.
struct FlexPortalAddress
{
    enum class PostalCode : quint8
    {
        Present,
        Null,
        Absent
    };

    QByteArray contactName;
    QByteArray company;
    QByteArray buildingInfo;
    QByteArray streetAddress;
    QByteArray locality;
    QByteArray city;
    QByteArray adminArea;
    QByteArray postalCode;
    PostalCode postalCodeKind = PostalCode::Present;
    QByteArray country;
};

struct FlexPortalItem
{
    QByteArray productId;
    QByteArray variantId;
    QByteArray productImageUrl;
    QByteArray sku;
    QByteArray productName;
    int quantity = 1;
    qint64 unitPriceCents = 0;
    int contractLength = 12;
    qint64 listPriceCents = -1;
    QByteArray listPriceSource;
    qint64 acquisitionCostCents = -1;
    QByteArray acquisitionCostSource;
    int usedListPriceAsAcquisition = -1; // -1 absent, 0 false, 1 true
    bool rentalFields = true;            // rentalIds and rentalStatus written (both optional)
    QList<QByteArray> rentalIds;         // set by FlexPortalOrder::setRentedDevices()
    QByteArray rentalStatus;
};

struct FlexPortalOrder
{
    enum class CustomFields : quint8
    {
        Absent,
        Null,
        Object
    };

    QByteArray orderId;
    QByteArray tenantId;
    QByteArray status;
    QByteArray orderType;

    QByteArray customerId;
    QByteArray email;
    QByteArray firstName;
    QByteArray lastName;
    QByteArray company;
    QByteArray phone;
    QByteArray customerType;

    FlexPortalAddress billingAddress;
    FlexPortalAddress shippingAddress;
    QList<FlexPortalItem> items;

    qint64 subtotalCents = 0;
    qint64 taxCents = -1;
    qint64 totalCents = 0;
    QByteArray currency;

    bool hasPayment = false;
    QByteArray paymentStatus;
    QByteArray paymentMethod;
    QByteArray transactionId;
    qint64 paidAmountCents = -1;
    int manuallyMarked = -1; // -1 absent

    CustomFields customFieldsKind = CustomFields::Absent;
    QList<std::pair<QByteArray, QByteArray>> customFields;

    int rentedDevices = 0;
    QList<QByteArray> unitRentalIds; // one subscription id per device unit; the first rentedDevices are used

    QByteArray billingGroupId;
    QByteArray trackingNumber;
    qint64 shippedAtMs = -1;
    TimeStyle shippedAtStyle = TimeStyle::Utc;
    qint64 createdAtMs = 0;
    TimeStyle createdAtStyle = TimeStyle::Utc;
    qint64 updatedAtMs = 0;
    TimeStyle updatedAtStyle = TimeStyle::Utc;
    QByteArray createdBy;
    QByteArray notes;

    bool hasExtension = false;
    QByteArray extensionOriginalOrderId;
    int extensionMonths = 0;
    QByteArray extensionPreviousEndDate;
    QByteArray extensionNewEndDate;
    QByteArray extensionReason;

    bool hasUpgrade = false;
    QByteArray upgradePreviousDevice;
    QByteArray upgradePreviousSerialNumber;
    qint64 upgradePreviousMonthlyAmountCents = 0;
    QByteArray upgradePreviousRentalId;
    QByteArray upgradeReason;

    int deviceCount() const; // sum of the items' quantities
    // Rents out the first `rented` units (clamped to 0..deviceCount): fills rentalIds at order and item
    // level and each item's rentalStatus, so that they always agree with rentalProgress.
    void setRentedDevices(int rented);
    // Recomputes subtotal, tax and total from the items (tax is taxRatePermille of the subtotal).
    void computeTotals(int taxRatePermille);
    QByteArray toJson() const;
};

} // namespace OrderDesk
