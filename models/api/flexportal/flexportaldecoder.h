#pragma once

#include "api/knownorders.h"
#include "api/result.h"
#include "domain/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace OrderDesk {

class JsonFields;

struct FlexPortalPage
{
    QList<Order> orders;
    bool hasMore = false;
    QString nextCursor; // empty on the last page
};

// The 200 body of POST /v1/subscriptions/{id}/cancel (CancelSubscriptionResponse: success, rentalId,
// assetSerialNumber, previousStatus, cancelledAt, message), read tolerantly: a field that is absent or
// of another type reads as blank.
struct SubscriptionCancelReply
{
    bool isObject = false;
    std::optional<bool> success; // absent: nothing
    QString rentalId;
    QString assetSerialNumber;
    QString previousStatus;
    QString cancelledAtText; // as sent
    QDateTime cancelledAt;   // UTC; invalid when absent or not ISO 8601
    QString message;

    // Whether the body says it did not cancel `subscriptionId`: `success` present and not true, or
    // another `rentalId`. A body that is not such an object says nothing either way.
    bool contradicts(const QString& subscriptionId) const;
};

// FlexPortal's JSON, as documented in flexportal-orders.yaml, into the domain.
namespace FlexPortalDecoder {

// decodePageFast(), and where it gives up decodePageQJson(): what a body means, and errors in words.
// With `known`, the orders it holds come as markers (api/knownorders.h) when the fast path reads
// the page.
Result<FlexPortalPage> decodePage(const QByteArray& body, const KnownOrders* known = nullptr);
// simdjson, well-formed pages only; nothing for anything else, including what decodePageQJson()
// would still accept (numbers as text, other timestamp forms). Equal results where both succeed.
std::optional<FlexPortalPage> decodePageFast(const QByteArray& body, const KnownOrders* known = nullptr);
// QJsonDocument: every tolerated variant, and the error with the path of the field at fault.
Result<FlexPortalPage> decodePageQJson(const QByteArray& body);
// A cheap look at the page's last "nextCursor" string, before the page is decoded: a guess that
// lets the next request start early. Only decodePage() says what the cursor is; callers check.
std::optional<QString> peekNextCursor(const QByteArray& body);
Result<Order> decodeOrder(const QByteArray& body);
Order decodeOrderObject(const JsonFields& fields);
// An error reply (any status >= 400) into an ApiError, whatever its body holds.
ApiError decodeError(int httpStatus, const QByteArray& body);
SubscriptionCancelReply decodeSubscriptionCancelReply(const QByteArray& body);

} // namespace FlexPortalDecoder

} // namespace OrderDesk
