#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk {

// The one typed error every request, decoder and service reports.
struct ApiError
{
    enum class Kind
    {
        Network,          // connection refused, reset, DNS, dropped
        Timeout,          // no data within the transfer timeout
        Tls,              // certificate or handshake failure
        Authentication,   // 401: key missing, wrong or expired
        Permission,       // 403: wrong tenant, missing permission, wrong role
        NotFound,         // 404
        NotCancellable,   // the platform's rules forbid the cancel
        AlreadyCancelled, // the order (or FlexPortal subscription) was cancelled before
        AlreadyEnded,     // the FlexPortal subscription had already ended (completed, bought out, ...)
        Validation,       // the request was refused as malformed (400/422)
        RateLimited,      // 429
        Server,           // 5xx
        Protocol,         // the reply could not be understood
        Configuration,    // bad base URL, insecure transport, ...
        Aborted,          // stopped by the user
    };

    Kind kind = Kind::Protocol;
    int httpStatus = 0;  // 0 when no HTTP reply arrived
    QString code;        // the platform's machine code (ORDER_NOT_CANCELLABLE, ...) if any
    QString message;     // the platform's own words, or what went wrong locally
    QStringList details; // validation details, one line each
    std::optional<int> retryAfterSeconds;

    ApiError() = default;
    ApiError(Kind k, QString msg, int status = 0, QString machineCode = {});

    // A sentence for the agent, translated, naming the problem and what to do about it.
    QString userMessage() const;
    // A short stable name for the kind, for logs, CLI output and the history ("not-found", ...).
    QString kindKey() const;

    // Whether a GET that failed this way may be tried again.
    bool isTransient() const;
};

QString kindKey(ApiError::Kind kind);

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::ApiError)
