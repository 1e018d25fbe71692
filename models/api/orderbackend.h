#pragma once

#include "api/account.h"
#include "api/apijobs.h"
#include "api/result.h"
#include "api/transport.h"

#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

namespace OrderDesk {

class HttpCall;

// The one interface the rest of OrderDesk talks to, whatever the platform. Each adapter owns its
// authentication headers, paging, cancel verb and error bodies, and hands out the same Order and
// ApiError. The QNetworkAccessManager is the composition root's; the backend does not own it.
class OrderBackend : public QObject
{
    Q_OBJECT

public:
    OrderBackend(Account account, QString secret, QNetworkAccessManager* manager, TransportSettings settings,
                 QObject* parent = nullptr);

    const Account& account() const { return m_account; }
    Platform platform() const { return m_account.platform; }
    const TransportSettings& transportSettings() const { return m_settings; }
    void setTransportSettings(const TransportSettings& settings) { m_settings = settings; }

    // Every order of the account, optionally of one native status only.
    virtual ListOrdersJob* listOrders(const QString& status = {}) = 0;
    FetchOrderJob* fetchOrder(const QString& orderId);
    // Sends the cancel once, never again by itself; see CancelOutcome for what can come of it.
    CancelOrderJob* cancelOrder(const QString& orderId, const QString& reason);
    // One cheap read that proves the address, key and tenant work; fails with the precise problem.
    ApiJob* checkConnection();

    // For the adapters' jobs.
    HttpCall* newCall(const QByteArray& verb, const QByteArray& encodedPathAndQuery, const QByteArray& body,
                      QObject* parent) const;
    ApiError errorFor(const HttpReply& reply) const;
    virtual Result<Order> decodeOrder(const QByteArray& body) const = 0;
    virtual QByteArray orderPath(const QString& orderId) const = 0;
    virtual QByteArray cancelPath(const QString& orderId) const = 0;
    virtual QByteArray cancelVerb() const = 0;
    // The read checkConnection() makes, and whether a reply status counts as connected.
    virtual QByteArray connectionCheckPath() const = 0;
    virtual bool isConnectedStatus(int httpStatus) const { return httpStatus >= 200 && httpStatus < 300; }
    // How a refused cancel reads: not cancellable, already cancelled, or another failure.
    virtual ApiError interpretCancelRefusal(const HttpReply& reply) const;

protected:
    virtual void addAuthentication(QNetworkRequest& request) const = 0;
    virtual ApiError decodeError(int httpStatus, const QByteArray& body) const = 0;
    // The platform's own retry hint in an error body (OfferGrid's retryAfter), if any.
    virtual std::optional<int> bodyRetryAfter(const HttpReply&) const { return std::nullopt; }

    const QString& secret() const { return m_secret; }
    static QByteArray encodeSegment(const QString& segment);

private:
    Account m_account;
    QString m_secret;
    QNetworkAccessManager* m_manager;
    TransportSettings m_settings;
};

} // namespace OrderDesk
