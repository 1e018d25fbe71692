#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace OrderDesk::Test {

// One request as a HostileServer read it (header names in lower case).
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const;
    bool hasHeader(const QByteArray& lowerCaseName) const;
};

// A plain-http server on 127.0.0.1 that misbehaves on purpose, the way a broken proxy, a hijacked
// address or an attacker's server would. Each connection serves one request; a script chooses how
// it is answered. Bodies are produced as the client reads them (never held in memory whole), so
// "bytes for ever" and "100 MB" cost the test nothing but time.
class HostileServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        Answer,          // status + body + Connection: close, like a normal server (for re-reads)
        EndlessChunked,  // 200, Transfer-Encoding: chunked, chunks for ever
        EndlessUnframed, // 200, neither Content-Length nor chunked: bytes until the client gives up
        LargeBody,       // 200 with Content-Length: declaredBytes, streamed in chunks as the client reads
        Redirect,        // status (302, 307, ...) with Location: location, and body (if any)
        DripBody,        // complete headers (Content-Length: declaredBytes), then one byte every dripMs
        DripHeaders,     // the status line, then a header one byte every dripMs: the head never ends
    };

    struct Reply
    {
        Behaviour behaviour = Behaviour::Answer;
        int status = 200;
        QByteArray body;          // Answer: the body; the streaming kinds: the body's first bytes
        QByteArray location;      // Redirect
        qint64 declaredBytes = 0; // LargeBody, DripBody: the Content-Length sent
        int dripMs = 200;         // DripBody, DripHeaders
    };
    using Script = std::function<Reply(const ReceivedRequest&)>;

    explicit HostileServer(Script script, QObject* parent = nullptr);
    ~HostileServer() override;

    bool start(); // a free port on 127.0.0.1
    QUrl url() const;

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int requestCount(const QByteArray& method) const;
    qint64 bytesSent() const { return m_bytesSent; } // everything written, heads included
    int openConnections() const { return m_open; }
    // Connections that carried a request and are still open: the client is still reading an answer
    // (idle connections a client opens ahead of time do not count).
    int busyConnections() const { return m_busy; }

signals:
    void requestReceived();
    void connectionClosed(); // the client went away (or, after an Answer, we closed)

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Connection;

    Script m_script;
    QList<ReceivedRequest> m_requests;
    QList<Connection*> m_connections;
    qint64 m_bytesSent = 0;
    int m_open = 0;
    int m_busy = 0;
};

} // namespace OrderDesk::Test
