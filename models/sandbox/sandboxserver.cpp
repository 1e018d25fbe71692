#include "sandboxserver.h"

#include "faultinjector.h"
#include "flexportalroutes.h"
#include "httpserver.h"
#include "offergridroutes.h"
#include "sandboxdata.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcSandbox, "orderdesk.sandbox", QtInfoMsg) // per-request lines: enable with QT_LOGGING_RULES

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int RateLimitPerMinute = 100; // OfferGrid's documented burst limit, reported (never enforced)
} // namespace

struct SandboxServer::State
{
    explicit State(const SandboxConfig& config)
        : data(config)
        , flexPortal(&data.flexPortal, config.credentials)
        , offerGrid(&data.offerGrid, config.credentials)
    {}

    SandboxData data;
    FlexPortalRoutes flexPortal;
    OfferGridRoutes offerGrid;
    FaultInjector flexPortalFaults;
    FaultInjector offerGridFaults;
    int flexPortalRequests = 0;
    int offerGridRequests = 0;
    qint64 rateWindowStart = 0; // Unix seconds of the current minute
    int rateWindowCount = 0;
    // The rate limit (SandboxFaults::rateLimitPerSecond): cancels counted per key in the current second.
    struct KeyWindow
    {
        qint64 second = 0; // Unix seconds
        int count = 0;
    };
    QHash<QByteArray, KeyWindow> keyWindows;

    // Counts a cancel of `key` against `limit` per second; the seconds to wait when it is over the limit.
    std::optional<int> overLimit(const QByteArray& key, int limit)
    {
        if (limit <= 0)
            return std::nullopt;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        KeyWindow& w = keyWindows[key];
        if (w.second != nowMs / 1000) {
            w.second = nowMs / 1000;
            w.count = 0;
        }
        if (w.count >= limit)
            return int((w.second + 1) * 1000 - nowMs + 999) / 1000; // until the window ends, rounded up
        ++w.count;
        return std::nullopt;
    }
};

SandboxServer::SandboxServer(SandboxConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_state(std::make_unique<State>(m_config))
{
    qCDebug(lcSandbox) << "generated" << m_config.flexPortalOrders << "FlexPortal and" << m_config.offerGridOrders
                       << "OfferGrid orders in" << m_state->data.generationMs << "ms";
}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(quint16 port)
{
    if (m_http && m_port.load() != 0)
        return port == 0 || port == m_port.load();
    if (!m_http) {
        m_http = new HttpServer(
            [this](const HttpRequest& request, const HttpResponder& responder) { handle(request, responder); },
            HttpLimits{}, this);
    }
    if (!m_http->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_http->port();
    return true;
}

void SandboxServer::close()
{
    if (m_http)
        m_http->close();
    m_port = 0;
}

QString SandboxServer::errorString() const
{
    return m_http ? m_http->errorString() : QString();
}

quint16 SandboxServer::port() const
{
    return m_port.load();
}

QUrl SandboxServer::baseUrl() const
{
    const quint16 p = m_port.load();
    return p == 0 ? QUrl() : QUrl(u"http://127.0.0.1:%1"_s.arg(p));
}

const SandboxConfig& SandboxServer::config() const
{
    return m_config;
}

qint64 SandboxServer::generationMs() const
{
    return m_state->data.generationMs; // written once, in the constructor
}

void SandboxServer::setFaults(Platform platform, const SandboxFaults& faults)
{
    const QMutexLocker lock(&m_mutex);
    (platform == Platform::FlexPortal ? m_state->flexPortalFaults : m_state->offerGridFaults).set(faults);
}

SandboxFaults SandboxServer::faults(Platform platform) const
{
    const QMutexLocker lock(&m_mutex);
    return (platform == Platform::FlexPortal ? m_state->flexPortalFaults : m_state->offerGridFaults).current();
}

bool SandboxServer::setFlexPortalStatus(const QString& orderId, const QString& status, int rentedDevices)
{
    const QMutexLocker lock(&m_mutex);
    FlexPortalStore& store = m_state->data.flexPortal;
    const int i = store.indexOf(orderId.toUtf8());
    if (i < 0 || status.isEmpty())
        return false;
    store.setState(i, status.toUtf8(), rentedDevices);
    return true;
}

bool SandboxServer::setOfferGridStatus(const QString& orderId, const QString& orderStatus,
                                       const QStringList& itemStatuses)
{
    const QMutexLocker lock(&m_mutex);
    OfferGridStore& store = m_state->data.offerGrid;
    const int i = store.indexOf(orderId.toUtf8());
    if (i < 0 || orderStatus.isEmpty())
        return false;
    QList<QByteArray> items;
    items.reserve(itemStatuses.size());
    for (const QString& s : itemStatuses)
        items.append(s.toUtf8());
    return store.setState(i, orderStatus.toUtf8(), items);
}

QStringList SandboxServer::orderIds(Platform platform) const
{
    const QMutexLocker lock(&m_mutex);
    return platform == Platform::FlexPortal ? m_state->data.flexPortal.ids() : m_state->data.offerGrid.ids();
}

QByteArray SandboxServer::orderJson(Platform platform, const QString& orderId) const
{
    const QMutexLocker lock(&m_mutex);
    const QByteArray id = orderId.toUtf8();
    if (platform == Platform::FlexPortal) {
        const int i = m_state->data.flexPortal.indexOf(id);
        return i < 0 ? QByteArray() : m_state->data.flexPortal.json(i);
    }
    const int i = m_state->data.offerGrid.indexOf(id);
    return i < 0 ? QByteArray() : m_state->data.offerGrid.json(i);
}

int SandboxServer::cancelRequests(Platform platform, const QString& orderId) const
{
    const QMutexLocker lock(&m_mutex);
    const CancelLog& log =
        platform == Platform::FlexPortal ? m_state->data.flexPortal.cancels() : m_state->data.offerGrid.cancels();
    return log.requests(orderId.toUtf8());
}

int SandboxServer::requestCount(Platform platform) const
{
    const QMutexLocker lock(&m_mutex);
    return platform == Platform::FlexPortal ? m_state->flexPortalRequests : m_state->offerGridRequests;
}

QString SandboxServer::lastCancelReason(Platform platform, const QString& orderId) const
{
    const QMutexLocker lock(&m_mutex);
    const CancelLog& log =
        platform == Platform::FlexPortal ? m_state->data.flexPortal.cancels() : m_state->data.offerGrid.cancels();
    return log.lastReason(orderId.toUtf8());
}

QStringList SandboxServer::subscriptionIds(const QString& status) const
{
    const QMutexLocker lock(&m_mutex);
    const FlexPortalStore& store = m_state->data.flexPortal;
    QStringList out;
    for (int i = 0; i < store.size(); ++i) {
        if (store.rentedDevices(i) == 0)
            continue;
        for (const FlexPortalStore::Subscription& s : store.subscriptions(i)) {
            if (status.isEmpty() || s.status == status.toUtf8())
                out << QString::fromUtf8(s.id);
        }
    }
    return out;
}

std::optional<SandboxSubscription> SandboxServer::subscription(const QString& subscriptionId) const
{
    const QMutexLocker lock(&m_mutex);
    const FlexPortalStore& store = m_state->data.flexPortal;
    const std::optional<FlexPortalStore::Subscription> s = store.subscription(subscriptionId.toUtf8());
    if (!s)
        return std::nullopt;
    return SandboxSubscription{subscriptionId, QString::fromUtf8(store.id(s->order)), QString::fromUtf8(s->status),
                               QString::fromUtf8(s->assetSerialNumber)};
}

QString SandboxServer::subscriptionStatus(const QString& subscriptionId) const
{
    const std::optional<SandboxSubscription> s = subscription(subscriptionId);
    return s ? s->status : QString();
}

bool SandboxServer::setSubscriptionStatus(const QString& subscriptionId, const QString& status)
{
    static const QStringList Statuses{u"active"_s,       u"cancelled"_s,     u"ended_completed"_s,
                                      u"ended_buyout"_s, u"ended_upgrade"_s, u"ended_early_return"_s};
    if (!Statuses.contains(status))
        return false;
    const QMutexLocker lock(&m_mutex);
    return m_state->data.flexPortal.setSubscriptionStatus(subscriptionId.toUtf8(), status.toUtf8());
}

int SandboxServer::subscriptionCancelRequests(const QString& subscriptionId) const
{
    const QMutexLocker lock(&m_mutex);
    return m_state->data.flexPortal.subscriptionCancels().requests(subscriptionId.toUtf8());
}

std::optional<SandboxSubscriptionCancel> SandboxServer::lastSubscriptionCancel(const QString& subscriptionId) const
{
    const QMutexLocker lock(&m_mutex);
    const std::optional<SubscriptionCancelBody> body =
        m_state->data.flexPortal.subscriptionCancels().lastBody(subscriptionId.toUtf8());
    if (!body)
        return std::nullopt;
    return SandboxSubscriptionCancel{body->rentalId, body->reason, body->notes};
}

int SandboxServer::acceptedConnections() const
{
    return m_http ? m_http->acceptedConnections() : 0;
}

void SandboxServer::handle(const HttpRequest& request, const HttpResponder& responder)
{
    const QByteArray first = request.segments.isEmpty() ? QByteArray() : request.segments.first();
    FaultDecision decision;
    bool drop = false;
    HttpResponse response;
    if (first == "v1") {
        response = answerFlexPortal(request, &decision, &drop);
    } else if (first == "reseller") {
        response = answerOfferGrid(request, &decision, &drop);
    } else {
        response = FlexPortalRoutes::error(404, "NOT_FOUND",
                                           "No route for " + request.method + ' ' + request.path() +
                                               ": FlexPortal lives under /v1, OfferGrid under /reseller");
    }
    qCDebug(lcSandbox).noquote() << request.method << request.target << "->" << response.status
                                 << (drop ? "(dropped)" : "");

    const auto deliver = [responder, response, decision, drop] {
        if (drop)
            responder.drop();
        else if (decision.stallMs > 0)
            responder.sendStalled(response, decision.stallMs);
        else
            responder.send(response);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(decision.latencyMs, this, deliver);
    else
        deliver();
}

HttpResponse SandboxServer::answerFlexPortal(const HttpRequest& request, FaultDecision* decision, bool* drop)
{
    const QMutexLocker lock(&m_mutex);
    State& s = *m_state;
    ++s.flexPortalRequests;
    const FlexPortalRoutes::Match match = FlexPortalRoutes::match(request);
    if (match.kind == FlexPortalRoutes::Kind::Cancel)
        s.data.flexPortal.cancels().noteRequest(match.id);
    if (match.kind == FlexPortalRoutes::Kind::SubscriptionCancel)
        s.data.flexPortal.subscriptionCancels().noteRequest(match.id);

    *decision = s.flexPortalFaults.next();
    if (decision->answer == FaultDecision::Answer::ServerError)
        return FaultInjector::serviceUnavailable();
    if (decision->answer == FaultDecision::Answer::RateLimited)
        return FlexPortalRoutes::rateLimited(decision->retryAfterSeconds);
    if (match.kind == FlexPortalRoutes::Kind::Cancel || match.kind == FlexPortalRoutes::Kind::SubscriptionCancel) {
        const QByteArray key = "flexportal " + request.header("authorization") + ' ' + request.header("tenant-id");
        if (const std::optional<int> wait = s.overLimit(key, s.flexPortalFaults.current().rateLimitPerSecond))
            return FlexPortalRoutes::rateLimited(*wait);
    }

    HttpResponse response = s.flexPortal.handle(request, match);
    if (match.kind == FlexPortalRoutes::Kind::List && response.status == 200 && s.flexPortalFaults.takeTruncation())
        FaultInjector::truncate(&response);
    if (match.kind == FlexPortalRoutes::Kind::Cancel || match.kind == FlexPortalRoutes::Kind::SubscriptionCancel)
        *drop = s.flexPortalFaults.takeDrop();
    return response;
}

HttpResponse SandboxServer::answerOfferGrid(const HttpRequest& request, FaultDecision* decision, bool* drop)
{
    const QMutexLocker lock(&m_mutex);
    State& s = *m_state;
    ++s.offerGridRequests;
    const OfferGridRoutes::Match match = OfferGridRoutes::match(request);
    if (match.kind == OfferGridRoutes::Kind::Cancel)
        s.data.offerGrid.cancels().noteRequest(match.orderId);

    *decision = s.offerGridFaults.next();
    HttpResponse response;
    if (decision->answer == FaultDecision::Answer::ServerError) {
        response = FaultInjector::serviceUnavailable();
    } else if (decision->answer == FaultDecision::Answer::RateLimited) {
        response = OfferGridRoutes::rateLimited(decision->retryAfterSeconds);
    } else if (const int limit = s.offerGridFaults.current().rateLimitPerSecond;
               match.kind == OfferGridRoutes::Kind::Cancel && limit > 0) {
        if (const std::optional<int> wait = s.overLimit("offergrid " + request.header("x-api-key"), limit)) {
            response = OfferGridRoutes::rateLimited(*wait);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            response.addHeader("X-RateLimit-Limit", QByteArray::number(limit));
            response.addHeader("X-RateLimit-Remaining", "0");
            response.addHeader("X-RateLimit-Reset", QByteArray::number(now + *wait));
            return response;
        }
        response = s.offerGrid.handle(request, match, s.offerGridFaults.current().strictBody);
        if (match.kind == OfferGridRoutes::Kind::Cancel)
            *drop = s.offerGridFaults.takeDrop();
    } else {
        response = s.offerGrid.handle(request, match, s.offerGridFaults.current().strictBody);
        if (match.kind == OfferGridRoutes::Kind::List && response.status == 200 && s.offerGridFaults.takeTruncation())
            FaultInjector::truncate(&response);
        if (match.kind == OfferGridRoutes::Kind::Cancel)
            *drop = s.offerGridFaults.takeDrop();
    }
    addRateLimitHeaders(&response,
                        decision->answer == FaultDecision::Answer::RateLimited ? decision->retryAfterSeconds : -1);
    return response;
}

void SandboxServer::addRateLimitHeaders(HttpResponse* response, int retryAfterSeconds)
{
    // Called with m_mutex held. The window is the current minute; the sandbox reports the count but
    // never refuses on its own (only the rateLimits fault does).
    State& s = *m_state;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = now - now % 60;
    if (window != s.rateWindowStart) {
        s.rateWindowStart = window;
        s.rateWindowCount = 0;
    }
    ++s.rateWindowCount;
    const bool limited = retryAfterSeconds >= 0;
    const int remaining = limited ? 0 : std::max(0, RateLimitPerMinute - s.rateWindowCount);
    const qint64 reset = limited ? now + retryAfterSeconds : window + 60;
    response->addHeader("X-RateLimit-Limit", QByteArray::number(RateLimitPerMinute));
    response->addHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
    response->addHeader("X-RateLimit-Reset", QByteArray::number(reset));
}

} // namespace OrderDesk
