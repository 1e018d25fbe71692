#pragma once

#include "api/orderbackend.h"

namespace OrderDesk {

// FlexPortal: Bearer key and Tenant-ID on every request, cursor paging, POST .../cancel.
class FlexPortalBackend : public OrderBackend
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;

    using OrderBackend::OrderBackend;

    ListOrdersJob* listOrders(const QString& status = {}) override;
    Result<Order> decodeOrder(const QByteArray& body) const override;
    QByteArray orderPath(const QString& orderId) const override;
    QByteArray cancelPath(const QString& orderId) const override;
    QByteArray cancelVerb() const override { return "POST"; }
    QString cancelSuccessMessage(const QByteArray& body) const override;
    bool cancelReplyContradicts(const QByteArray& body, const QString& orderId) const override;
    QByteArray connectionCheckPath() const override { return "/v1/orders?limit=1"; }
    static QByteArray listPath(const QString& status, const QString& cursor);

protected:
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const override;
    ErrorBodyDecoder errorBodyDecoder() const override;
};

} // namespace OrderDesk
