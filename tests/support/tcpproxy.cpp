#include "tcpproxy.h"

#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

// One client connection and its connection to the upstream server. What the client sends before
// the upstream connection is up waits here; when one side closes, the other is closed after what
// was read from the first has been written to it.
class Link : public QObject
{
public:
    Link(QTcpSocket* client, const QString& host, quint16 port, QObject* parent)
        : QObject(parent)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                m_upstream->write(m_client->readAll());
            else
                m_early += m_client->readAll();
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->write(std::exchange(m_early, {}));
            m_upstream->write(m_client->readAll());
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { closeAfter(m_client, m_upstream); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { closeAfter(m_upstream, m_client); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                cut(); // the upstream server cannot be reached: the client is refused as it would be
        });
        m_upstream->connectToHost(host, port);
    }

    // Both ends closed at once, nothing flushed: the server went away.
    void cut()
    {
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    void closeAfter(QTcpSocket* closed, QTcpSocket* other)
    {
        if (other->state() != QAbstractSocket::ConnectedState) {
            other->abort(); // still connecting, or closed already
            deleteLater();
            return;
        }
        if (closed->bytesAvailable() > 0)
            other->write(closed->readAll());
        other->disconnectFromHost(); // after what it still has to write; its `disconnected` ends the link
        if (other->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    QByteArray m_early; // from the client, before the upstream connection was up
};

} // namespace

class TcpProxyWorker : public QObject
{
public:
    TcpProxyWorker(QString host, quint16 port, std::atomic<int>* accepted, std::atomic<int>* open)
        : m_host(std::move(host))
        , m_port(port)
        , m_accepted(accepted)
        , m_open(open)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                ++*m_accepted;
                auto* link = new Link(client, m_host, m_port, this);
                m_links.insert(link);
                *m_open = int(m_links.size());
                connect(link, &QObject::destroyed, this, [this, link] {
                    m_links.remove(link);
                    *m_open = int(m_links.size());
                });
            }
        });
    }
    ~TcpProxyWorker() override { m_server.close(); }

    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }

    // Stops listening and cuts every link; returns how many were cut.
    int goOff()
    {
        m_server.close();
        const QSet<Link*> links = std::exchange(m_links, {});
        *m_open = 0;
        for (Link* link : links) {
            disconnect(link, &QObject::destroyed, this, nullptr);
            link->cut();
        }
        return int(links.size());
    }

private:
    QTcpServer m_server{this};
    QString m_host;
    quint16 m_port;
    std::atomic<int>* m_accepted;
    std::atomic<int>* m_open;
    QSet<Link*> m_links;
};

TcpProxy::TcpProxy(QString upstreamHost, quint16 upstreamPort)
    : m_worker(new TcpProxyWorker(std::move(upstreamHost), upstreamPort, &m_accepted, &m_open))
{
    m_thread.setObjectName(u"tcp-proxy"_s);
    m_worker->moveToThread(&m_thread);
    // Freed in its own thread when that thread ends, with its sockets.
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

TcpProxy::~TcpProxy()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

bool TcpProxy::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    TcpProxyWorker* worker = m_worker;
    bool listening = false;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        worker,
        [worker, &listening, &port] {
            listening = worker->listen(0);
            port = worker->port();
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
    m_online = listening;
    return listening;
}

bool TcpProxy::setOnline(bool online)
{
    TcpProxyWorker* worker = m_worker;
    bool ok = true;
    if (online) {
        const quint16 port = m_port;
        QMetaObject::invokeMethod(
            worker, [worker, port, &ok] { ok = worker->listen(port); }, Qt::BlockingQueuedConnection);
    } else {
        int cut = 0;
        QMetaObject::invokeMethod(
            worker, [worker, &cut] { cut = worker->goOff(); }, Qt::BlockingQueuedConnection);
        m_cut += cut;
    }
    m_online = online && ok;
    return ok;
}

} // namespace OrderDesk::Test
