#include "callrecipe.h"

#include <QUrl>

namespace OrderDesk {

HttpCall* CallRecipe::newCall(QNetworkAccessManager* manager, const QByteArray& verb,
                              const QByteArray& encodedPathAndQuery, const QByteArray& body, QObject* parent) const
{
    QNetworkRequest request(QUrl::fromEncoded(baseUrl + encodedPathAndQuery, QUrl::StrictMode));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    auto* call = new HttpCall(manager, request, verb, body, settings, parent);
    if (bodyRetryAfter)
        call->setRetryHint(bodyRetryAfter);
    return call;
}

ApiError CallRecipe::errorFor(const HttpReply& reply) const
{
    if (!reply.hasHttpStatus())
        return reply.transportError();
    Q_ASSERT(decodeError);
    ApiError error = decodeError(reply.status, reply.body);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!error.retryAfterSeconds)
        error.retryAfterSeconds = parseRetryAfter(reply.retryAfterHeader, now);
    if (!error.retryAfterSeconds && reply.status == 429)
        error.retryAfterSeconds = parseRateLimitReset(reply.rateLimitResetHeader, now);
    return error;
}

} // namespace OrderDesk
