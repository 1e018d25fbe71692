#include "offergridroutes.h"

#include "jsonwriter.h"
#include "offergridstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr qsizetype MaxReasonLength = 1000;

} // namespace

OfferGridRoutes::OfferGridRoutes(OfferGridStore* store, const SandboxCredentials& credentials)
    : m_store(store)
    , m_key(credentials.offerGridKey.toUtf8())
{}

OfferGridRoutes::Match OfferGridRoutes::match(const HttpRequest& request)
{
    const QList<QByteArray>& s = request.segments;
    if (s.size() < 2 || s.at(0) != "reseller" || s.at(1) != "orders")
        return {};
    if (s.size() == 2 && request.method == "GET")
        return {Kind::List, {}};
    if (s.size() == 3 && request.method == "GET")
        return {Kind::Get, s.at(2)};
    if (s.size() == 4 && s.at(3) == "cancel" && request.method == "PATCH")
        return {Kind::Cancel, s.at(2)};
    return {};
}

HttpResponse OfferGridRoutes::error(int status, QByteArrayView message)
{
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject().fieldInt("statusCode", status).field("message", message).field("error", Http::reasonPhrase(status));
    w.endObject();
    return HttpResponse::json(status, body);
}

HttpResponse OfferGridRoutes::validationError(const QByteArrayList& messages)
{
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject().fieldInt("statusCode", 400).key("message").beginArray();
    for (const QByteArray& m : messages)
        w.string(m);
    w.endArray().field("error", "Bad Request").endObject();
    return HttpResponse::json(400, body);
}

HttpResponse OfferGridRoutes::rateLimited(int retryAfterSeconds)
{
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject().fieldInt("statusCode", 429).field("message", "Too many requests");
    w.field("error", "Too Many Requests").fieldInt("retryAfter", retryAfterSeconds).endObject();
    return HttpResponse::json(429, body);
}

HttpResponse OfferGridRoutes::handle(const HttpRequest& request, const Match& match, bool strictBody) const
{
    // NestJS answers unknown routes before any guard runs.
    if (match.kind == Kind::Unknown)
        return error(404, "Cannot " + request.method + ' ' + request.path());
    if (request.header("x-api-key") != m_key || m_key.isEmpty())
        return error(401, "Unauthorized - invalid API key");

    switch (match.kind) {
    case Kind::List:
        return list(request);
    case Kind::Get: {
        const int i = m_store->indexOf(match.orderId);
        if (i < 0)
            return error(404, "Order not found or does not belong to your team");
        return HttpResponse::json(200, m_store->json(i));
    }
    case Kind::Cancel:
        return cancel(request, match.orderId, strictBody);
    case Kind::Unknown:
        break;
    }
    return error(404, "Not Found");
}

HttpResponse OfferGridRoutes::list(const HttpRequest& request) const
{
    // The document types the filter with the ten item statuses; the sandbox also takes `submitted`,
    // the order status of the cancel page, so that every order status it serves can be filtered on.
    const std::optional<QByteArray> status = request.queryValue("status");
    if (status && !OfferGridStatus::isKnownOrderStatus(*status)) {
        return validationError(
            {"status must be one of the following values: " + OfferGridStatus::allOrderStatuses().join(", ")});
    }
    qsizetype bytes = 2;
    for (int i = 0; i < m_store->size(); ++i) {
        if (!status || m_store->status(i) == *status)
            bytes += m_store->json(i).size() + 1;
    }
    QByteArray body;
    body.reserve(bytes);
    body += '[';
    bool first = true;
    for (int i = 0; i < m_store->size(); ++i) {
        if (status && m_store->status(i) != *status)
            continue;
        if (!first)
            body += ',';
        body += m_store->json(i);
        first = false;
    }
    body += ']';
    return HttpResponse::json(200, body);
}

HttpResponse OfferGridRoutes::cancel(const HttpRequest& request, const QByteArray& orderId, bool strictBody) const
{
    QString reason;
    if (!request.body.isEmpty()) {
        const QByteArray mime = request.header("content-type").split(';').first().trimmed().toLower();
        if (mime != "application/json")
            return validationError({"Content-Type must be application/json"});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return validationError({"body must be a JSON object"});
        const QJsonObject object = document.object();
        if (strictBody && !object.isEmpty()) {
            // The reference page's cancel takes no body: with whitelist and forbidNonWhitelisted,
            // NestJS's ValidationPipe refuses every property, one message each (keys in sorted order).
            QByteArrayList messages;
            for (const QString& key : object.keys())
                messages.append("property " + key.toUtf8() + " should not exist");
            return validationError(messages);
        }
        const QJsonValue value = object.value(u"reason");
        if (!value.isUndefined()) {
            if (!value.isString())
                return validationError({"reason must be a string"});
            reason = value.toString();
            if (reason.size() > MaxReasonLength) // UTF-16 code units, as JavaScript's length
                return validationError({"reason must be shorter than or equal to 1000 characters"});
        }
    }

    const int i = m_store->indexOf(orderId);
    if (i < 0)
        return error(404, "Order not found or does not belong to your team");
    m_store->cancels().noteReason(orderId, reason);

    switch (m_store->cancelBlock(i)) {
    case OfferGridStore::CancelBlock::None:
        break;
    case OfferGridStore::CancelBlock::AlreadyCancelled:
        return error(400, "Order is already cancelled");
    case OfferGridStore::CancelBlock::Accepted:
        return error(400, "Order cannot be cancelled: a provider has already accepted it");
    case OfferGridStore::CancelBlock::Status:
        return error(400, "Order cannot be cancelled in its current status");
    }
    m_store->cancel(i, reason);
    return HttpResponse::json(200, m_store->json(i));
}

} // namespace OrderDesk
