#pragma once

#include "api/orderbackend.h"
#include "sandbox/sandboxthread.h"

#include <QNetworkAccessManager>
#include <QThreadPool>

#include <memory>

namespace OrderDesk::Test {

// A sandbox on a free loopback port in its own thread, a QNetworkAccessManager, and backends for
// both platforms pointed at it: what every client integration test starts from.
class SandboxClient
{
public:
    explicit SandboxClient(SandboxConfig config = {});

    bool isRunning() const { return m_running; }
    SandboxServer* server() const { return m_sandbox.server(); }
    QNetworkAccessManager* network() { return &m_network; }

    Account account(Platform platform) const;
    // Fast settings for tests: short timeout and backoff, so retries take milliseconds.
    static TransportSettings fastSettings();
    // Pages through lists in `pagingThread` when one is given, as the application does.
    std::unique_ptr<OrderBackend> backend(Platform platform, const TransportSettings& settings = fastSettings(),
                                          NetworkThread* pagingThread = nullptr);
    std::unique_ptr<OrderBackend> backendWithSecret(Platform platform, const QString& secret,
                                                    const QString& tenantId = {});

    // The decoded order as the sandbox holds it now.
    Order serverOrder(Platform platform, const QString& orderId) const;
    // The first order the policy allows / refuses, for the given native status ("" = any).
    QString findOrder(Platform platform, bool cancellable, const QString& status = {}) const;

private:
    SandboxThread m_sandbox;
    QNetworkAccessManager m_network;
    QThreadPool m_workers; // where the backends decode large bodies
    bool m_running = false;
};

} // namespace OrderDesk::Test
