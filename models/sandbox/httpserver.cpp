#include "httpserver.h"

#include <QTcpSocket>

namespace OrderDesk {

HttpServer::HttpServer(HttpConnection::Handler handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpServer::close()
{
    m_server.close();
    const QList<HttpConnection*> connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* connection : connections)
        connection->close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        ++m_accepted;
        auto* connection = new HttpConnection(socket, m_limits, m_handler, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_open; });
    }
}

} // namespace OrderDesk
