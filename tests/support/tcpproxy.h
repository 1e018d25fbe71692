#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace OrderDesk::Test {

class TcpProxyWorker;

// A TCP proxy on 127.0.0.1 that forwards every connection to one upstream address (a PostgreSQL
// server, say), in a thread of its own so that a client blocked on the socket in any thread (libpq
// on a pool thread) is served whatever the test's thread is doing. A test switches it off (every
// connection through it is cut and new ones are refused: nothing listens on the port) and on again
// (on the same port), as a server that goes away and comes back.
class TcpProxy
{
public:
    TcpProxy(QString upstreamHost, quint16 upstreamPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy&) = delete;
    TcpProxy& operator=(const TcpProxy&) = delete;

    // Listens on a free loopback port; false when it cannot.
    bool start();
    quint16 port() const { return m_port; }

    // Off: every open connection is closed (both ends) and the port stops listening, so that new
    // connections are refused. On: listens on the same port again. Returns once done (false when
    // the port could not be taken again).
    bool setOnline(bool online);
    bool isOnline() const { return m_online; }

    int connectionsAccepted() const { return m_accepted; } // clients that reached the proxy
    int connectionsOpen() const { return m_open; }         // forwarding now (any thread may ask)
    int connectionsCut() const { return m_cut; }           // closed by going off

private:
    QThread m_thread;
    TcpProxyWorker* m_worker; // lives in m_thread
    quint16 m_port = 0;
    bool m_online = false;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_open{0};
    std::atomic<int> m_cut{0};
};

} // namespace OrderDesk::Test
