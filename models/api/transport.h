#pragma once

#include "domain/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace OrderDesk {

// How requests behave; one per account, set from the settings.
struct TransportSettings
{
    int timeoutMs = 30000;                     // transfer (inactivity) timeout of every request
    bool http2 = true;                         // HTTP/2 allowed (https ALPN); off for servers that mishandle it
    int maxTries = 4;                          // GET only; a cancel is never repeated
    int backoffBaseMs = 500;                   // first retry after about this long, doubling, with jitter
    int backoffCapMs = 30000;                  // never wait longer between tries than this
    qint64 maxBodyBytes = 512LL * 1024 * 1024; // a larger body is refused, not buffered
};

// The last reply of one logical request, after retries.
struct HttpReply
{
    int status = 0; // 0 when no HTTP reply arrived
    QByteArray body;
    QByteArray retryAfterHeader;
    QByteArray rateLimitResetHeader;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    bool tlsFailed = false;
    bool tooLarge = false;
    bool redirectRefused = false;
    bool urlRefused = false; // insecure or malformed address: nothing was sent
    bool aborted = false;
    int tries = 0;

    bool isHttpSuccess() const { return status >= 200 && status < 300 && networkError == QNetworkReply::NoError; }
    bool hasHttpStatus() const { return status > 0; }
    // Whether the server can have received and acted on the request (for cancel outcomes).
    bool mayHaveReachedServer() const;
    // The failure as an ApiError when no HTTP status explains it (network, timeout, TLS, ...).
    ApiError transportError() const;
};

// Seconds to wait as a Retry-After header says: delta-seconds or an HTTP date.
std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);
// X-RateLimit-Reset: Unix seconds (or, when small, seconds from now).
std::optional<int> parseRateLimitReset(const QByteArray& value, const QDateTime& nowUtc);

// One logical HTTP request: sends it, retries a GET on network errors, timeouts, 5xx and 429 with
// backoff and jitter (honouring Retry-After and what the platform's body says), and finishes exactly
// once. Anything but GET is sent once, whatever happens.
class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    using RetryHint = std::function<std::optional<int>(const HttpReply&)>; // platform's body retryAfter

    HttpCall(QNetworkAccessManager* manager, QNetworkRequest request, QByteArray verb, QByteArray body,
             const TransportSettings& settings, QObject* parent = nullptr);
    ~HttpCall() override;

    void setRetryHint(RetryHint hint) { m_retryHint = std::move(hint); }
    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    const HttpReply& reply() const { return m_reply; }

signals:
    void finished();
    void retrying(int nextTry, int delayMs);

private:
    void sendOnce();
    void onReplyFinished();
    // Takes the arrived body a slice per event-loop turn, queueing itself while more is waiting.
    void drainBody();
    // Moves at most BodySliceBytes of what has arrived into m_received; true if more is waiting.
    bool takeBodySlice();
    std::optional<int> retryDelayMs(const HttpReply& reply) const;
    void finish();

    QNetworkAccessManager* m_manager;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    TransportSettings m_settings;
    RetryHint m_retryHint;
    QPointer<QNetworkReply> m_current;
    QTimer m_retryTimer;
    HttpReply m_reply;
    int m_tries = 0;
    bool m_finished = false;
    bool m_sawSslErrors = false;
    bool m_tooLarge = false;
    QByteArray m_received; // the body of the running try, so far
    bool m_sliceQueued = false;
    bool m_tooSlow = false; // the body came slower than the least a live server sends (slow loris)
};

} // namespace OrderDesk
