#pragma once

#include "domain/order.h"
#include "sandbox/sandboxconfig.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace OrderDesk {

// A FlexPortal subscription as the sandbox holds it (for tests).
struct SandboxSubscription
{
    QString id;
    QString orderId;           // the order whose rentalIds hold it
    QString status;            // a SubscriptionStatus value: active, cancelled, ended_completed, ...
    QString assetSerialNumber; // what a successful cancel answers
};

// The body of a subscription cancel request as the sandbox read it: a field absent, or not text,
// is nothing. Kept for every body that was a JSON object, valid or not.
struct SandboxSubscriptionCancel
{
    std::optional<QString> rentalId;
    std::optional<QString> reason;
    std::optional<QString> notes;
};

class HttpResponder;
class HttpServer;
struct FaultDecision;
struct HttpRequest;
struct HttpResponse;

// A real HTTP/1.1 server on 127.0.0.1 that speaks FlexPortal's (/v1/...) and OfferGrid's
// (/reseller/...) order APIs on one port, with deterministic data and injectable faults, so that
// OrderDesk runs without credentials and every test talks real HTTP.
//
// It lives in one thread (see SandboxThread); listen() must be called there. Every other public
// method is thread-safe.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxConfig config = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 = a free port
    void close();                  // stops listening and closes every connection (in the server's thread)
    QString errorString() const;   // why listen() failed
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>, empty before listen()
    const SandboxConfig& config() const;
    qint64 generationMs() const; // how long generating the data took

    // Replaces the platform's faults and modes; for OfferGrid, faults.strictBody = true makes its cancel
    // refuse every body property (see SandboxFaults).
    void setFaults(Platform platform, const SandboxFaults& faults);
    SandboxFaults faults(Platform platform) const; // what is left of them

    // Change state "behind the client's back" (for tests). False if the id is unknown (or, for
    // OfferGrid, if itemStatuses is not empty and does not hold one status per item).
    bool setFlexPortalStatus(const QString& orderId, const QString& status, int rentedDevices = -1 /* -1 keep */);
    bool setOfferGridStatus(const QString& orderId, const QString& orderStatus,
                            const QStringList& itemStatuses = {} /* empty keep */);

    QStringList orderIds(Platform platform) const;                         // in list order
    QByteArray orderJson(Platform platform, const QString& orderId) const; // what GET one would return
    // How many cancel requests reached the server for that id (refused and faulted ones included).
    int cancelRequests(Platform platform, const QString& orderId) const;
    int requestCount(Platform platform) const; // all requests seen
    QString lastCancelReason(Platform platform, const QString& orderId) const;
    int acceptedConnections() const; // TCP connections accepted so far (keep-alive shows as few)

    // FlexPortal subscriptions: the orders' rentalIds, each with a state and an asset. Cancelling one
    // changes the subscription only, never its order (see FlexPortalStore).
    // Every subscription, in list order of their orders, optionally only those in `status`.
    QStringList subscriptionIds(const QString& status = {}) const;
    std::optional<SandboxSubscription> subscription(const QString& subscriptionId) const;
    QString subscriptionStatus(const QString& subscriptionId) const; // empty: no such subscription
    // Changes a subscription's state behind the client's back. False if the id is unknown or the
    // status is not a SubscriptionStatus value.
    bool setSubscriptionStatus(const QString& subscriptionId, const QString& status);
    // How many cancel requests reached the server for that path id (refused and faulted ones included).
    int subscriptionCancelRequests(const QString& subscriptionId) const;
    std::optional<SandboxSubscriptionCancel> lastSubscriptionCancel(const QString& subscriptionId) const;

private:
    void handle(const HttpRequest& request, const HttpResponder& responder);
    HttpResponse answerFlexPortal(const HttpRequest& request, FaultDecision* decision, bool* drop);
    HttpResponse answerOfferGrid(const HttpRequest& request, FaultDecision* decision, bool* drop);
    void addRateLimitHeaders(HttpResponse* response, int retryAfterSeconds);

    struct State;

    const SandboxConfig m_config;
    mutable QMutex m_mutex;
    std::unique_ptr<State> m_state; // data, routes, faults and counters, guarded by m_mutex
    HttpServer* m_http = nullptr;
    std::atomic<quint16> m_port{0};
};

} // namespace OrderDesk
