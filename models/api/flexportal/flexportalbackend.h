#pragma once

#include "api/orderbackend.h"
#include "domain/subscriptioncancelreason.h"

namespace OrderDesk {

// FlexPortal: Bearer key and Tenant-ID on every request, cursor paging, POST .../cancel. Also the one
// platform with subscriptions (an order line's rentalIds), cancelled one by one: callers holding an
// OrderBackend ask qobject_cast<FlexPortalBackend*>() (OfferGrid has nothing of the kind).
class FlexPortalBackend final : public OrderBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlexPortalBackend)

public:
    static constexpr int PageSize = 100;

    using OrderBackend::OrderBackend;

    ListOrdersJob* listOrders(const QString& status = {}, std::optional<KnownOrders> known = {}) override;
    Result<Order> decodeOrder(const QByteArray& body) const override;
    QByteArray orderPath(const QString& orderId) const override;
    QByteArray cancelPath(const QString& orderId) const override;
    QByteArray cancelVerb() const override { return "POST"; }
    QString cancelSuccessMessage(const QByteArray& body) const override;
    bool cancelReplyContradicts(const QByteArray& body, const QString& orderId) const override;
    QByteArray connectionCheckPath() const override { return "/v1/orders?limit=1"; }
    static QByteArray listPath(const QString& status, const QString& cursor);

    // POST /v1/subscriptions/{subscriptionId}/cancel with {rentalId, reason, notes?}, sent exactly
    // once (never again by itself). Notes are trimmed and left out when empty; a subscription id that
    // is empty, or notes over SubscriptionCancelReason::MaxNotes, finish Failed with nothing sent. The
    // job is this backend's child and starts once the caller is back in the event loop, so connect first.
    CancelSubscriptionJob* cancelSubscription(const QString& subscriptionId, SubscriptionCancelReason::Value reason,
                                              const QString& notes = {});
    static QByteArray subscriptionCancelPath(const QString& subscriptionId);

protected:
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const override;
    ErrorBodyDecoder errorBodyDecoder() const override;
};

} // namespace OrderDesk
