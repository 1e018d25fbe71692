// OfferGridDecoder::decodeListFast(): the order list, read with simdjson into the same Order values
// as decodeOrderObject() reads, for the well-formed case only (see api/fastjson.h).
#include "offergriddecoder.h"

#ifdef ORDERDESK_HAVE_SIMDJSON

#include "api/fastjson.h"

namespace OrderDesk::OfferGridDecoder {

namespace {

using namespace FastJson;
bool readItem(Element e, OrderLine* out)
{
    if (e.type() != Type::OBJECT)
        return false;
    OrderLine l;
    ProviderItem& item = l.editOfferGrid();
    std::optional<Element> id; // the provider view's name for itemId, read only when itemId is blank
    for (const auto& [key, value] : objectOf(e)) {
        bool ok = true;
        if (key == "itemId")
            ok = text(value, &item.itemId);
        else if (key == "id")
            id = value;
        else if (key == "offerId")
            ok = token(value, &item.offerId);
        else if (key == "offerName")
            ok = token(value, &item.offerName);
        else if (key == "providerId")
            ok = token(value, &item.providerId);
        else if (key == "providerName")
            ok = token(value, &item.providerName);
        else if (key == "status")
            ok = token(value, &item.itemStatus);
        else if (key == "scheduledFor")
            ok = timestamp(value, &item.scheduledFor);
        else if (key == "providerNotes")
            ok = text(value, &item.providerNotes);
        if (!ok)
            return false;
    }
    if (item.itemId.isEmpty() && id && !text(*id, &item.itemId))
        return false;
    l.quantity = 1;
    *out = std::move(l);
    return true;
}

bool readCustomer(Element e, Customer* out)
{
    Customer c;
    const bool ok = forEachField(e, [&c](std::string_view key, Element value) {
        if (key == "fullName")
            return text(value, &c.fullName);
        if (key == "email")
            return text(value, &c.email);
        if (key == "phone")
            return text(value, &c.phone);
        if (key == "company")
            return text(value, &c.company);
        return true;
    });
    if (ok)
        *out = std::move(c);
    return ok;
}

bool readServiceAddress(Element e, SharedAddress* out)
{
    Address a;
    const bool ok = forEachField(e, [&a](std::string_view key, Element value) {
        if (key == "street")
            return text(value, &a.street);
        if (key == "city")
            return token(value, &a.city);
        if (key == "state")
            return token(value, &a.region);
        if (key == "zipCode")
            return token(value, &a.postalCode);
        if (key == "country")
            return token(value, &a.country);
        return true;
    });
    if (ok)
        *out = std::move(a);
    return ok;
}

bool readOrder(Element e, Order* out)
{
    if (e.type() != Type::OBJECT)
        return false;
    Order o;
    o.platform = Platform::OfferGrid;
    for (const auto& [key, value] : objectOf(e)) {
        bool ok = true;
        if (key == "orderId")
            ok = text(value, &o.id);
        else if (key == "status")
            ok = token(value, &o.status);
        else if (key == "customerInfo")
            ok = readCustomer(value, &o.customer);
        else if (key == "serviceAddress")
            ok = readServiceAddress(value, &o.shippingAddress);
        else if (key == "items") {
            std::optional<simdjson::dom::array> items;
            ok = array(value, &items);
            QList<OrderLine> lines;
            if (ok && items) {
                lines.reserve(qsizetype(items->size()));
                for (Element item : *items) {
                    if (!(ok = readItem(item, &lines.emplace_back())))
                        break;
                }
            }
            o.lines = std::move(lines);
        } else if (key == "notes")
            ok = text(value, &o.notes);
        else if (key == "createdAt")
            ok = timestamp(value, &o.createdAt);
        else if (key == "updatedAt")
            ok = timestamp(value, &o.updatedAt);
        if (!ok)
            return false;
    }
    if (!o.customer.fullName.isEmpty())
        o.shippingAddress.edit().contactName = o.customer.fullName;
    // What the full path reports as an error is left to it.
    if (o.id.isEmpty() || (o.status.isEmpty() && o.lines.isEmpty()))
        return false;
    shareRepeatedText(o);
    *out = std::move(o);
    return true;
}

} // namespace

std::optional<QList<Order>> decodeListFast(const QByteArray& body, const KnownOrders* known)
{
    const Document doc(body);
    if (!doc.ok())
        return std::nullopt;
    std::optional<simdjson::dom::array> list;
    if (doc.root().type() == Type::ARRAY) {
        list = arrayOf(doc.root());
    } else if (doc.root().type() == Type::OBJECT) {
        // The first of "orders", "data", "items" that holds a list (the last of a repeated key).
        std::optional<Element> candidates[3];
        for (const auto& [key, value] : objectOf(doc.root())) {
            if (key == "orders")
                candidates[0] = value;
            else if (key == "data")
                candidates[1] = value;
            else if (key == "items")
                candidates[2] = value;
        }
        for (const std::optional<Element>& candidate : candidates) {
            if (candidate && candidate->type() == Type::ARRAY) {
                list = arrayOf(*candidate);
                break;
            }
        }
    }
    if (!list)
        return std::nullopt;
    QList<Order> orders;
    if (!readOrders(*list, Platform::OfferGrid, known, &orders, readOrder))
        return std::nullopt;
    return orders;
}

} // namespace OrderDesk::OfferGridDecoder

#else

namespace OrderDesk::OfferGridDecoder {

std::optional<QList<Order>> decodeListFast(const QByteArray&, const KnownOrders*)
{
    return std::nullopt; // built without simdjson: every list takes the QJsonDocument path
}

} // namespace OrderDesk::OfferGridDecoder

#endif
