#include "httpmessage.h"

#include <QDateTime>
#include <QLocale>

namespace OrderDesk {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto& entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

std::optional<QByteArray> HttpRequest::queryValue(QByteArrayView name) const
{
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QByteArray HttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace Http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    return "Unknown";
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The Date header changes once a second: format it once a second (per thread).
QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
    }
    return cached;
}

} // namespace

bool percentDecode(QByteArrayView in, QByteArray* out, bool plusIsSpace)
{
    out->clear();
    out->reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '%') {
            const int hi = i + 1 < in.size() ? hexValue(in.at(i + 1)) : -1;
            const int lo = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
            if (hi < 0 || lo < 0)
                return false;
            out->append(char(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out->append(' ');
        } else {
            out->append(c);
        }
    }
    return true;
}

bool parseTarget(const QByteArray& target, HttpRequest* request)
{
    QByteArrayView rest(target);
    // Absolute form (sent to proxies): drop scheme and authority.
    if (rest.startsWith("http://") || rest.startsWith("https://")) {
        const qsizetype authority = rest.indexOf("//") + 2;
        const qsizetype slash = rest.indexOf('/', authority);
        rest = slash < 0 ? QByteArrayView("/") : rest.sliced(slash);
    }
    if (!rest.startsWith('/'))
        return false;
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.first(hash);

    const qsizetype question = rest.indexOf('?');
    const QByteArrayView path = question < 0 ? rest : rest.first(question);
    const QByteArrayView query = question < 0 ? QByteArrayView() : rest.sliced(question + 1);

    request->segments.clear();
    qsizetype start = 1;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        QByteArray segment;
        if (!percentDecode(path.sliced(start, end - start), &segment))
            return false;
        request->segments.append(segment);
        start = end + 1;
    }
    // "/v1/orders/" routes like "/v1/orders" (as Express does by default).
    if (request->segments.size() > 1 && request->segments.constLast().isEmpty())
        request->segments.removeLast();

    request->query.clear();
    qsizetype qstart = 0;
    while (qstart < query.size()) {
        qsizetype end = query.indexOf('&', qstart);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(qstart, end - qstart);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            QByteArray key;
            QByteArray value;
            if (!percentDecode(eq < 0 ? pair : pair.first(eq), &key, true))
                return false;
            if (eq >= 0 && !percentDecode(pair.sliced(eq + 1), &value, true))
                return false;
            request->query.append({key, value});
        }
        qstart = end + 1;
    }
    return true;
}

QByteArray serializeHead(const HttpResponse& response, qsizetype contentLength, bool keepAlive)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 ";
    head += QByteArray::number(response.status);
    head += ' ';
    head += reasonPhrase(response.status);
    head += "\r\nDate: ";
    head += httpDate();
    head += "\r\nContent-Type: ";
    head += response.contentType;
    head += "\r\nContent-Length: ";
    head += QByteArray::number(contentLength);
    head += keepAlive ? "\r\nConnection: keep-alive\r\n" : "\r\nConnection: close\r\n";
    for (const auto& [name, value] : response.headers) {
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    head += "\r\n";
    return head;
}

bool hasToken(QByteArrayView headerValue, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= headerValue.size()) {
        qsizetype end = headerValue.indexOf(',', start);
        if (end < 0)
            end = headerValue.size();
        if (headerValue.sliced(start, end - start).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace Http

} // namespace OrderDesk
