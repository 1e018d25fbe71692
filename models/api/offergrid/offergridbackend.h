#pragma once

#include "api/orderbackend.h"

namespace OrderDesk {

// OfferGrid: x-api-key, one list without paging, PATCH .../cancel, NestJS error bodies.
class OfferGridBackend : public OrderBackend
{
    Q_OBJECT

public:
    using OrderBackend::OrderBackend;

    ListOrdersJob* listOrders(const QString& status = {}) override;
    Result<Order> decodeOrder(const QByteArray& body) const override;
    QByteArray orderPath(const QString& orderId) const override;
    QByteArray cancelPath(const QString& orderId) const override;
    QByteArray cancelVerb() const override { return "PATCH"; }
    // OfferGrid's list has no paging, so the cheap read asks for an order that does not exist:
    // the key is checked before the id, so 404 means "connected and allowed".
    QByteArray connectionCheckPath() const override { return "/reseller/orders/orderdesk-connection-check"; }
    bool isConnectedStatus(int httpStatus) const override { return httpStatus == 404 || httpStatus == 200; }
    ApiError interpretCancelRefusal(const HttpReply& reply) const override;

protected:
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const override;
    ErrorBodyDecoder errorBodyDecoder() const override;
    BodyRetryHint bodyRetryHint() const override;
};

} // namespace OrderDesk
