// FlexPortalDecoder::decodePageFast(): the page, read with simdjson into the same Order values as
// decodeOrderObject() reads, for the well-formed case only (see api/fastjson.h).
#include "flexportaldecoder.h"

#ifdef ORDERDESK_HAVE_SIMDJSON

#include "api/fastjson.h"

namespace OrderDesk::FlexPortalDecoder {

namespace {

using namespace FastJson;
using Object = std::optional<simdjson::dom::object>;

bool readAddress(Element e, Address* out)
{
    Object o;
    if (!object(e, &o))
        return false;
    Address a;
    if (o) {
        for (const auto& [key, value] : *o) {
            bool ok = true;
            if (key == "contactName")
                ok = text(value, &a.contactName);
            else if (key == "company")
                ok = text(value, &a.company);
            else if (key == "streetAddress")
                ok = text(value, &a.street);
            else if (key == "buildingInfo")
                ok = text(value, &a.building);
            else if (key == "locality")
                ok = text(value, &a.locality);
            else if (key == "city")
                ok = token(value, &a.city);
            else if (key == "adminArea")
                ok = token(value, &a.region);
            else if (key == "postalCode")
                ok = text(value, &a.postalCode);
            else if (key == "country")
                ok = token(value, &a.country);
            if (!ok)
                return false;
        }
    }
    *out = std::move(a);
    return true;
}

bool readCustomer(Element e, Customer* out)
{
    Object o;
    if (!object(e, &o))
        return false;
    Customer c;
    if (o) {
        for (const auto& [key, value] : *o) {
            bool ok = true;
            if (key == "customerId")
                ok = text(value, &c.id);
            else if (key == "firstName")
                ok = text(value, &c.firstName);
            else if (key == "lastName")
                ok = text(value, &c.lastName);
            else if (key == "email")
                ok = text(value, &c.email);
            else if (key == "company")
                ok = text(value, &c.company);
            else if (key == "phone")
                ok = text(value, &c.phone);
            if (!ok)
                return false;
        }
    }
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
    Object o;
    if (!object(e, &o))
        return false;
    Totals t;
    int devices = 0;
    if (o) {
        for (const auto& [key, value] : *o) {
            bool ok = true;
            if (key == "subtotal")
                ok = number(value, &t.subtotal);
            else if (key == "taxAmount")
                ok = number(value, &t.tax);
            else if (key == "total")
                ok = number(value, &t.total);
            else if (key == "currency")
                ok = token(value, &t.currency);
            else if (key == "totalDevices") {
                devices = 0;
                ok = integer(value, &devices);
            }
            if (!ok)
                return false;
        }
    }
    *out = std::move(t);
    *totalDevices = devices;
    return true;
}

bool readPayment(Element e, Payment* out)
{
    Object o;
    if (!object(e, &o))
        return false;
    Payment p;
    if (o) {
        for (const auto& [key, value] : *o) {
            bool ok = true;
            if (key == "status")
                ok = token(value, &p.status);
            else if (key == "method")
                ok = token(value, &p.method);
            else if (key == "transactionId")
                ok = text(value, &p.transactionId);
            else if (key == "paidAmount")
                ok = number(value, &p.paidAmount);
            if (!ok)
                return false;
        }
    }
    *out = std::move(p);
    return true;
}

// rentedDevices, and totalDevices when the object has it (not null).
bool readRentalProgress(Element e, int* rented, int* total, bool* hasTotal)
{
    Object o;
    if (!object(e, &o))
        return false;
    *rented = 0;
    *total = 0;
    *hasTotal = false;
    if (!o)
        return true;
    for (const auto& [key, value] : *o) {
        if (key == "rentedDevices") {
            *rented = 0;
            if (!integer(value, rented))
                return false;
        } else if (key == "totalDevices") {
            *total = 0;
            if (!integer(value, total))
                return false;
            *hasTotal = !isNull(value);
        }
    }
    return true;
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
            ok = text(value, &o.status);
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

std::optional<FlexPortalPage> decodePageFast(const QByteArray& body)
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
            if (ok) {
                decoded.reserve(qsizetype(orders->size()));
                for (Element order : *orders) {
                    if (!(ok = readOrder(order, &decoded.emplace_back())))
                        break;
                }
            }
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

std::optional<FlexPortalPage> decodePageFast(const QByteArray&)
{
    return std::nullopt; // built without simdjson: every page takes the QJsonDocument path
}

} // namespace OrderDesk::FlexPortalDecoder

#endif
