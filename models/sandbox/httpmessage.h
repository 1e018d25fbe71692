#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace OrderDesk {

using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. The path is split on '/' first and each segment is then
// percent-decoded exactly once, so an id holding an encoded '/' (%2F), '#', '?' or '%' stays one segment.
struct HttpRequest
{
    QByteArray method;          // as sent, e.g. "GET"
    QByteArray target;          // the request target as sent
    QList<QByteArray> segments; // decoded path segments, without the leading empty one
    HttpHeaderList query;       // decoded query parameters in order ('+' is a space)
    HttpHeaderList headers;     // names lower-cased, values trimmed
    QByteArray body;

    // The first header with this (lower-case) name, or a null QByteArray.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // The first query parameter with this name, if any.
    std::optional<QByteArray> queryValue(QByteArrayView name) const;
    QByteArray path() const; // the raw path part of the target, for messages
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HttpHeaderList headers; // besides Content-Type, Content-Length, Connection and Date
    QByteArray body;

    static HttpResponse json(int status, QByteArray body);
    void addHeader(QByteArray name, QByteArray value) { headers.append({std::move(name), std::move(value)}); }
    QByteArray header(QByteArrayView name) const;
};

namespace Http {

QByteArray reasonPhrase(int status);
// Decodes %XX escapes once; false on a malformed escape. With plusIsSpace, '+' becomes ' ' (query strings).
bool percentDecode(QByteArrayView in, QByteArray* out, bool plusIsSpace = false);
// Fills segments and query from an origin-form (or absolute-form) target; false if it is malformed.
bool parseTarget(const QByteArray& target, HttpRequest* request);
// Status line and headers, ending with the empty line.
QByteArray serializeHead(const HttpResponse& response, qsizetype contentLength, bool keepAlive);
// Whether a comma-separated header value (e.g. Connection) holds this token, case-insensitively.
bool hasToken(QByteArrayView headerValue, QByteArrayView token);

} // namespace Http

} // namespace OrderDesk
