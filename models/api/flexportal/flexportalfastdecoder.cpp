// FlexPortalDecoder::decodePageFast(): the page, read with simdjson into the same Order values as
// decodeOrderObject() reads, for the well-formed case only (see api/fastjson.h).
#include "flexportaldecoder.h"

#ifdef ORDERDESK_HAVE_SIMDJSON

#include "api/fastjson.h"

namespace OrderDesk::FlexPortalDecoder {

namespace {

using namespace FastJson;
bool readAddress(Element e, SharedAddress* out)
{
    Address a;
    const bool ok = forEachField(e, [&a](std::string_view key, Element value) {
        if (key == "contactName")
            return text(value, &a.contactName);
        if (key == "company")
            return text(value, &a.company);
        if (key == "streetAddress")
            return text(value, &a.street);
        if (key == "buildingInfo")
            return text(value, &a.building);
        if (key == "locality")
            return token(value, &a.locality);
        if (key == "city")
            return token(value, &a.city);
        if (key == "adminArea")
            return token(value, &a.region);
        if (key == "postalCode")
            return token(value, &a.postalCode);
        if (key == "country")
            return token(value, &a.country);
        return true;
    });
    if (ok)
        *out = std::move(a);
    return ok;
}

bool readCustomer(Element e, Customer* out)
{
    Customer c;
    const bool ok = forEachField(e, [&c](std::string_view key, Element value) {
        if (key == "customerId")
            return text(value, &c.id);
        if (key == "firstName")
            return text(value, &c.firstName);
        if (key == "lastName")
            return text(value, &c.lastName);
        if (key == "email")
            return text(value, &c.email);
        if (key == "company")
            return text(value, &c.company);
        if (key == "phone")
            return text(value, &c.phone);
        return true;
    });
    if (!ok)
        return false;
    c.fullName = QStringList{c.firstName, c.lastName}.join(u' ').trimmed();
    *out = std::move(c);
    return true;
}

bool readLine(Element e, OrderLine* out)
{
    if (e.type() != Type::OBJECT)
        return false;
    OrderLine l;
    for (const auto& [key, value] : objectOf(e)) {
        bool ok = true;
        if (key == "sku")
            ok = token(value, &l.sku);
        else if (key == "productName")
            ok = token(value, &l.productName);
        else if (key == "quantity") {
            l.quantity = 0;
            ok = integer(value, &l.quantity);
        } else if (key == "unitPrice")
            ok = number(value, &l.unitPrice);
        else if (key == "contractLength")
            ok = number(value, &l.contractMonths);
        else if (key == "rentalStatus")
            ok = token(value, &l.rentalStatus);
        else if (key == "rentalIds")
            ok = textList(value, &l.rentalIds);
        if (!ok)
            return false;
    }
    *out = std::move(l);
    return true;
}

bool readLines(Element e, QList<OrderLine>* out)
{
    std::optional<simdjson::dom::array> items;
    if (!array(e, &items))
        return false;
    QList<OrderLine> lines;
    if (items) {
        lines.reserve(qsizetype(items->size()));
        for (Element item : *items) {
            if (!readLine(item, &lines.emplace_back()))
                return false;
        }
    }
    *out = std::move(lines);
    return true;
}

// Totals, and the totals' device count that stands in for a rentalProgress without one.
bool readTotals(Element e, Totals* out, int* totalDevices)
{
    Totals t;
    int devices = 0;
    const bool ok = forEachField(e, [&t, &devices](std::string_view key, Element value) {
        if (key == "subtotal")
            return number(value, &t.subtotal);
        if (key == "taxAmount")
            return number(value, &t.tax);
        if (key == "total")
            return number(value, &t.total);
        if (key == "currency")
            return token(value, &t.currency);
        if (key == "totalDevices") {
            devices = 0;
            return integer(value, &devices);
        }
        return true;
    });
    if (ok) {
        *out = std::move(t);
        *totalDevices = devices;
    }
    return ok;
}

bool readPayment(Element e, Payment* out)
{
    Payment p;
    const bool ok = forEachField(e, [&p](std::string_view key, Element value) {
        if (key == "status")
            return token(value, &p.status);
        if (key == "method")
            return token(value, &p.method);
        if (key == "transactionId")
            return text(value, &p.transactionId);
        if (key == "paidAmount")
            return number(value, &p.paidAmount);
        return true;
    });
    if (ok)
        *out = std::move(p);
    return ok;
}

// rentedDevices, and totalDevices when the object has it (not null).
bool readRentalProgress(Element e, int* rented, int* total, bool* hasTotal)
{
    *rented = 0;
    *total = 0;
    *hasTotal = false;
    return forEachField(e, [=](std::string_view key, Element value) {
        if (key == "rentedDevices") {
            *rented = 0;
            return integer(value, rented);
        }
        if (key == "totalDevices") {
            *total = 0;
            *hasTotal = !isNull(value);
            return integer(value, total);
        }
        return true;
    });
}

bool readOrder(Element e, Order* out)
{
    if (e.type() != Type::OBJECT)
        return false;
    Order o;
    o.platform = Platform::FlexPortal;
    int totalsDevices = 0;
    int progressTotal = 0;
    bool hasProgressTotal = false;
    for (const auto& [key, value] : objectOf(e)) {
        bool ok = true;
        if (key == "orderId")
            ok = text(value, &o.id);
        else if (key == "status")
            ok = token(value, &o.status);
        else if (key == "orderType")
            ok = token(value, &o.orderType);
        else if (key == "customer")
            ok = readCustomer(value, &o.customer);
        else if (key == "billingAddress")
            ok = readAddress(value, &o.billingAddress);
        else if (key == "shippingAddress")
            ok = readAddress(value, &o.shippingAddress);
        else if (key == "items")
            ok = readLines(value, &o.lines);
        else if (key == "totals")
            ok = readTotals(value, &o.totals, &totalsDevices);
        else if (key == "payment")
            ok = readPayment(value, &o.payment);
        else if (key == "rentalProgress")
            ok = readRentalProgress(value, &o.rentalProgress.done, &progressTotal, &hasProgressTotal);
        else if (key == "rentalIds")
            ok = textList(value, &o.rentalIds);
        else if (key == "notes")
            ok = text(value, &o.notes);
        else if (key == "trackingNumber")
            ok = text(value, &o.trackingNumber);
        else if (key == "createdAt")
            ok = timestamp(value, &o.createdAt);
        else if (key == "updatedAt")
            ok = timestamp(value, &o.updatedAt);
        else if (key == "shippedAt")
            ok = timestamp(value, &o.shippedAt);
        if (!ok)
            return false;
    }
    o.rentalProgress.total = hasProgressTotal ? progressTotal : totalsDevices;
    // What the full path reports as an error is left to it.
    if (o.id.isEmpty() || o.status.isEmpty() || o.rentalProgress.done < 0 || o.rentalProgress.total < 0)
        return false;
    shareRepeatedText(o);
    *out = std::move(o);
    return true;
}

} // namespace

std::optional<FlexPortalPage> decodePageFast(const QByteArray& body, const KnownOrders* known)
{
    const Document doc(body);
    if (!doc.ok() || doc.root().type() != Type::OBJECT)
        return std::nullopt;
    FlexPortalPage page;
    bool sawOrders = false;
    std::optional<bool> hasMore;
    for (const auto& [key, value] : objectOf(doc.root())) {
        bool ok = true;
        if (key == "orders") {
            std::optional<simdjson::dom::array> orders;
            ok = array(value, &orders) && orders;
            sawOrders = ok;
            QList<Order> decoded;
            ok = ok && readOrders(*orders, Platform::FlexPortal, known, &decoded, readOrder);
            page.orders = std::move(decoded);
        } else if (key == "nextCursor") {
            ok = text(value, &page.nextCursor);
        } else if (key == "hasMore") {
            ok = boolean(value, &hasMore);
        }
        if (!ok)
            return std::nullopt;
    }
    if (!sawOrders)
        return std::nullopt;
    page.hasMore = hasMore.value_or(!page.nextCursor.isEmpty()) && !page.nextCursor.isEmpty();
    if (!page.hasMore)
        page.nextCursor.clear();
    return page;
}

} // namespace OrderDesk::FlexPortalDecoder

#else

namespace OrderDesk::FlexPortalDecoder {

std::optional<FlexPortalPage> decodePageFast(const QByteArray&, const KnownOrders*)
{
    return std::nullopt; // built without simdjson: every page takes the QJsonDocument path
}

} // namespace OrderDesk::FlexPortalDecoder

#endif
