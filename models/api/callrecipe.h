#pragma once

#include "api/transport.h"

#include <QByteArray>
#include <QList>

#include <utility>

class QNetworkAccessManager;

namespace OrderDesk {

// An error reply's body in the platform's words (a decoder's decodeError).
using ErrorBodyDecoder = ApiError (*)(int httpStatus, const QByteArray& body);
// The retry hint a platform puts in an error body, if any (OfferGrid's retryAfter).
using BodyRetryHint = std::optional<int> (*)(const HttpReply& reply);

// Everything the requests to one account carry, as a value that holds no backend: the paging
// thread makes an account's calls with its own QNetworkAccessManager and reads their errors while
// the backend stays on the GUI thread (and may be deleted meanwhile).
struct CallRecipe
{
    QByteArray baseUrl;                               // encoded, without a trailing slash
    QList<std::pair<QByteArray, QByteArray>> headers; // Accept, User-Agent and the authentication
    TransportSettings settings;
    ErrorBodyDecoder decodeError = nullptr;
    BodyRetryHint bodyRetryAfter = nullptr;

    // A call of `manager`'s thread, to the account's address followed by `encodedPathAndQuery`.
    HttpCall* newCall(QNetworkAccessManager* manager, const QByteArray& verb, const QByteArray& encodedPathAndQuery,
                      const QByteArray& body, QObject* parent) const;
    // What went wrong with `reply`: its error body in the platform's words, or the transport's
    // failure, with the wait that its headers or body ask for.
    ApiError errorFor(const HttpReply& reply) const;
};

} // namespace OrderDesk
