#include "apierror.h"

#include <QCoreApplication>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

ApiError::ApiError(Kind k, QString msg, int status, QString machineCode)
    : kind(k)
    , httpStatus(status)
    , code(std::move(machineCode))
    , message(std::move(msg))
{}

QString kindKey(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return u"network"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Tls:
        return u"tls"_s;
    case ApiError::Kind::Authentication:
        return u"authentication"_s;
    case ApiError::Kind::Permission:
        return u"permission"_s;
    case ApiError::Kind::NotFound:
        return u"not-found"_s;
    case ApiError::Kind::NotCancellable:
        return u"not-cancellable"_s;
    case ApiError::Kind::AlreadyCancelled:
        return u"already-cancelled"_s;
    case ApiError::Kind::AlreadyEnded:
        return u"already-ended"_s;
    case ApiError::Kind::Validation:
        return u"validation"_s;
    case ApiError::Kind::RateLimited:
        return u"rate-limited"_s;
    case ApiError::Kind::Server:
        return u"server"_s;
    case ApiError::Kind::Protocol:
        return u"protocol"_s;
    case ApiError::Kind::Configuration:
        return u"configuration"_s;
    case ApiError::Kind::Aborted:
        return u"aborted"_s;
    }
    return u"unknown"_s;
}

QString ApiError::kindKey() const
{
    return OrderDesk::kindKey(kind);
}

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::RateLimited;
}

QString ApiError::userMessage() const
{
    const auto translated = [](const char* text) { return QCoreApplication::translate("ApiError", text); };
    QString sentence;
    switch (kind) {
    case Kind::Network:
        sentence = translated(QT_TRANSLATE_NOOP(
            "ApiError", "The platform could not be reached. Check the network connection and try again."));
        break;
    case Kind::Timeout:
        sentence =
            translated(QT_TRANSLATE_NOOP("ApiError", "The platform did not answer in time. Try again in a moment."));
        break;
    case Kind::Tls:
        sentence = translated(QT_TRANSLATE_NOOP(
            "ApiError", "The secure connection to the platform failed; its certificate was not trusted. "
                        "Nothing was sent. Ask IT to check the account's address."));
        break;
    case Kind::Authentication:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError",
                                                "The platform refused the API key (it is missing, wrong or expired). "
                                                "Check the account's key in Accounts."));
        break;
    case Kind::Permission:
        sentence = translated(QT_TRANSLATE_NOOP(
            "ApiError", "The platform refused access: the key has no permission for this, or the tenant is wrong."));
        break;
    case Kind::NotFound:
        sentence = translated(QT_TRANSLATE_NOOP(
            "ApiError", "The platform does not know this order. It may belong to another account or region."));
        break;
    case Kind::NotCancellable:
        sentence =
            translated(QT_TRANSLATE_NOOP("ApiError", "The platform refused to cancel the order in its current state."));
        break;
    case Kind::AlreadyCancelled:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "The order was already cancelled."));
        break;
    case Kind::AlreadyEnded:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "The subscription had already ended."));
        break;
    case Kind::Validation:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "The platform refused the request as invalid."));
        break;
    case Kind::RateLimited:
        sentence = retryAfterSeconds
                       ? QCoreApplication::translate("ApiError",
                                                     "The platform is limiting requests. Try again in %n second(s).",
                                                     nullptr, *retryAfterSeconds)
                       : translated(QT_TRANSLATE_NOOP("ApiError",
                                                      "The platform is limiting requests. Try again in a moment."));
        break;
    case Kind::Server:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "The platform had an internal problem. Try again later."));
        break;
    case Kind::Protocol:
        sentence =
            translated(QT_TRANSLATE_NOOP("ApiError", "The platform sent a reply OrderDesk could not understand."));
        break;
    case Kind::Configuration:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "The account is not set up correctly."));
        break;
    case Kind::Aborted:
        sentence = translated(QT_TRANSLATE_NOOP("ApiError", "Stopped."));
        break;
    }
    QString detail = message;
    if (!details.isEmpty())
        detail += (detail.isEmpty() ? QString() : u" ("_s) + details.join(u"; ") + (detail.isEmpty() ? u""_s : u")"_s);
    if (!detail.isEmpty())
        sentence += u' ' + QCoreApplication::translate("ApiError", "Details: %1").arg(detail);
    return sentence;
}

} // namespace OrderDesk
