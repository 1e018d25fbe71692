#pragma once

#include "api/account.h"
#include "api/transport.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;
class QThreadPool;

namespace OrderDesk {

// "Test connection" in the accounts dialog: one cheap read with the account as entered, and the
// precise problem in words when it fails (wrong key, wrong tenant, unreachable, TLS, ...).
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    ConnectionTester(QNetworkAccessManager* network, TransportSettings settings, QObject* parent = nullptr);

    // Where a check decodes what it read (OfferGrid's check reads the order list): the composition
    // root's pool; without one, in this thread.
    void setWorkerPool(QThreadPool* pool) { m_workerPool = pool; }
    // The timeout and HTTP/2 choice of the checks from now on (one try each, whatever `settings` says).
    void setTransportSettings(const TransportSettings& settings);

    void test(const Account& account, const QString& secret);

signals:
    void tested(const QString& accountId, bool connected, const QString& message);

private:
    QNetworkAccessManager* m_network;
    TransportSettings m_settings;
    QThreadPool* m_workerPool = nullptr;
};

} // namespace OrderDesk
