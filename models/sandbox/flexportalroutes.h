#pragma once

#include "httpmessage.h"
#include "sandboxconfig.h"

#include <QList>

namespace OrderDesk {

class FlexPortalStore;

// FlexPortal's `/v1` order API as flexportal-orders.yaml describes it: bearer key and Tenant-ID on
// every request, cursor-paged list, bare order, cancel with the platform's rules and error envelope,
// and the cancel of one subscription (POST /v1/subscriptions/{subscriptionId}/cancel).
class FlexPortalRoutes
{
public:
    enum class Kind
    {
        List,
        Get,
        Cancel,
        SubscriptionCancel,
        Unknown
    };
    struct Match
    {
        Kind kind = Kind::Unknown;
        QByteArray id; // decoded: the order id (Get, Cancel) or the subscription id (SubscriptionCancel)
    };
    struct Detail
    {
        QByteArray path;
        QByteArray message;
        QByteArray code;
    };

    FlexPortalRoutes(FlexPortalStore* store, const SandboxCredentials& credentials);

    // Which operation a request under /v1 asks for.
    static Match match(const HttpRequest& request);
    // Answers it. The store must be locked by the caller.
    HttpResponse handle(const HttpRequest& request, const Match& match) const;

    // {"error":{"code","message","details"?}}
    static HttpResponse error(int status, QByteArrayView code, QByteArrayView message,
                              const QList<Detail>& details = {});
    static HttpResponse rateLimited(int retryAfterSeconds);

private:
    HttpResponse list(const HttpRequest& request) const;
    HttpResponse cancel(const HttpRequest& request, const QByteArray& orderId) const;
    HttpResponse cancelSubscription(const HttpRequest& request, const QByteArray& subscriptionId) const;

    FlexPortalStore* m_store;
    QByteArray m_key;
    QByteArray m_tenantId;
};

} // namespace OrderDesk
