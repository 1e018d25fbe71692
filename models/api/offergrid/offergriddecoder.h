#pragma once

#include "api/knownorders.h"
#include "api/result.h"
#include "domain/order.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace OrderDesk {

class JsonFields;

// OfferGrid's JSON, as offergrid-reseller-orders.yaml and DECISIONS.md describe it, into the domain.
namespace OfferGridDecoder {

// A bare array of orders, or an object holding it under "orders", "data" or "items".
// decodeListFast(), and where it gives up decodeListQJson() (as FlexPortalDecoder::decodePage(),
// `known` too).
Result<QList<Order>> decodeList(const QByteArray& body, const KnownOrders* known = nullptr);
std::optional<QList<Order>> decodeListFast(const QByteArray& body, const KnownOrders* known = nullptr);
Result<QList<Order>> decodeListQJson(const QByteArray& body);
Result<Order> decodeOrder(const QByteArray& body);
Order decodeOrderObject(const JsonFields& fields);
// NestJS {statusCode, message (text or list), error, retryAfter} or {error, field}.
ApiError decodeError(int httpStatus, const QByteArray& body);

} // namespace OfferGridDecoder

} // namespace OrderDesk
