#include "orderbackend.h"

#include "api/asyncdecode.h"
#include "api/cancelflow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

class FetchOrderFlow : public FetchOrderJob
{
public:
    FetchOrderFlow(OrderBackend* backend, const QString& orderId)
        : FetchOrderJob(backend)
        , m_backend(backend)
    {
        m_call = backend->newCall("GET", backend->orderPath(orderId), {}, this);
        connect(m_call, &HttpCall::finished, this, &FetchOrderFlow::onReply);
        m_call->start();
    }

protected:
    void stop() override { m_call->abort(); }

private:
    void onReply()
    {
        const HttpReply& reply = m_call->reply();
        if (reply.aborted)
            return;
        if (!reply.isHttpSuccess()) {
            finishWithError(m_backend->errorFor(reply));
            return;
        }
        // Decoded here, not on the worker pool: decoding needs the backend, which may go while a pool
        // thread works (the accounts changed). One order is small.
        Result<Order> result = m_backend->decodeOrder(reply.body);
        if (!result.ok()) {
            finishWithError(result.error());
            return;
        }
        Order order = std::move(result).value();
        order.accountId = m_backend->account().id;
        setResult(std::move(order), reply.body);
        finishWithSuccess();
    }

    const OrderBackend* m_backend;
    HttpCall* m_call;
};

class ConnectionCheck : public ApiJob
{
public:
    explicit ConnectionCheck(OrderBackend* backend)
        : ApiJob(backend)
        , m_backend(backend)
    {
        m_call = backend->newCall("GET", backend->connectionCheckPath(), {}, this);
        connect(m_call, &HttpCall::finished, this, &ConnectionCheck::onReply);
        m_call->start();
    }

protected:
    void stop() override { m_call->abort(); }

private:
    // Only an answer that is the platform's own proves the address: a wrong base URL may well answer,
    // 404 or a web page with 200.
    void onReply()
    {
        const HttpReply& reply = m_call->reply();
        if (reply.aborted)
            return;
        if (!reply.isHttpSuccess()) {
            finishWithError(m_backend->connectionRefusal(reply));
            return;
        }
        const OrderBackend::ConnectionBodyCheck check = m_backend->connectionBodyCheck();
        if (!check) {
            finishWithSuccess();
            return;
        }
        decodeAsync<bool>(
            m_backend->workerPool(), this, reply.body,
            [check](const QByteArray& body) -> Result<bool> {
                if (std::optional<ApiError> problem = check(body))
                    return *std::move(problem);
                return true;
            },
            [this, status = reply.status](Result<bool> result) {
                if (result.ok()) {
                    finishWithSuccess();
                    return;
                }
                ApiError error = result.error();
                if (error.httpStatus == 0)
                    error.httpStatus = status;
                finishWithError(error);
            });
    }

    OrderBackend* m_backend;
    HttpCall* m_call;
};

} // namespace

OrderBackend::OrderBackend(Account account, QString secret, QNetworkAccessManager* manager, TransportSettings settings,
                           QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_secret(std::move(secret))
    , m_manager(manager)
    , m_settings(settings)
{}

OrderBackend::~OrderBackend()
{
    // Its jobs are its children: each finishes, stopped, before it goes with the backend, so that no
    // service waits for an answer that cannot come. (BackendRegistry stops them earlier, while the
    // backend is whole; this is for every other owner.)
    ApiJob::abortChildren(this, ApiError(ApiError::Kind::Aborted,
                                         tr("The connection to the account was closed while this was running.")));
}

QByteArray OrderBackend::encodeSegment(const QString& segment)
{
    // Everything but RFC 3986's unreserved characters, so "/", "#", "?", "%" and spaces in an id
    // travel as data, not as URL syntax; the server decodes each segment exactly once.
    return QUrl::toPercentEncoding(segment);
}

CallRecipe OrderBackend::callRecipe() const
{
    CallRecipe recipe;
    recipe.baseUrl = m_account.baseUrl.toEncoded(QUrl::StripTrailingSlash);
    recipe.headers = {{"Accept", "application/json"},
                      {"User-Agent", "OrderDesk/" + QCoreApplication::applicationVersion().toUtf8()}};
    recipe.headers += authenticationHeaders();
    recipe.settings = m_settings;
    recipe.decodeError = errorBodyDecoder();
    recipe.bodyRetryAfter = bodyRetryHint();
    return recipe;
}

HttpCall* OrderBackend::newCall(const QByteArray& verb, const QByteArray& encodedPathAndQuery, const QByteArray& body,
                                QObject* parent) const
{
    return callRecipe().newCall(m_manager, verb, encodedPathAndQuery, body, parent);
}

ApiError OrderBackend::errorFor(const HttpReply& reply) const
{
    return callRecipe().errorFor(reply);
}

ApiError OrderBackend::interpretCancelRefusal(const HttpReply& reply) const
{
    return errorFor(reply);
}

FetchOrderJob* OrderBackend::fetchOrder(const QString& orderId)
{
    return new FetchOrderFlow(this, orderId);
}

ApiJob* OrderBackend::checkConnection()
{
    return new ConnectionCheck(this);
}

CancelOrderJob* OrderBackend::cancelOrder(const QString& orderId, const QString& reason)
{
    return new CancelFlow(this, orderId, reason);
}

} // namespace OrderDesk
