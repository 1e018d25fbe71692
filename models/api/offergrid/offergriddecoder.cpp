#include "offergriddecoder.h"

#include "api/decoding.h"
#include "api/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrderDesk::OfferGridDecoder {

using namespace Qt::Literals::StringLiterals;

namespace {

OrderLine decodeItem(const JsonFields& f)
{
    OrderLine l;
    ProviderItem& item = l.editOfferGrid();
    item.itemId = f.text(u"itemId");
    if (item.itemId.isEmpty())
        item.itemId = f.text(u"id"); // the provider view names it "id"
    item.offerId = f.token(u"offerId");
    item.offerName = f.token(u"offerName");
    item.providerId = f.token(u"providerId");
    item.providerName = f.token(u"providerName");
    item.itemStatus = f.token(u"status");
    item.scheduledFor = f.timestamp(u"scheduledFor");
    item.providerNotes = f.text(u"providerNotes");
    l.quantity = 1;
    return l;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("OfferGridDecoder", text);
}

} // namespace

Order decodeOrderObject(const JsonFields& f)
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = f.requiredText(u"orderId");
    o.status = f.token(u"status");

    const JsonFields c = f.object(u"customerInfo");
    o.customer.fullName = c.text(u"fullName");
    o.customer.email = c.text(u"email");
    o.customer.phone = c.text(u"phone");
    o.customer.company = c.text(u"company");

    const JsonFields a = f.object(u"serviceAddress");
    Address service;
    service.contactName = o.customer.fullName;
    service.street = a.text(u"street");
    service.city = a.token(u"city");
    service.region = a.token(u"state");
    service.postalCode = a.token(u"zipCode");
    service.country = a.token(u"country");
    o.shippingAddress = std::move(service);

    const QJsonArray items = f.array(u"items");
    o.lines.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !f.failed(); ++i)
        o.lines.append(decodeItem(f.element(items, u"items", i)));

    o.notes = f.text(u"notes");
    o.createdAt = f.timestamp(u"createdAt");
    o.updatedAt = f.timestamp(u"updatedAt");
    if (!f.failed() && o.status.isEmpty() && o.lines.isEmpty())
        f.fail(u"status", translated(QT_TRANSLATE_NOOP("OfferGridDecoder",
                                                       "is missing, and the order has no items to tell its state")));
    shareRepeatedText(o);
    return o;
}

Result<QList<Order>> decodeList(const QByteArray& body, const KnownOrders* known)
{
    if (std::optional<QList<Order>> orders = decodeListFast(body, known))
        return std::move(*orders);
    return decodeListQJson(body);
}

Result<QList<Order>> decodeListQJson(const QByteArray& body)
{
    const ParsedJson parsed = parseJson(body);
    if (!parsed.error.isEmpty())
        return protocolError(parsed.error);

    QJsonArray array;
    QString arrayKey;
    if (parsed.document.isArray()) {
        array = parsed.document.array();
    } else {
        const QJsonObject root = parsed.document.object();
        for (const QString& key : {u"orders"_s, u"data"_s, u"items"_s}) {
            if (root.value(key).isArray()) {
                array = root.value(key).toArray();
                arrayKey = key;
                break;
            }
        }
        if (arrayKey.isEmpty())
            return protocolError(translated(QT_TRANSLATE_NOOP(
                "OfferGridDecoder", "the order list is neither a list nor an object holding \"orders\", "
                                    "\"data\" or \"items\"")));
    }

    QString error;
    const JsonFields root(QJsonObject(), {}, &error);
    QList<Order> orders;
    orders.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i)
        orders.append(decodeOrderObject(root.element(array, arrayKey, i)));
    if (!error.isEmpty())
        return protocolError(error);
    return orders;
}

Result<Order> decodeOrder(const QByteArray& body)
{
    const ParsedJson parsed = parseJson(body);
    if (!parsed.error.isEmpty())
        return protocolError(parsed.error);
    if (!parsed.document.isObject())
        return protocolError(translated(QT_TRANSLATE_NOOP("OfferGridDecoder", "the order is not a JSON object")));
    QString error;
    Order order = decodeOrderObject(JsonFields(parsed.document.object(), {}, &error));
    if (!error.isEmpty())
        return protocolError(error);
    return order;
}

ApiError decodeError(int httpStatus, const QByteArray& body)
{
    ApiError e(kindForHttpStatus(httpStatus), {}, httpStatus);
    const ParsedJson parsed = parseJson(body);
    const QJsonObject o = parsed.document.object();
    if (!parsed.error.isEmpty() || o.isEmpty()) {
        e.message = body.trimmed().isEmpty()
                        ? translated(QT_TRANSLATE_NOOP("OfferGridDecoder", "HTTP status %1")).arg(httpStatus)
                        : translated(QT_TRANSLATE_NOOP("OfferGridDecoder", "HTTP status %1: %2"))
                              .arg(QString::number(httpStatus), describeNonJsonBody(body));
        return e;
    }
    const QJsonValue message = o.value(u"message");
    if (message.isArray()) {
        // NestJS's ValidationPipe: one line per broken field.
        for (const QJsonValue& line : message.toArray())
            e.details.append(line.toString());
        e.message = o.value(u"error").toString();
        e.code = u"VALIDATION_ERROR"_s;
    } else if (message.isString()) {
        e.message = message.toString();
    } else if (o.value(u"error").isString()) {
        // The guides' {error, field} variant.
        const QString field = o.value(u"field").toString();
        e.message = o.value(u"error").toString();
        if (!field.isEmpty())
            e.details.append(field + u": "_s + e.message);
    }
    if (e.message.isEmpty())
        e.message = o.value(u"error").toString();
    const QJsonValue retryAfter = o.value(u"retryAfter");
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
        e.retryAfterSeconds = int(std::min(retryAfter.toDouble(), 86400.0));
    return e;
}

} // namespace OrderDesk::OfferGridDecoder
