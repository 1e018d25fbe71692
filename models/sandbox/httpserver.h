#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <atomic>

namespace OrderDesk {

// A minimal HTTP/1.1 server over QTcpServer: accepts connections and hands every complete request to
// one handler, which answers through the HttpResponder it is given (now or later). Lives in one thread.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpConnection::Handler handler, HttpLimits limits = {}, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    // Stops listening and closes every open connection.
    void close();

    int openConnections() const { return m_open; }
    // Connections accepted since the start; thread-safe (tests use it to see keep-alive at work).
    int acceptedConnections() const { return m_accepted.load(); }

private:
    void onNewConnection();

    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    HttpLimits m_limits;
    int m_open = 0;
    std::atomic<int> m_accepted{0};
};

} // namespace OrderDesk
