#pragma once

#include "api/orderbackend.h"

namespace OrderDesk {

// OfferGrid: x-api-key, one list without paging, PATCH .../cancel, NestJS error bodies.
class OfferGridBackend final : public OrderBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferGridBackend)

public:
    using OrderBackend::OrderBackend;

    ListOrdersJob* listOrders(const QString& status = {}, std::optional<KnownOrders> known = {}) override;
    Result<Order> decodeOrder(const QByteArray& body) const override;
    QByteArray orderPath(const QString& orderId) const override;
    QByteArray cancelPath(const QString& orderId) const override;
    QByteArray cancelVerb() const override { return "PATCH"; }
    // A read whose success proves both the address and the key: the order list filtered on a rare
    // documented status (so the answer stays small), which must decode as OfferGrid's order list.
    // A 404 proves nothing: a wrong base URL answers it too.
    QByteArray connectionCheckPath() const override { return "/reseller/orders?status=failed"; }
    ApiError connectionRefusal(const HttpReply& reply) const override;
    ConnectionBodyCheck connectionBodyCheck() const override { return &checkOrderListBody; }
    static std::optional<ApiError> checkOrderListBody(const QByteArray& body);
    ApiError interpretCancelRefusal(const HttpReply& reply) const override;
    bool refusedReasonBody(const HttpReply& reply) const override;
    QString cancelSuccessMessage(const QByteArray& body) const override;

protected:
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const override;
    ErrorBodyDecoder errorBodyDecoder() const override;
    BodyRetryHint bodyRetryHint() const override;
};

} // namespace OrderDesk
