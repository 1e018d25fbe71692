#include "transport.h"

#include "api/account.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslError>

#include <memory>

namespace OrderDesk {

Q_LOGGING_CATEGORY(lcApi, "orderdesk.api")

using namespace Qt::Literals::StringLiterals;

namespace {
// Retry-After values above this are not waited for: the request fails as rate limited instead.
constexpr int MaxHonouredWaitSeconds = 120;
// A reply body slower than this many bytes per timeout period is given up (see sendOnce).
constexpr qint64 MinBytesPerTimeout = 1024;
// The most of a body taken in one event-loop turn: copying 1 MB costs well under a millisecond.
constexpr qint64 BodySliceBytes = 1024 * 1024;

// Gives the code below a translation context lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transport)
};

// The body of a request that must go out at most once. QNetworkAccessManager silently sends a request
// again when a kept-alive connection closes before the answer; it can only do so by rewinding the body.
// This device cannot be rewound, so Qt reports ContentReSendError instead of a second cancel.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return -1;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

bool HttpReply::mayHaveReachedServer() const
{
    if (hasHttpStatus())
        return true;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        break;
    }
    return !tlsFailed;
}

ApiError HttpReply::transportError() const
{
    if (aborted)
        return ApiError(ApiError::Kind::Aborted, Text::tr("The request was stopped."));
    if (urlRefused)
        return ApiError(ApiError::Kind::Configuration, networkErrorText);
    if (tlsFailed)
        return ApiError(ApiError::Kind::Tls, networkErrorText);
    if (timedOut)
        return ApiError(ApiError::Kind::Timeout, networkErrorText.isEmpty()
                                                     ? Text::tr("No data arrived within the timeout.")
                                                     : networkErrorText);
    if (tooLarge)
        return ApiError(ApiError::Kind::Protocol,
                        Text::tr("The reply was larger than OrderDesk accepts; it was not read."));
    if (redirectRefused)
        return ApiError(ApiError::Kind::Protocol,
                        Text::tr("The server redirected the request to another address; OrderDesk does not follow it "
                                 "so that the API key stays with the account's own server."));
    return ApiError(ApiError::Kind::Network, networkErrorText);
}

std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qlonglong>(seconds, 86400)));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(nowUtc.secsTo(when), 0, 86400));
}

std::optional<int> parseRateLimitReset(const QByteArray& value, const QDateTime& nowUtc)
{
    bool ok = false;
    const qlonglong v = value.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    if (v < 1000000000LL) // not an epoch time: seconds from now
        return int(std::min<qlonglong>(v, 86400));
    return int(std::clamp<qint64>(v - nowUtc.toSecsSinceEpoch(), 0, 86400));
}

HttpCall::HttpCall(QNetworkAccessManager* manager, QNetworkRequest request, QByteArray verb, QByteArray body,
                   const TransportSettings& settings, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_settings(settings)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendOnce);
    m_request.setTransferTimeout(m_settings.timeoutMs);
    m_request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_settings.http2);
    // Never follow a redirect to another origin: the API key would go with it.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
}

HttpCall::~HttpCall()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current->deleteLater();
    }
}

void HttpCall::start()
{
    const QString problem = Accounts::checkBaseUrl(m_request.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    if (!problem.isEmpty()) {
        m_reply.networkError = QNetworkReply::ProtocolUnknownError;
        m_reply.networkErrorText = problem;
        m_reply.urlRefused = true;
        QMetaObject::invokeMethod(this, &HttpCall::finish, Qt::QueuedConnection);
        return;
    }
    sendOnce();
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_reply.aborted = true;
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current->deleteLater();
        m_current = nullptr;
    }
    finish();
}

void HttpCall::sendOnce()
{
    ++m_tries;
    m_sawSslErrors = false;
    m_tooLarge = false;
    m_received.clear();
    m_tooSlow = false;
    QNetworkReply* reply = nullptr;
    if (m_verb == "GET") {
        reply = m_manager->get(m_request);
    } else {
        QNetworkRequest once = m_request;
        once.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_body, nullptr);
        reply = m_manager->sendCustomRequest(once, m_verb, body);
        body->setParent(reply);
    }
    m_current = reply;
    qCDebug(lcApi).noquote() << m_verb << m_request.url().path(QUrl::FullyEncoded) << "try" << m_tries;
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    // TLS errors are never ignored: noting them is all; the reply then fails on its own.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>&) { m_sawSslErrors = true; });
    auto bodyBytes = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, bodyBytes](qint64 received, qint64 total) {
        *bodyBytes = received;
        if (received > m_settings.maxBodyBytes || total > m_settings.maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    // Qt's transfer timeout measures silence only: a server that sends a byte every now and then (a
    // "slow loris", or a proxy that trickles) resets it each time and holds the request for ever.
    // So, like curl's --speed-limit, once the head has arrived a body that brings fewer than
    // MinBytesPerTimeout bytes in a whole timeout period ends the try as timed out. A real platform
    // sends far faster than that (1 KB in 30 s by default), so only a stuck or hostile server trips it.
    // The body is taken as it arrives, into room reserved from Content-Length: one 50 MB readAll()
    // at the end copied and touched the whole body at once, a 30 ms stall of the GUI thread.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && length <= m_settings.maxBodyBytes)
            m_received.reserve(length);
    });
    // And it is taken a slice per event-loop turn: while the GUI thread was busy, Qt's network thread
    // piled up to 27 MB of a list, and reading that in one go was a 30 ms stall.
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::drainBody);
    auto* pace = new QTimer(reply);
    pace->setInterval(m_settings.timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, pace, [pace] {
        if (!pace->isActive())
            pace->start();
    });
    connect(pace, &QTimer::timeout, this, [this, reply, pace, bodyBytes, atLastTick = qint64(0)]() mutable {
        if (reply->isFinished()) {
            pace->stop();
            return;
        }
        if (*bodyBytes - atLastTick < MinBytesPerTimeout) {
            m_tooSlow = true;
            reply->abort(); // reported as OperationCanceledError: a timeout, see onReplyFinished
            return;
        }
        atLastTick = *bodyBytes;
    });
}

void HttpCall::drainBody()
{
    if (!takeBodySlice() || m_sliceQueued)
        return;
    m_sliceQueued = true; // one continuation at a time; readyRead may take a slice meanwhile
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sliceQueued = false;
            drainBody();
        },
        Qt::QueuedConnection);
}

bool HttpCall::takeBodySlice()
{
    QNetworkReply* reply = m_current;
    if (!reply || m_tooLarge)
        return false;
    const qint64 available = reply->bytesAvailable();
    const qint64 n = std::min<qint64>(available, BodySliceBytes);
    if (n <= 0)
        return false;
    // Straight into the body's own room: no readAll() copy in between.
    const qsizetype before = m_received.size();
    m_received.resize(before + n);
    const qint64 got = reply->read(m_received.data() + before, n);
    m_received.resize(before + std::max<qint64>(got, 0));
    return got > 0 && reply->bytesAvailable() > 0;
}

void HttpCall::onReplyFinished()
{
    QNetworkReply* reply = m_current;
    if (!reply)
        return;
    // What is still waiting is taken a slice a turn too, before the reply is looked at.
    if (takeBodySlice()) {
        QMetaObject::invokeMethod(this, &HttpCall::onReplyFinished, Qt::QueuedConnection);
        return;
    }
    m_current = nullptr;
    reply->deleteLater();

    HttpReply r;
    r.tries = m_tries;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    r.retryAfterHeader = reply->rawHeader("Retry-After");
    r.rateLimitResetHeader = reply->rawHeader("X-RateLimit-Reset");
    r.tooLarge = m_tooLarge;
    r.tlsFailed = m_sawSslErrors || r.networkError == QNetworkReply::SslHandshakeFailedError;
    r.redirectRefused = r.networkError == QNetworkReply::InsecureRedirectError ||
                        r.networkError == QNetworkReply::TooManyRedirectsError;
    // Qt reports a transfer timeout as OperationCanceledError (6.4) or TimeoutError (newer); our own
    // abort() never gets here, so a cancelled operation here is the timeout.
    r.timedOut = !r.tooLarge && (r.networkError == QNetworkReply::TimeoutError ||
                                 r.networkError == QNetworkReply::OperationCanceledError);
    if (r.tooLarge || r.timedOut || r.tlsFailed) {
        r.status = 0; // whatever arrived is not a reply to act on
        m_received.clear();
    } else {
        r.body = std::exchange(m_received, {});
    }
    if (r.tlsFailed && r.networkErrorText.isEmpty())
        r.networkErrorText = Text::tr("The server's certificate was not accepted.");
    if (r.timedOut)
        r.networkErrorText =
            m_tooSlow ? Text::tr("The server sent its reply too slowly (less than 1 KB in %1 s); it was given up.")
                            .arg(m_settings.timeoutMs / 1000.0)
                      : QString(); // transportError() words a plain timeout
    // A redirect we refused to follow (another origin, or a loop) is not the platform's answer: its
    // 3xx status would otherwise be read as the platform's error ("HTTP status 307"), hiding why,
    // and a cancel would be recorded as refused when the server may have acted on it.
    if (r.redirectRefused)
        r.status = 0;
    m_reply = r;

    qCDebug(lcApi).noquote() << m_verb << m_request.url().path(QUrl::FullyEncoded) << "->" << r.status
                             << r.networkError;

    if (const std::optional<int> delay = retryDelayMs(r)) {
        emit retrying(m_tries + 1, *delay);
        m_retryTimer.start(*delay);
        return;
    }
    finish();
}

std::optional<int> HttpCall::retryDelayMs(const HttpReply& r) const
{
    if (m_verb != "GET" || m_tries >= m_settings.maxTries)
        return std::nullopt;
    if (r.tlsFailed || r.tooLarge || r.redirectRefused)
        return std::nullopt;
    const bool transient =
        r.hasHttpStatus() ? (r.status >= 500 || r.status == 429) : r.networkError != QNetworkReply::NoError;
    if (!transient)
        return std::nullopt;

    // What the server asks for wins over our own backoff; a wait longer than we are willing to
    // sit through ends the request as rate limited.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<int> serverWait = parseRetryAfter(r.retryAfterHeader, now);
    if (!serverWait && m_retryHint)
        serverWait = m_retryHint(r);
    if (!serverWait && r.status == 429)
        serverWait = parseRateLimitReset(r.rateLimitResetHeader, now);
    if (serverWait) {
        if (*serverWait > MaxHonouredWaitSeconds)
            return std::nullopt;
        return *serverWait * 1000 + int(QRandomGenerator::global()->bounded(250));
    }
    const qint64 exponential = qint64(m_settings.backoffBaseMs) << std::min(m_tries - 1, 16);
    const int base = int(std::min<qint64>(exponential, m_settings.backoffCapMs));
    const int jitter = base > 1 ? int(QRandomGenerator::global()->bounded(base / 2 + 1)) : 0;
    return base + jitter; // between base and 1.5 * base
}

void HttpCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace OrderDesk
