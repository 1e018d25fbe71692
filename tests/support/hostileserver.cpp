#include "hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;
// More is written only while less than this waits in the socket: the client's reading paces us.
constexpr qint64 HighWaterBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    default:
        return "Status";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
}
} // namespace

QByteArray ReceivedRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool ReceivedRequest::hasHeader(const QByteArray& lowerCaseName) const
{
    for (const auto& header : headers) {
        if (header.first == lowerCaseName)
            return true;
    }
    return false;
}

// One client connection: reads one request, then answers it as the script says.
class HostileServer::Connection : public QObject
{
public:
    Connection(HostileServer* server, QTcpSocket* socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onClosed);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::onClosed);
        connect(&m_drip, &QTimer::timeout, this, &Connection::dripOne);
    }

private:
    enum class Stream
    {
        None,
        Sized,   // m_left more filler bytes, then done
        Chunked, // chunks for ever
        Endless, // filler for ever
    };

    void onReadyRead()
    {
        m_in += m_socket->readAll();
        if (m_answered)
            return;
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (m_in.size() < headEnd + 4 + contentLength)
            return; // the body is still on its way
        request.body = m_in.mid(headEnd + 4, contentLength);
        m_answered = true;
        ++m_server->m_busy;
        m_server->m_requests.append(request);
        emit m_server->requestReceived();
        answer(m_server->m_script(request));
    }

    void answer(const Reply& reply)
    {
        switch (reply.behaviour) {
        case Behaviour::Answer:
            send(statusLine(reply.status) + "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body);
            m_socket->disconnectFromHost(); // after what is written has gone out
            return;
        case Behaviour::Redirect:
            send(statusLine(reply.status) + "Location: " + reply.location + "\r\nContent-Length: " +
                 QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body);
            m_socket->disconnectFromHost();
            return;
        case Behaviour::EndlessChunked:
            m_stream = Stream::Chunked;
            send(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            if (!reply.body.isEmpty())
                send(QByteArray::number(reply.body.size(), 16) + "\r\n" + reply.body + "\r\n");
            pump();
            return;
        case Behaviour::EndlessUnframed:
            m_stream = Stream::Endless;
            send(statusLine(200) + "Content-Type: application/json\r\nConnection: close\r\n\r\n" + reply.body);
            pump();
            return;
        case Behaviour::LargeBody:
            m_stream = Stream::Sized;
            m_left = reply.declaredBytes - reply.body.size();
            send(statusLine(200) + "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(reply.declaredBytes) + "\r\n\r\n" + reply.body);
            pump();
            return;
        case Behaviour::DripBody:
            m_dripText = statusLine(200) + "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(reply.declaredBytes) + "\r\n\r\n";
            send(m_dripText); // the head at once: from here on the client waits for the body
            m_dripText = reply.body;
            m_drip.start(reply.dripMs);
            return;
        case Behaviour::DripHeaders:
            m_dripText = statusLine(200) + "Content-Type: application/json\r\nX-Slow: ";
            m_drip.start(reply.dripMs);
            return;
        }
    }

    void send(const QByteArray& bytes)
    {
        const qint64 n = m_socket->write(bytes);
        if (n > 0)
            m_server->m_bytesSent += n;
    }

    // Writes filler while the client keeps reading.
    void pump()
    {
        static const QByteArray filler(ChunkBytes, 'x');
        static const QByteArray chunk = QByteArray::number(ChunkBytes, 16) + "\r\n" + filler + "\r\n";
        while (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < HighWaterBytes) {
            switch (m_stream) {
            case Stream::None:
                return;
            case Stream::Chunked:
                send(chunk);
                break;
            case Stream::Endless:
                send(filler);
                break;
            case Stream::Sized: {
                if (m_left <= 0) {
                    m_stream = Stream::None;
                    return;
                }
                const qsizetype n = qsizetype(std::min<qint64>(m_left, ChunkBytes));
                send(n == ChunkBytes ? filler : filler.left(n));
                m_left -= n;
                break;
            }
            }
        }
    }

    // One byte of the text, then of filler, for ever.
    void dripOne()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        send(m_dripped < m_dripText.size() ? m_dripText.mid(m_dripped, 1) : QByteArray("a"));
        ++m_dripped;
    }

    void onClosed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_stream = Stream::None;
        m_drip.stop();
        --m_server->m_open;
        if (m_answered)
            --m_server->m_busy;
        emit m_server->connectionClosed();
        deleteLater();
    }

public:
    ~Connection() override { m_server->m_connections.removeOne(this); }

private:
    HostileServer* m_server;
    QTcpSocket* m_socket;
    QByteArray m_in;
    bool m_answered = false;
    bool m_closed = false;
    Stream m_stream = Stream::None;
    qint64 m_left = 0;
    QTimer m_drip;
    QByteArray m_dripText;
    qsizetype m_dripped = 0;
};

HostileServer::HostileServer(Script script, QObject* parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{}

HostileServer::~HostileServer()
{
    // Before QObject's own teardown, while the connections can still reach us.
    const QList<Connection*> connections = m_connections;
    qDeleteAll(connections);
}

bool HostileServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()));
}

int HostileServer::requestCount(const QByteArray& method) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&method](const ReceivedRequest& r) { return r.method == method; }));
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_open;
    m_connections.append(new Connection(this, socket));
}

} // namespace OrderDesk::Test
