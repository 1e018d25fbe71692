#pragma once

#include "httpmessage.h"
#include "sandboxconfig.h"

#include <QByteArrayList>

namespace OrderDesk {

class OfferGridStore;

// OfferGrid's `/reseller/orders` API as offergrid-reseller-orders.yaml describes it: x-api-key,
// one bare JSON array for the list, PATCH cancel answering the updated order, NestJS error bodies.
class OfferGridRoutes
{
public:
    enum class Kind
    {
        List,
        Get,
        Cancel,
        Unknown
    };
    struct Match
    {
        Kind kind = Kind::Unknown;
        QByteArray orderId;
    };

    OfferGridRoutes(OfferGridStore* store, const SandboxCredentials& credentials);

    static Match match(const HttpRequest& request);
    // Answers it. The store must be locked by the caller. strictBody: the cancel takes no body
    // property at all, as a NestJS server whitelisting an empty DTO (forbidNonWhitelisted) would.
    HttpResponse handle(const HttpRequest& request, const Match& match, bool strictBody = false) const;

    // {"statusCode","message","error"}; message is a string, or a list for validation failures.
    static HttpResponse error(int status, QByteArrayView message);
    static HttpResponse validationError(const QByteArrayList& messages);
    static HttpResponse rateLimited(int retryAfterSeconds);

private:
    HttpResponse list(const HttpRequest& request) const;
    HttpResponse cancel(const HttpRequest& request, const QByteArray& orderId, bool strictBody) const;

    OfferGridStore* m_store;
    QByteArray m_key;
};

} // namespace OrderDesk
