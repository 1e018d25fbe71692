#include "flexportalroutes.h"

#include "flexportalstore.h"
#include "isotime.h"
#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 100;
constexpr qsizetype MaxReasonLength = 1000;
constexpr qsizetype MaxNotesLength = 1000; // CancelSubscriptionRequest.notes

// CancelSubscriptionRequest.reason
const char* const SubscriptionReasons[] = {"customer_request", "payment_failure", "fraud", "admin_decision", "other"};

bool isStatus(QByteArrayView s)
{
    return s == "pending" || s == "confirmed" || s == "partial" || s == "fulfilled" || s == "cancelled";
}

bool isDigits(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArray jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "boolean";
    case QJsonValue::Double:
        return "number";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    case QJsonValue::Undefined:
        break;
    }
    return "undefined";
}

} // namespace

FlexPortalRoutes::FlexPortalRoutes(FlexPortalStore* store, const SandboxCredentials& credentials)
    : m_store(store)
    , m_key(credentials.flexPortalKey.toUtf8())
    , m_tenantId(credentials.tenantId.toUtf8())
{}

FlexPortalRoutes::Match FlexPortalRoutes::match(const HttpRequest& request)
{
    const QList<QByteArray>& s = request.segments;
    if (s.size() == 4 && s.at(0) == "v1" && s.at(1) == "subscriptions" && s.at(3) == "cancel" &&
        request.method == "POST")
        return {Kind::SubscriptionCancel, s.at(2)};
    if (s.size() < 2 || s.at(0) != "v1" || s.at(1) != "orders")
        return {};
    if (s.size() == 2 && request.method == "GET")
        return {Kind::List, {}};
    if (s.size() == 3 && request.method == "GET")
        return {Kind::Get, s.at(2)};
    if (s.size() == 4 && s.at(3) == "cancel" && request.method == "POST")
        return {Kind::Cancel, s.at(2)};
    return {};
}

HttpResponse FlexPortalRoutes::error(int status, QByteArrayView code, QByteArrayView message,
                                     const QList<Detail>& details)
{
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject().key("error").beginObject();
    w.field("code", code);
    w.field("message", message);
    if (!details.isEmpty()) {
        w.key("details").beginArray();
        for (const Detail& d : details) {
            w.beginObject();
            w.field("path", d.path);
            w.field("message", d.message);
            w.field("code", d.code);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject().endObject();
    return HttpResponse::json(status, body);
}

HttpResponse FlexPortalRoutes::rateLimited(int retryAfterSeconds)
{
    HttpResponse r = error(429, "RATE_LIMITED",
                           "Too many requests. Retry after " + QByteArray::number(retryAfterSeconds) + " seconds.");
    r.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse FlexPortalRoutes::handle(const HttpRequest& request, const Match& match) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return error(401, "AUTH_REQUIRED", "Authorization header is required: send 'Authorization: Bearer <API key>'");
    const bool bearer = authorization.size() > 7 && authorization.first(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || authorization.sliced(7).trimmed() != m_key)
        return error(401, "INVALID_TOKEN", "The API key is invalid or has expired");
    const QByteArray tenant = request.header("tenant-id");
    if (tenant.isEmpty())
        return error(403, "NO_TENANT_ACCESS", "The Tenant-ID header is required");
    if (tenant != m_tenantId)
        return error(403, "NO_TENANT_ACCESS", "This API key has no access to the requested tenant");

    switch (match.kind) {
    case Kind::List:
        return list(request);
    case Kind::Get: {
        const int i = m_store->indexOf(match.id);
        if (i < 0)
            return error(404, "NOT_FOUND", "Order not found");
        return HttpResponse::json(200, m_store->json(i));
    }
    case Kind::Cancel:
        return cancel(request, match.id);
    case Kind::SubscriptionCancel:
        return cancelSubscription(request, match.id);
    case Kind::Unknown:
        break;
    }
    return error(404, "NOT_FOUND", "No route for " + request.method + ' ' + request.path());
}

HttpResponse FlexPortalRoutes::list(const HttpRequest& request) const
{
    QList<Detail> details;
    int limit = DefaultLimit;
    if (const std::optional<QByteArray> text = request.queryValue("limit")) {
        if (!isDigits(*text)) {
            details.append(
                {"limit", "Expected an integer between 1 and 100, received '" + *text + '\'', "invalid_type"});
        } else {
            limit = text->toInt();
            if (limit < 1)
                details.append({"limit", "Number must be greater than or equal to 1", "too_small"});
            else if (limit > MaxLimit)
                details.append({"limit", "Number must be less than or equal to 100", "too_big"});
        }
    }
    const std::optional<QByteArray> status = request.queryValue("status");
    if (status && !isStatus(*status)) {
        details.append({"status",
                        "Invalid enum value. Expected 'pending' | 'confirmed' | 'partial' | 'fulfilled' | 'cancelled', "
                        "received '" +
                            *status + '\'',
                        "invalid_enum_value"});
    }
    int start = 0;
    if (const std::optional<QByteArray> cursor = request.queryValue("startAfter")) {
        const int i = m_store->indexOf(*cursor);
        if (i < 0)
            details.append(
                {"startAfter", "Unknown cursor: pass the nextCursor of the previous page", "invalid_cursor"});
        start = i + 1;
    }
    if (!details.isEmpty())
        return error(400, "VALIDATION_ERROR", "Invalid query parameters", details);

    const std::optional<QByteArray> customerId = request.queryValue("customerId");
    const auto matches = [&](int i) {
        return (!status || m_store->status(i) == *status) && (!customerId || m_store->customerId(i) == *customerId);
    };

    QList<int> page;
    page.reserve(limit);
    qsizetype bytes = 0;
    int i = start;
    for (; i < m_store->size() && page.size() < limit; ++i) {
        if (matches(i)) {
            page.append(i);
            bytes += m_store->json(i).size() + 1;
        }
    }
    bool hasMore = false;
    for (; i < m_store->size() && !hasMore; ++i)
        hasMore = matches(i);

    QByteArray body;
    body.reserve(bytes + 160);
    body += "{\"orders\":[";
    for (int k = 0; k < page.size(); ++k) {
        if (k > 0)
            body += ',';
        body += m_store->json(page.at(k));
    }
    body += "],\"count\":" + QByteArray::number(page.size()) + ",\"limit\":" + QByteArray::number(limit) +
            ",\"hasMore\":" + (hasMore ? "true" : "false") + ",\"nextCursor\":";
    if (hasMore)
        JsonWriter::appendEscaped(&body, m_store->id(page.constLast()));
    else
        body += "null";
    body += '}';
    return HttpResponse::json(200, body);
}

HttpResponse FlexPortalRoutes::cancel(const HttpRequest& request, const QByteArray& orderId) const
{
    QString reason;
    if (!request.body.isEmpty()) {
        const QByteArray mime = request.header("content-type").split(';').first().trimmed().toLower();
        if (mime != "application/json") {
            return error(400, "VALIDATION_ERROR", "Invalid request body",
                         {{"body", "Content-Type must be application/json", "invalid_content_type"}});
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return error(400, "VALIDATION_ERROR", "Invalid request body",
                         {{"body", "Malformed JSON: " + parseError.errorString().toUtf8(), "invalid_json"}});
        }
        if (!document.isObject()) {
            return error(400, "VALIDATION_ERROR", "Invalid request body",
                         {{"body", "Expected object, received " + QByteArray(document.isArray() ? "array" : "value"),
                           "invalid_type"}});
        }
        const QJsonValue value = document.object().value(u"reason");
        if (!value.isUndefined()) {
            if (!value.isString()) {
                return error(400, "VALIDATION_ERROR", "Invalid request body",
                             {{"reason", "Expected string, received " + jsonTypeName(value), "invalid_type"}});
            }
            reason = value.toString();
            if (reason.size() > MaxReasonLength) { // UTF-16 code units, as JavaScript's length
                return error(400, "VALIDATION_ERROR", "Invalid request body",
                             {{"reason", "String must contain at most 1000 character(s)", "too_big"}});
            }
        }
    }

    const int i = m_store->indexOf(orderId);
    if (i < 0)
        return error(404, "NOT_FOUND", "Order not found");
    m_store->cancels().noteReason(orderId, reason);

    const QByteArray& status = m_store->status(i);
    if (status == "cancelled")
        return error(400, "ALREADY_CANCELLED", "Order is already cancelled");
    if (!m_store->isCancellable(i)) {
        const int rented = m_store->rentedDevices(i);
        if (const int active = m_store->activeSubscriptions(i); active > 0) {
            return error(400, "ORDER_NOT_CANCELLABLE",
                         "Order has " + QByteArray::number(active) +
                             " active subscription(s); cancel them individually instead");
        }
        if (rented > 0) {
            return error(400, "ORDER_NOT_CANCELLABLE",
                         "Order has " + QByteArray::number(rented) +
                             " subscription(s), none of them active; it can no longer be cancelled");
        }
        return error(400, "ORDER_NOT_CANCELLABLE", "Orders with status '" + status + "' cannot be cancelled");
    }
    m_store->cancel(i);

    // Exactly the page's three fields: success (always true), a confirmation message, the order id.
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject()
        .fieldBool("success", true)
        .field("message", "Order " + orderId + " cancelled")
        .field("orderId", orderId)
        .endObject();
    return HttpResponse::json(200, body);
}

// CancelSubscriptionRequest {rentalId (required, min 1, the path's id again), reason (required, the
// enum), notes (at most 1000 UTF-16 code units)}: every problem of the body is reported at once in
// details[], as the order routes do. Then NOT_FOUND, ALREADY_CANCELLED, ALREADY_ENDED; an active
// subscription becomes cancelled (future payments voided, asset flagged for collection) and the answer
// is CancelSubscriptionResponse. The order the subscription belongs to does not change.
HttpResponse FlexPortalRoutes::cancelSubscription(const HttpRequest& request, const QByteArray& subscriptionId) const
{
    const auto invalid = [](const QList<Detail>& details) {
        return error(400, "VALIDATION_ERROR", "Invalid request body", details);
    };
    if (request.body.isEmpty())
        return invalid({{"body", "Required: a JSON object with rentalId and reason", "invalid_type"}});
    const QByteArray mime = request.header("content-type").split(';').first().trimmed().toLower();
    if (mime != "application/json")
        return invalid({{"body", "Content-Type must be application/json", "invalid_content_type"}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid({{"body", "Malformed JSON: " + parseError.errorString().toUtf8(), "invalid_json"}});
    if (!document.isObject()) {
        return invalid({{"body", "Expected object, received " + QByteArray(document.isArray() ? "array" : "value"),
                         "invalid_type"}});
    }
    const QJsonObject body = document.object();
    const QJsonValue rentalId = body.value(u"rentalId");
    const QJsonValue reason = body.value(u"reason");
    const QJsonValue notes = body.value(u"notes");
    const auto textOf = [](const QJsonValue& v) {
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    m_store->subscriptionCancels().noteBody(subscriptionId, {textOf(rentalId), textOf(reason), textOf(notes)});

    QList<Detail> details;
    const auto required = [&details](QByteArrayView field, const QJsonValue& value) {
        if (value.isUndefined()) {
            details.append({field.toByteArray(), "Required", "invalid_type"});
            return false;
        }
        if (!value.isString()) {
            details.append({field.toByteArray(), "Expected string, received " + jsonTypeName(value), "invalid_type"});
            return false;
        }
        return true;
    };
    if (required("rentalId", rentalId)) {
        const QByteArray text = rentalId.toString().toUtf8();
        if (text.isEmpty())
            details.append({"rentalId", "String must contain at least 1 character(s)", "too_small"});
        else if (text != subscriptionId)
            details.append({"rentalId", "Must equal the subscription ID in the path", "custom"});
    }
    if (required("reason", reason)) {
        const QByteArray text = reason.toString().toUtf8();
        if (std::none_of(std::begin(SubscriptionReasons), std::end(SubscriptionReasons),
                         [&text](const char* r) { return text == r; })) {
            details.append({"reason",
                            "Invalid enum value. Expected 'customer_request' | 'payment_failure' | 'fraud' | "
                            "'admin_decision' | 'other', received '" +
                                text + '\'',
                            "invalid_enum_value"});
        }
    }
    if (!notes.isUndefined()) {
        if (!notes.isString())
            details.append({"notes", "Expected string, received " + jsonTypeName(notes), "invalid_type"});
        else if (notes.toString().size() > MaxNotesLength) // UTF-16 code units, as JavaScript's length
            details.append({"notes", "String must contain at most 1000 character(s)", "too_big"});
    }
    if (!details.isEmpty())
        return invalid(details);

    const std::optional<FlexPortalStore::Subscription> subscription = m_store->subscription(subscriptionId);
    if (!subscription)
        return error(404, "NOT_FOUND", "Subscription not found");
    if (subscription->status == "cancelled")
        return error(400, "ALREADY_CANCELLED", "Subscription is already cancelled");
    if (subscription->status.startsWith("ended_"))
        return error(400, "ALREADY_ENDED", "Subscription has already ended (" + subscription->status + ')');

    m_store->setSubscriptionStatus(subscriptionId, "cancelled");
    QByteArray answer;
    JsonWriter w(&answer);
    w.beginObject()
        .fieldBool("success", true)
        .field("rentalId", subscriptionId)
        .field("assetSerialNumber", subscription->assetSerialNumber)
        .field("previousStatus", subscription->status)
        .field("cancelledAt", formatIsoTime(QDateTime::currentMSecsSinceEpoch(), TimeStyle::UtcMillis))
        .field("message", "Subscription " + subscriptionId + " cancelled: future payments voided, asset " +
                              subscription->assetSerialNumber + " flagged for collection")
        .endObject();
    return HttpResponse::json(200, answer);
}

} // namespace OrderDesk
