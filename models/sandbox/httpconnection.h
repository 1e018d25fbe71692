#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace OrderDesk {

class HttpConnection;

// What keeps a hostile or broken client from exhausting the sandbox.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;    // request line and headers; more is answered 431
    qsizetype maxRequestBytes = 1024 * 1024; // headers and body; more is answered 413
    int idleTimeoutMs = 60000;               // a kept-alive connection with nothing to do is closed
    int maxConnections = 256;                // more are closed at once
};

// The way back to the client for one request. Cheap to copy; does nothing once the connection has
// gone or moved on. Use it in the server's thread only.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection* connection, quint64 exchange);

    void send(const HttpResponse& response) const;
    // Headers and part of the body now, the rest after stallMs.
    void sendStalled(const HttpResponse& response, int stallMs) const;
    // Closes the connection without a response.
    void drop() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_exchange = 0;
};

// One client connection speaking HTTP/1.1: keep-alive, Content-Length bodies, one request at a time
// (pipelined requests wait their turn). The handler may answer at once or later (latency faults).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(const HttpRequest&, const HttpResponder&)>;

    HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler, QObject* parent = nullptr);
    ~HttpConnection() override;

    void respond(quint64 exchange, const HttpResponse& response);
    void respondStalled(quint64 exchange, const HttpResponse& response, int stallMs);
    void drop(quint64 exchange);
    void close();

signals:
    void closed();

private:
    enum class Parse
    {
        NeedMore,
        Dispatched,
        Failed
    };

    void onReadyRead();
    void processBuffer();
    Parse parseOne();
    void writeResponseHead(const HttpResponse& response);
    void finishExchange();
    void fail(int status, QByteArrayView message);
    void onDisconnected();

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    QTimer m_stallTimer;
    quint64 m_exchange = 0;
    bool m_busy = false;         // a request is waiting for its response
    bool m_keepAlive = true;     // of the current exchange
    bool m_headOnly = false;     // the current request is HEAD
    bool m_continueSent = false; // 100 Continue sent for the request being received
    bool m_processing = false;   // inside processBuffer()
    bool m_closing = false;
    bool m_gone = false;      // closed() emitted, deletion scheduled
    QByteArray m_stalledRest; // the body still to send after a stall
};

} // namespace OrderDesk
