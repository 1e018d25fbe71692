#include "order.h"

#include "domain/addressformat.h"

#include <QCoreApplication>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

QString platformKey(Platform platform)
{
    return platform == Platform::FlexPortal ? u"flexportal"_s : u"offergrid"_s;
}

QString platformName(Platform platform)
{
    return platform == Platform::FlexPortal ? QCoreApplication::translate("OrderDesk", "FlexPortal")
                                            : QCoreApplication::translate("OrderDesk", "OfferGrid");
}

std::optional<Platform> platformFromKey(QStringView key)
{
    if (key == u"flexportal")
        return Platform::FlexPortal;
    if (key == u"offergrid")
        return Platform::OfferGrid;
    return std::nullopt;
}

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Open:
        return u"open"_s;
    case Stage::InFulfilment:
        return u"in-fulfilment"_s;
    case Stage::Done:
        return u"done"_s;
    case Stage::Closed:
        return u"closed"_s;
    case Stage::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Open:
        return QCoreApplication::translate("OrderDesk", "Open");
    case Stage::InFulfilment:
        return QCoreApplication::translate("OrderDesk", "In fulfilment");
    case Stage::Done:
        return QCoreApplication::translate("OrderDesk", "Done");
    case Stage::Closed:
        return QCoreApplication::translate("OrderDesk", "Closed");
    case Stage::Unknown:
        break;
    }
    return QCoreApplication::translate("OrderDesk", "Unknown");
}

bool Address::isEmpty() const
{
    return contactName.isEmpty() && company.isEmpty() && street.isEmpty() && building.isEmpty() && locality.isEmpty() &&
           city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
}

QString Address::toMultiLineText() const
{
    return addressLines(*this).join(u'\n');
}

SharedAddress& SharedAddress::operator=(const Address& address)
{
    return *this = Address(address);
}

SharedAddress& SharedAddress::operator=(Address&& address)
{
    if (address.isEmpty())
        m_d.reset();
    else
        edit() = std::move(address);
    return *this;
}

const Address& SharedAddress::operator*() const
{
    static const Address empty;
    return m_d ? m_d->address : empty;
}

Address& SharedAddress::edit()
{
    if (!m_d)
        m_d = new Data;
    return m_d->address; // the non-const arrow unshares first
}

bool Address::operator==(const Address& o) const
{
    return contactName == o.contactName && company == o.company && street == o.street && building == o.building &&
           locality == o.locality && city == o.city && region == o.region && postalCode == o.postalCode &&
           country == o.country;
}

bool Customer::operator==(const Customer& o) const
{
    return id == o.id && firstName == o.firstName && lastName == o.lastName && fullName == o.fullName &&
           email == o.email && company == o.company && phone == o.phone;
}

Progress OrderLine::rentalProgress() const
{
    return {std::min<int>(int(rentalIds.size()), quantity), quantity};
}

const ProviderItem& OrderLine::offerGrid() const
{
    static const ProviderItem blank;
    return m_offerGrid ? m_offerGrid->item : blank;
}

ProviderItem& OrderLine::editOfferGrid()
{
    if (!m_offerGrid)
        m_offerGrid = new SharedItem;
    return m_offerGrid->item; // the non-const arrow detaches a shared part first
}

bool ProviderItem::operator==(const ProviderItem& o) const
{
    return itemId == o.itemId && offerId == o.offerId && offerName == o.offerName && providerId == o.providerId &&
           providerName == o.providerName && itemStatus == o.itemStatus && scheduledFor == o.scheduledFor &&
           providerNotes == o.providerNotes;
}

bool OrderLine::operator==(const OrderLine& o) const
{
    return sku == o.sku && productName == o.productName && quantity == o.quantity && unitPrice == o.unitPrice &&
           contractMonths == o.contractMonths && rentalStatus == o.rentalStatus && rentalIds == o.rentalIds &&
           offerGrid() == o.offerGrid();
}

bool Totals::operator==(const Totals& o) const
{
    return subtotal == o.subtotal && tax == o.tax && total == o.total && currency == o.currency;
}

bool Payment::operator==(const Payment& o) const
{
    return status == o.status && method == o.method && transactionId == o.transactionId && paidAmount == o.paidAmount;
}

bool ProviderProgress::operator==(const ProviderProgress& o) const
{
    return accepted == o.accepted && total == o.total && rejected == o.rejected && failed == o.failed;
}

bool isOfferGridAcceptedOrBeyond(QStringView s)
{
    return s == u"accepted" || s == u"scheduled" || s == u"in_progress" || s == u"completed" || s == u"active";
}

namespace {

Stage flexPortalStage(QStringView s)
{
    if (s == u"pending" || s == u"confirmed")
        return Stage::Open;
    if (s == u"partial")
        return Stage::InFulfilment;
    if (s == u"fulfilled")
        return Stage::Done;
    if (s == u"cancelled")
        return Stage::Closed;
    return Stage::Unknown;
}

Stage offerGridStage(QStringView s)
{
    // `submitted` is the cancel page's word for the order; the item pages say `submitted_to_provider`.
    if (s == u"pending" || s == u"submitted" || s == u"submitted_to_provider")
        return Stage::Open;
    if (s == u"accepted" || s == u"scheduled" || s == u"in_progress")
        return Stage::InFulfilment;
    if (s == u"completed" || s == u"active")
        return Stage::Done;
    if (s == u"cancelled" || s == u"rejected" || s == u"failed")
        return Stage::Closed;
    return Stage::Unknown;
}

// OfferGrid does not document how the order status rolls up from its items; when the order has
// none, take the most advanced live item, and "closed" only when every item is closed. One item of
// an unknown status makes the whole order unknown, wherever it stands in the list.
Stage offerGridRollUp(const QList<OrderLine>& lines)
{
    if (lines.isEmpty())
        return Stage::Unknown;
    bool anyOpen = false;
    bool anyDone = false;
    bool anyInFulfilment = false;
    for (const OrderLine& line : lines) {
        const QString& item = line.offerGrid().itemStatus;
        // `submitted` is an order's word; no documented item status has it.
        switch (item == u"submitted" ? Stage::Unknown : offerGridStage(item)) {
        case Stage::InFulfilment:
            anyInFulfilment = true;
            break;
        case Stage::Unknown:
            return Stage::Unknown;
        case Stage::Open:
            anyOpen = true;
            break;
        case Stage::Done:
            anyDone = true;
            break;
        case Stage::Closed:
            break;
        }
    }
    if (anyInFulfilment)
        return Stage::InFulfilment;
    if (anyDone)
        return Stage::Done;
    return anyOpen ? Stage::Open : Stage::Closed;
}

} // namespace

Stage Order::stage() const
{
    if (platform == Platform::FlexPortal)
        return flexPortalStage(status);
    return status.isEmpty() ? offerGridRollUp(lines) : offerGridStage(status);
}

ProviderProgress Order::providerProgress() const
{
    ProviderProgress p;
    if (platform != Platform::OfferGrid)
        return p;
    p.total = int(lines.size());
    for (const OrderLine& line : lines) {
        if (isOfferGridAcceptedOrBeyond(line.offerGrid().itemStatus))
            ++p.accepted;
        else if (line.offerGrid().itemStatus == u"rejected")
            ++p.rejected;
        else if (line.offerGrid().itemStatus == u"failed")
            ++p.failed;
    }
    return p;
}

Progress Order::progress() const
{
    if (platform == Platform::FlexPortal)
        return rentalProgress;
    const ProviderProgress p = providerProgress();
    return {p.accepted, p.total};
}

QString Order::customerDisplayName() const
{
    QString name = customer.fullName;
    if (name.isEmpty())
        name = QStringList{customer.firstName, customer.lastName}.join(u' ').trimmed();
    if (name.isEmpty())
        name = customer.company;
    return name;
}

bool Order::operator==(const Order& o) const
{
    return platform == o.platform && accountId == o.accountId && id == o.id && status == o.status &&
           orderType == o.orderType && customer == o.customer && billingAddress == o.billingAddress &&
           shippingAddress == o.shippingAddress && lines == o.lines && totals == o.totals && payment == o.payment &&
           notes == o.notes && trackingNumber == o.trackingNumber && rentalProgress == o.rentalProgress &&
           rentalIds == o.rentalIds && createdAt == o.createdAt && updatedAt == o.updatedAt && shippedAt == o.shippedAt;
}

} // namespace OrderDesk
