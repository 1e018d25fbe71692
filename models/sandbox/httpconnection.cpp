#include "httpconnection.h"

#include <QTcpSocket>

namespace OrderDesk {

namespace {

// Bodies up to this size go out in one write with the headers (one TCP segment train, no Nagle wait).
constexpr qsizetype SingleWriteLimit = 256 * 1024;

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArray errorBody(int status, QByteArrayView message)
{
    // Neither platform is known before the request is understood: the NestJS shape is the plainer one.
    QByteArray body = "{\"statusCode\":" + QByteArray::number(status) + ",\"message\":\"";
    body += message;
    body += "\",\"error\":\"" + Http::reasonPhrase(status) + "\"}";
    return body;
}

} // namespace

HttpResponder::HttpResponder(HttpConnection* connection, quint64 exchange)
    : m_connection(connection)
    , m_exchange(exchange)
{}

void HttpResponder::send(const HttpResponse& response) const
{
    if (m_connection)
        m_connection->respond(m_exchange, response);
}

void HttpResponder::sendStalled(const HttpResponse& response, int stallMs) const
{
    if (m_connection)
        m_connection->respondStalled(m_exchange, response, stallMs);
}

void HttpResponder::drop() const
{
    if (m_connection)
        m_connection->drop(m_exchange);
}

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Reading stops while a request is being answered: TCP then pushes back on a client that floods us.
    m_socket->setReadBufferSize(m_limits.maxRequestBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            close();
    });
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_closing)
            return;
        m_socket->write(m_stalledRest);
        m_stalledRest.clear();
        finishExchange();
    });
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_busy)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing || m_closing)
        return;
    m_processing = true;
    while (!m_busy && !m_closing) {
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->readAll();
        if (m_buffer.isEmpty() || parseOne() != Parse::Dispatched)
            break;
    }
    m_processing = false;
    if (!m_busy && !m_closing)
        m_idleTimer.start();
}

HttpConnection::Parse HttpConnection::parseOne()
{
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    qsizetype skip = 0;
    while (m_buffer.size() >= skip + 2 && m_buffer.at(skip) == '\r' && m_buffer.at(skip + 1) == '\n')
        skip += 2;
    if (skip > 0)
        m_buffer.remove(0, skip);

    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || headEnd + 4 > m_limits.maxHeaderBytes) {
        if (headEnd >= 0 || m_buffer.size() > m_limits.maxHeaderBytes) {
            fail(431, "Request headers are too large");
            return Parse::Failed;
        }
        return Parse::NeedMore;
    }
    const QByteArrayView head(m_buffer.constData(), headEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();

    const QList<QByteArray> requestLine = head.first(lineEnd).toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()) {
        fail(400, "Malformed request line");
        return Parse::Failed;
    }
    const QByteArray& version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(version.startsWith("HTTP/") ? 505 : 400, "Only HTTP/1.1 is spoken here");
        return Parse::Failed;
    }

    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    if (!Http::parseTarget(request.target, &request)) {
        fail(400, "Malformed request target");
        return Parse::Failed;
    }

    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !isToken(line.first(colon))) {
            fail(400, "Malformed header line");
            return Parse::Failed;
        }
        request.headers.append(
            {line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    // An HTTP/2 upgrade offer (Upgrade: h2c, HTTP2-Settings) is simply not taken: the answer is HTTP/1.1.
    if (request.hasHeader("transfer-encoding")) {
        fail(411, "Chunked request bodies are not supported: send Content-Length");
        return Parse::Failed;
    }
    qint64 contentLength = 0;
    bool lengthSeen = false;
    for (const auto& [name, value] : std::as_const(request.headers)) {
        if (name != "content-length")
            continue;
        if (!isDigits(value) || (lengthSeen && value.toLongLong() != contentLength)) {
            fail(400, "Malformed Content-Length");
            return Parse::Failed;
        }
        contentLength = value.toLongLong();
        lengthSeen = true;
    }
    const qint64 total = headEnd + 4 + contentLength;
    if (total > m_limits.maxRequestBytes) {
        fail(413, "Request is too large");
        return Parse::Failed;
    }
    if (m_buffer.size() < total) {
        if (!m_continueSent && Http::hasToken(request.header("expect"), "100-continue")) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return Parse::NeedMore;
    }
    request.body = m_buffer.mid(headEnd + 4, contentLength);
    m_buffer.remove(0, total);
    m_continueSent = false;

    const QByteArray connection = request.header("connection");
    m_keepAlive =
        version == "HTTP/1.0" ? Http::hasToken(connection, "keep-alive") : !Http::hasToken(connection, "close");
    m_headOnly = request.method == "HEAD";
    if (m_headOnly)
        request.method = "GET";
    m_busy = true;
    ++m_exchange;
    m_idleTimer.stop();
    m_handler(request, HttpResponder(this, m_exchange));
    return Parse::Dispatched;
}

void HttpConnection::writeResponseHead(const HttpResponse& response)
{
    m_socket->write(Http::serializeHead(response, response.body.size(), m_keepAlive));
}

void HttpConnection::respond(quint64 exchange, const HttpResponse& response)
{
    if (exchange != m_exchange || !m_busy || m_closing || m_stallTimer.isActive())
        return;
    if (m_headOnly || response.body.isEmpty()) {
        writeResponseHead(response);
    } else if (response.body.size() <= SingleWriteLimit) {
        m_socket->write(Http::serializeHead(response, response.body.size(), m_keepAlive) + response.body);
    } else {
        writeResponseHead(response);
        m_socket->write(response.body);
    }
    finishExchange();
}

void HttpConnection::respondStalled(quint64 exchange, const HttpResponse& response, int stallMs)
{
    if (exchange != m_exchange || !m_busy || m_closing || m_stallTimer.isActive())
        return;
    const qsizetype part = m_headOnly ? 0 : response.body.size() / 2;
    m_socket->write(Http::serializeHead(response, response.body.size(), m_keepAlive) + response.body.left(part));
    m_socket->flush();
    m_stalledRest = m_headOnly ? QByteArray() : response.body.mid(part);
    m_stallTimer.start(std::max(0, stallMs));
}

void HttpConnection::drop(quint64 exchange)
{
    if (exchange != m_exchange || !m_busy || m_closing)
        return;
    close();
}

void HttpConnection::close()
{
    if (m_gone)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_stallTimer.stop();
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::finishExchange()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_idleTimer.stop();
        m_socket->disconnectFromHost();
        return;
    }
    processBuffer();
}

void HttpConnection::fail(int status, QByteArrayView message)
{
    HttpResponse response = HttpResponse::json(status, errorBody(status, message));
    m_keepAlive = false;
    // Read what has arrived, so that closing does not reset the connection before the client reads the answer.
    m_socket->readAll();
    m_buffer.clear();
    m_socket->write(Http::serializeHead(response, response.body.size(), false) + response.body);
    m_closing = true;
    m_idleTimer.stop();
    m_socket->disconnectFromHost();
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closing = true;
    m_idleTimer.stop();
    m_stallTimer.stop();
    emit closed();
    deleteLater();
}

} // namespace OrderDesk
