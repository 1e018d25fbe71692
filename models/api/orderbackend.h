#pragma once

#include "api/account.h"
#include "api/apijobs.h"
#include "api/callrecipe.h"
#include "api/knownorders.h"
#include "api/result.h"
#include "api/transport.h"

#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QThreadPool;

namespace OrderDesk {

class HttpCall;
class NetworkThread;

// The one interface the rest of OrderDesk talks to, whatever the platform. Each adapter owns its
// authentication headers, paging, cancel verb and error bodies, and hands out the same Order and
// ApiError. The QNetworkAccessManager is the composition root's; the backend does not own it.
class OrderBackend : public QObject
{
    Q_OBJECT

public:
    OrderBackend(Account account, QString secret, QNetworkAccessManager* manager, TransportSettings settings,
                 QObject* parent = nullptr);
    ~OrderBackend() override; // stops its jobs first: each finishes, stopped (see ApiJob)

    const Account& account() const { return m_account; }
    Platform platform() const { return m_account.platform; }
    const TransportSettings& transportSettings() const { return m_settings; }
    void setTransportSettings(const TransportSettings& settings) { m_settings = settings; }
    // Where lists that follow page after page make their requests (FlexPortal); without one, in the
    // backend's thread with its manager.
    void setPagingThread(NetworkThread* thread) { m_pagingThread = thread; }
    NetworkThread* pagingThread() const { return m_pagingThread; }
    // Where large bodies decode: the composition root's pool; without one, in the backend's thread.
    void setWorkerPool(QThreadPool* pool) { m_workerPool = pool; }
    QThreadPool* workerPool() const { return m_workerPool; }
    QNetworkAccessManager* networkManager() const { return m_manager; }

    // Every order of the account, optionally of one native status only. With `known`, the orders
    // whose JSON it holds come as markers, not whole (api/knownorders.h).
    virtual ListOrdersJob* listOrders(const QString& status = {}, std::optional<KnownOrders> known = {}) = 0;
    FetchOrderJob* fetchOrder(const QString& orderId);
    // Sends the cancel once, never again by itself; see CancelOutcome for what can come of it.
    CancelOrderJob* cancelOrder(const QString& orderId, const QString& reason);
    // One cheap read that proves the address, key and tenant work; fails with the precise problem.
    ApiJob* checkConnection();

    // For the adapters' jobs.
    HttpCall* newCall(const QByteArray& verb, const QByteArray& encodedPathAndQuery, const QByteArray& body,
                      QObject* parent) const;
    ApiError errorFor(const HttpReply& reply) const;
    // The account's requests as a value, for jobs that make them in another thread.
    CallRecipe callRecipe() const;
    virtual Result<Order> decodeOrder(const QByteArray& body) const = 0;
    virtual QByteArray orderPath(const QString& orderId) const = 0;
    virtual QByteArray cancelPath(const QString& orderId) const = 0;
    virtual QByteArray cancelVerb() const = 0;
    // The read checkConnection() makes: connected when it answers 2xx and the body passes
    // connectionBodyCheck(). connectionRefusal() says in words what any other answer means.
    virtual QByteArray connectionCheckPath() const = 0;
    virtual ApiError connectionRefusal(const HttpReply& reply) const { return errorFor(reply); }
    // Whether a 2xx body is the platform's answer (nothing when it is, else the problem). A plain
    // function: it may run on a worker thread. nullptr: any 2xx will do.
    using ConnectionBodyCheck = std::optional<ApiError> (*)(const QByteArray& body);
    virtual ConnectionBodyCheck connectionBodyCheck() const { return nullptr; }
    // How a refused cancel reads: not cancellable, already cancelled, or another failure.
    virtual ApiError interpretCancelRefusal(const HttpReply& reply) const;
    // Whether a refused cancel refused the reason in its body, not the cancel: a validation refusal
    // applied nothing, so the cancel may go once more without a body (OfferGrid, DECISIONS.md).
    virtual bool refusedReasonBody(const HttpReply& reply) const
    {
        Q_UNUSED(reply);
        return false;
    }
    // Whether a 2xx reply to the cancel of `orderId` says it did not cancel that order (FlexPortal:
    // `success` not true, or another `orderId`); the order read back then decides.
    virtual bool cancelReplyContradicts(const QByteArray& body, const QString& orderId) const
    {
        Q_UNUSED(body);
        Q_UNUSED(orderId);
        return false;
    }
    // What the platform said in a successful cancel's reply, for the agent and the history.
    virtual QString cancelSuccessMessage(const QByteArray& body) const
    {
        Q_UNUSED(body);
        return {};
    }

protected:
    virtual QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const = 0;
    // Plain functions, not members: the paging thread uses them too.
    virtual ErrorBodyDecoder errorBodyDecoder() const = 0;
    // The platform's own retry hint in an error body (OfferGrid's retryAfter), if it has one.
    virtual BodyRetryHint bodyRetryHint() const { return nullptr; }

    const QString& secret() const { return m_secret; }
    static QByteArray encodeSegment(const QString& segment);

private:
    Account m_account;
    QString m_secret;
    QNetworkAccessManager* m_manager;
    TransportSettings m_settings;
    NetworkThread* m_pagingThread = nullptr;
    QThreadPool* m_workerPool = nullptr;
};

} // namespace OrderDesk
