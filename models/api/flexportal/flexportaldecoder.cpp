#include "flexportaldecoder.h"

#include "api/decoding.h"
#include "api/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace OrderDesk {

bool SubscriptionCancelReply::contradicts(const QString& subscriptionId) const
{
    return isObject && ((success && !*success) || (!rentalId.isEmpty() && rentalId != subscriptionId));
}

} // namespace OrderDesk

namespace OrderDesk::FlexPortalDecoder {

using namespace Qt::Literals::StringLiterals;

namespace {

Address decodeAddress(const JsonFields& f)
{
    Address a;
    a.contactName = f.text(u"contactName");
    a.company = f.text(u"company");
    a.street = f.text(u"streetAddress");
    a.building = f.text(u"buildingInfo");
    a.locality = f.token(u"locality");
    a.city = f.token(u"city");
    a.region = f.token(u"adminArea");
    a.postalCode = f.token(u"postalCode");
    a.country = f.token(u"country");
    return a;
}

OrderLine decodeLine(const JsonFields& f)
{
    OrderLine l;
    l.sku = f.token(u"sku");
    l.productName = f.token(u"productName");
    l.quantity = f.integer(u"quantity");
    l.unitPrice = f.number(u"unitPrice");
    l.contractMonths = f.number(u"contractLength");
    l.rentalStatus = f.token(u"rentalStatus");
    l.rentalIds = f.textList(u"rentalIds");
    return l;
}

} // namespace

Order decodeOrderObject(const JsonFields& f)
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = f.requiredText(u"orderId");
    o.status = internToken(f.requiredText(u"status"));
    o.orderType = f.token(u"orderType");

    const JsonFields c = f.object(u"customer");
    o.customer.id = c.text(u"customerId");
    o.customer.firstName = c.text(u"firstName");
    o.customer.lastName = c.text(u"lastName");
    o.customer.fullName = QStringList{o.customer.firstName, o.customer.lastName}.join(u' ').trimmed();
    o.customer.email = c.text(u"email");
    o.customer.company = c.text(u"company");
    o.customer.phone = c.text(u"phone");

    o.billingAddress = decodeAddress(f.object(u"billingAddress"));
    o.shippingAddress = decodeAddress(f.object(u"shippingAddress"));

    const QJsonArray items = f.array(u"items");
    o.lines.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !f.failed(); ++i)
        o.lines.append(decodeLine(f.element(items, u"items", i)));

    const JsonFields t = f.object(u"totals");
    o.totals.subtotal = t.number(u"subtotal");
    o.totals.tax = t.number(u"taxAmount");
    o.totals.total = t.number(u"total");
    o.totals.currency = t.token(u"currency");

    const JsonFields p = f.object(u"payment");
    o.payment.status = p.token(u"status");
    o.payment.method = p.token(u"method");
    o.payment.transactionId = p.text(u"transactionId");
    o.payment.paidAmount = p.number(u"paidAmount");

    const JsonFields r = f.object(u"rentalProgress");
    o.rentalProgress.done = r.integer(u"rentedDevices");
    o.rentalProgress.total = r.integer(u"totalDevices", t.integer(u"totalDevices"));
    o.rentalIds = f.textList(u"rentalIds");

    o.notes = f.text(u"notes");
    o.trackingNumber = f.text(u"trackingNumber");
    o.createdAt = f.timestamp(u"createdAt");
    o.updatedAt = f.timestamp(u"updatedAt");
    o.shippedAt = f.timestamp(u"shippedAt");

    if (!f.failed() && (o.rentalProgress.done < 0 || o.rentalProgress.total < 0))
        f.fail(u"rentalProgress", QCoreApplication::translate("FlexPortalDecoder", "holds a negative count"));
    shareRepeatedText(o);
    return o;
}

std::optional<QString> peekNextCursor(const QByteArray& body)
{
    // Pages end with "...,"nextCursor":"<id>"}": look backwards, read one JSON string.
    const qsizetype key = body.lastIndexOf("\"nextCursor\"");
    if (key < 0)
        return std::nullopt;
    qsizetype i = key + 12;
    const auto skipSpace = [&] {
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'))
            ++i;
    };
    skipSpace();
    if (i >= body.size() || body[i] != ':')
        return std::nullopt;
    ++i;
    skipSpace();
    if (i >= body.size() || body[i] != '"')
        return std::nullopt;
    qsizetype end = i + 1;
    while (end < body.size() && body[end] != '"')
        end += body[end] == '\\' ? 2 : 1;
    if (end >= body.size())
        return std::nullopt;
    const QJsonDocument string = QJsonDocument::fromJson('[' + body.mid(i, end - i + 1) + ']');
    if (!string.isArray() || !string.array().at(0).isString())
        return std::nullopt;
    return string.array().at(0).toString();
}

Result<FlexPortalPage> decodePage(const QByteArray& body, const KnownOrders* known)
{
    if (std::optional<FlexPortalPage> page = decodePageFast(body, known))
        return std::move(*page);
    return decodePageQJson(body);
}

Result<FlexPortalPage> decodePageQJson(const QByteArray& body)
{
    const ParsedJson parsed = parseJson(body);
    if (!parsed.error.isEmpty())
        return protocolError(parsed.error);
    if (!parsed.document.isObject()) {
        return protocolError(QCoreApplication::translate(
            "FlexPortalDecoder", "the order list is not an object with \"orders\" (found a list)"));
    }
    QString error;
    const JsonFields root(parsed.document.object(), {}, &error);
    if (!root.has(u"orders"))
        return protocolError(QCoreApplication::translate("FlexPortalDecoder", "the order list has no \"orders\""));

    FlexPortalPage page;
    const QJsonArray orders = root.array(u"orders");
    page.orders.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size() && error.isEmpty(); ++i)
        page.orders.append(decodeOrderObject(root.element(orders, u"orders", i)));
    page.nextCursor = root.text(u"nextCursor");
    const std::optional<bool> hasMore = root.boolean(u"hasMore");
    page.hasMore = hasMore.value_or(!page.nextCursor.isEmpty()) && !page.nextCursor.isEmpty();
    if (!page.hasMore)
        page.nextCursor.clear(); // hasMore false ends the list whatever the cursor says
    if (!error.isEmpty())
        return protocolError(error);
    return page;
}

Result<Order> decodeOrder(const QByteArray& body)
{
    const ParsedJson parsed = parseJson(body);
    if (!parsed.error.isEmpty())
        return protocolError(parsed.error);
    if (!parsed.document.isObject())
        return protocolError(QCoreApplication::translate("FlexPortalDecoder", "the order is not a JSON object"));
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
    const QJsonObject envelope = parsed.document.object().value(u"error").toObject();
    if (!parsed.error.isEmpty() || envelope.isEmpty()) {
        e.message = body.trimmed().isEmpty()
                        ? QCoreApplication::translate("FlexPortalDecoder", "HTTP status %1").arg(httpStatus)
                        : QCoreApplication::translate("FlexPortalDecoder", "HTTP status %1: %2")
                              .arg(httpStatus)
                              .arg(describeNonJsonBody(body));
        return e;
    }
    e.code = envelope.value(u"code").toString();
    e.message = envelope.value(u"message").toString();
    if (e.message.trimmed().isEmpty()) {
        // The page's Error schema requires a message; without one, say at least what came.
        e.message =
            e.code.isEmpty()
                ? QCoreApplication::translate("FlexPortalDecoder", "HTTP status %1").arg(httpStatus)
                : QCoreApplication::translate("FlexPortalDecoder", "HTTP status %1 (%2)").arg(httpStatus).arg(e.code);
    }
    const QJsonArray details = envelope.value(u"details").toArray();
    for (const QJsonValue& d : details) {
        const QJsonObject o = d.toObject();
        const QString path = o.value(u"path").toString();
        const QString msg = o.value(u"message").toString();
        e.details.append(path.isEmpty() ? msg : path + u": "_s + msg);
    }

    if (e.code == u"AUTH_REQUIRED" || e.code == u"INVALID_TOKEN")
        e.kind = ApiError::Kind::Authentication;
    else if (e.code == u"NO_TENANT_ACCESS" || e.code == u"INSUFFICIENT_PERMISSIONS")
        e.kind = ApiError::Kind::Permission;
    else if (e.code == u"NOT_FOUND" || e.code == u"ORDER_NOT_FOUND")
        e.kind = ApiError::Kind::NotFound;
    else if (e.code == u"VALIDATION_ERROR")
        e.kind = ApiError::Kind::Validation;
    else if (e.code == u"ORDER_NOT_CANCELLABLE")
        e.kind = ApiError::Kind::NotCancellable;
    else if (e.code == u"ALREADY_CANCELLED")
        e.kind = ApiError::Kind::AlreadyCancelled;
    else if (e.code == u"ALREADY_ENDED") // subscription cancel: it ended before (completed, bought out, ...)
        e.kind = ApiError::Kind::AlreadyEnded;
    return e;
}

SubscriptionCancelReply decodeSubscriptionCancelReply(const QByteArray& body)
{
    SubscriptionCancelReply r;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return r;
    const QJsonObject o = document.object();
    r.isObject = true;
    const QJsonValue success = o.value(u"success");
    if (!success.isUndefined())
        r.success = success == QJsonValue(true);
    // Texts are kept within reason: they go to the screen and the history.
    const auto text = [&o](QStringView key) { return o.value(key).toString().left(2000); };
    r.rentalId = text(u"rentalId");
    r.assetSerialNumber = text(u"assetSerialNumber");
    r.previousStatus = text(u"previousStatus");
    r.cancelledAtText = text(u"cancelledAt");
    r.cancelledAt = parseTimestamp(r.cancelledAtText);
    r.message = text(u"message");
    return r;
}

} // namespace OrderDesk::FlexPortalDecoder
