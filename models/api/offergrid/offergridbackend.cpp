#include "offergridbackend.h"

#include "api/asyncdecode.h"
#include "api/offergrid/offergriddecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// The whole list comes as one body (50,000 orders are about 50 MB): it is decoded on the thread
// pool and handed over in slices, so that the first rows show at once and no insert is huge.
class OfferGridListJob : public ListOrdersJob
{
public:
    static constexpr int SliceSize = 1000;

    OfferGridListJob(OfferGridBackend* backend, const QString& status, std::optional<KnownOrders> known)
        : ListOrdersJob(backend)
        , m_backend(backend)
        , m_known(std::move(known))
    {
        QByteArray path = "/reseller/orders";
        if (!status.isEmpty())
            path += "?status=" + QUrl::toPercentEncoding(status);
        m_call = backend->newCall("GET", path, {}, this);
        connect(m_call, &HttpCall::finished, this, &OfferGridListJob::onReply);
        QMetaObject::invokeMethod(m_call, &HttpCall::start, Qt::QueuedConnection);
    }

protected:
    void stop() override
    {
        m_stopped = true;
        m_call->abort();
    }

private:
    void onReply()
    {
        const HttpReply& reply = m_call->reply();
        if (reply.aborted || m_stopped)
            return;
        if (!reply.isHttpSuccess()) {
            finishWithError(m_backend->errorFor(reply));
            return;
        }
        // The account is stamped on the worker thread too: 50,000 writes on the GUI thread are a stall.
        decodeAsync<QList<Order>>(
            m_backend->workerPool(), this, reply.body,
            [accountId = m_backend->account().id, known = std::exchange(m_known, {})](const QByteArray& body) {
                Result<QList<Order>> decoded = OfferGridDecoder::decodeList(body, known ? &*known : nullptr);
                if (decoded.ok()) {
                    for (Order& order : decoded.value())
                        order.accountId = accountId;
                }
                return decoded;
            },
            [this](Result<QList<Order>> result) { onDecoded(std::move(result)); });
    }

    void onDecoded(Result<QList<Order>> result)
    {
        if (m_stopped)
            return;
        if (!result.ok()) {
            finishWithError(result.error());
            return;
        }
        m_orders = std::move(result).value();
        deliverNextSlice();
    }

    void deliverNextSlice()
    {
        if (m_stopped)
            return;
        const qsizetype n = std::min<qsizetype>(SliceSize, m_orders.size() - m_next);
        if (n > 0 || m_next == 0)
            deliverPage(m_orders.mid(m_next, n));
        m_next += n;
        if (m_next >= m_orders.size()) {
            releaseInBackground(m_backend->workerPool(), std::exchange(m_orders, {}));
            finishWithSuccess();
            return;
        }
        // Let the event loop breathe between slices (repaints, the stop button).
        QMetaObject::invokeMethod(
            this, [this] { deliverNextSlice(); }, Qt::QueuedConnection);
    }

    OfferGridBackend* m_backend;
    std::optional<KnownOrders> m_known; // until the body decodes
    HttpCall* m_call;
    QList<Order> m_orders;
    qsizetype m_next = 0;
    bool m_stopped = false;
};

} // namespace

ListOrdersJob* OfferGridBackend::listOrders(const QString& status, std::optional<KnownOrders> known)
{
    return new OfferGridListJob(this, status, std::move(known));
}

Result<Order> OfferGridBackend::decodeOrder(const QByteArray& body) const
{
    return OfferGridDecoder::decodeOrder(body);
}

QByteArray OfferGridBackend::orderPath(const QString& orderId) const
{
    return "/reseller/orders/" + encodeSegment(orderId);
}

QByteArray OfferGridBackend::cancelPath(const QString& orderId) const
{
    return orderPath(orderId) + "/cancel";
}

ApiError OfferGridBackend::connectionRefusal(const HttpReply& reply) const
{
    ApiError error = errorFor(reply);
    if (!reply.hasHttpStatus())
        return error; // unreachable, TLS, timeout: as for every request
    const QString said = error.message;
    if (reply.status == 404) {
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("The address answers, but there is no OfferGrid reseller API there (it does not know "
                           "/reseller/orders). Check the account's base URL, e.g. https://api.offergrid.io.");
    } else if (reply.status == 403) { // OfferGrid has no tenant: it is the key that has no access
        error.kind = ApiError::Kind::Authentication;
        error.message = tr("OfferGrid refused the API key for the reseller API (a provider team's key, or one "
                           "without reseller access).");
    } else {
        return error; // 401 is the refused key already, in the platform's words
    }
    if (!said.isEmpty())
        error.message += u' ' + tr("The server said: %1").arg(said);
    return error;
}

std::optional<ApiError> OfferGridBackend::checkOrderListBody(const QByteArray& body)
{
    const Result<QList<Order>> orders = OfferGridDecoder::decodeList(body);
    if (orders.ok())
        return std::nullopt;
    return ApiError(ApiError::Kind::Protocol,
                    tr("The address answers, but not as OfferGrid: its answer to the order list is not a list of "
                       "OfferGrid orders (%1). Check the account's base URL.")
                        .arg(orders.error().message));
}

ApiError OfferGridBackend::interpretCancelRefusal(const HttpReply& reply) const
{
    ApiError error = errorFor(reply);
    // OfferGrid documents no codes for a refused cancel: a 400 with one message is its rules
    // speaking (the cancel flow then reads the order to tell "already cancelled" apart), while
    // a list of messages is NestJS validation of our request.
    if ((reply.status == 400 || reply.status == 409) && error.details.isEmpty())
        error.kind = ApiError::Kind::NotCancellable;
    return error;
}

bool OfferGridBackend::refusedReasonBody(const HttpReply& reply) const
{
    // A whitelisting server refuses properties it does not take before any rule runs, e.g. NestJS's
    // ["property reason should not exist"]. Only such a refusal of `reason` itself qualifies: any
    // other 400 may be the platform's rules speaking, and the cancel is never sent again after it.
    if (reply.status != 400)
        return false;
    const ApiError error = errorFor(reply);
    QStringList lines = error.details;
    lines << error.message;
    static const QRegularExpression namesReason(uR"(\breason\b)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression refusesIt(
        uR"(should not exist|not allowed|unrecognized|unknown (field|propert|key)|not permitted|additional propert)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return std::any_of(lines.cbegin(), lines.cend(), [](const QString& line) {
        return namesReason.match(line).hasMatch() && refusesIt.match(line).hasMatch();
    });
}

QString OfferGridBackend::cancelSuccessMessage(const QByteArray& body) const
{
    // The reply's shape is not documented (likely the updated order); keep a message if it has one.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().value(u"message").toString().left(2000) : QString();
}

QList<std::pair<QByteArray, QByteArray>> OfferGridBackend::authenticationHeaders() const
{
    return {{"x-api-key", secret().toUtf8()}};
}

ErrorBodyDecoder OfferGridBackend::errorBodyDecoder() const
{
    return &OfferGridDecoder::decodeError;
}

BodyRetryHint OfferGridBackend::bodyRetryHint() const
{
    return [](const HttpReply& reply) -> std::optional<int> {
        if (reply.status != 429)
            return std::nullopt;
        return OfferGridDecoder::decodeError(reply.status, reply.body).retryAfterSeconds;
    };
}

} // namespace OrderDesk
