#include "flexportalbackend.h"

#include "api/flexportal/flexportaldecoder.h"
#include "api/flexportal/flexportallistjob.h"
#include "api/flexportal/subscriptioncancelflow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

ListOrdersJob* FlexPortalBackend::listOrders(const QString& status, std::optional<KnownOrders> known)
{
    return new FlexPortalListJob(this, status, std::move(known));
}

Result<Order> FlexPortalBackend::decodeOrder(const QByteArray& body) const
{
    return FlexPortalDecoder::decodeOrder(body);
}

QByteArray FlexPortalBackend::listPath(const QString& status, const QString& cursor)
{
    QByteArray path = "/v1/orders?limit=" + QByteArray::number(PageSize);
    if (!status.isEmpty())
        path += "&status=" + encodeSegment(status);
    if (!cursor.isEmpty())
        path += "&startAfter=" + encodeSegment(cursor);
    return path;
}

QByteArray FlexPortalBackend::orderPath(const QString& orderId) const
{
    return "/v1/orders/" + encodeSegment(orderId);
}

QByteArray FlexPortalBackend::cancelPath(const QString& orderId) const
{
    return orderPath(orderId) + "/cancel";
}

QByteArray FlexPortalBackend::subscriptionCancelPath(const QString& subscriptionId)
{
    return "/v1/subscriptions/" + encodeSegment(subscriptionId) + "/cancel";
}

CancelSubscriptionJob* FlexPortalBackend::cancelSubscription(const QString& subscriptionId,
                                                             SubscriptionCancelReason::Value reason,
                                                             const QString& notes)
{
    return new SubscriptionCancelFlow(this, subscriptionId, reason, notes);
}

QString FlexPortalBackend::cancelSuccessMessage(const QByteArray& body) const
{
    // The page: {success: true, message, orderId}; the message is the platform's confirmation.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().value(u"message").toString().left(2000) : QString();
}

bool FlexPortalBackend::cancelReplyContradicts(const QByteArray& body, const QString& orderId) const
{
    // The page: success is "always true on success" and orderId is "the cancelled order ID". A body
    // that is not such an object says nothing either way.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    const QJsonObject reply = document.object();
    const QJsonValue success = reply.value(u"success");
    const QJsonValue id = reply.value(u"orderId");
    return (!success.isUndefined() && success != QJsonValue(true)) || (id.isString() && id.toString() != orderId);
}

QList<std::pair<QByteArray, QByteArray>> FlexPortalBackend::authenticationHeaders() const
{
    return {{"Authorization", "Bearer " + secret().toUtf8()}, {"Tenant-ID", account().tenantId.toUtf8()}};
}

ErrorBodyDecoder FlexPortalBackend::errorBodyDecoder() const
{
    return &FlexPortalDecoder::decodeError;
}

} // namespace OrderDesk
