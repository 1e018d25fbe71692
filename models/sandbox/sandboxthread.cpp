#include "sandboxthread.h"

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

SandboxThread::SandboxThread(SandboxConfig config, QObject* parent)
    : QObject(parent)
    , m_server(new SandboxServer(std::move(config)))
{
    m_thread.setObjectName(u"orderdesk-sandbox"_s);
    m_server->moveToThread(&m_thread);
    // The documented way to free an object in its own thread when that thread ends.
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_server;
    }
}

bool SandboxThread::start(quint16 port)
{
    if (!m_thread.isRunning())
        m_thread.start();
    bool listening = false;
    SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        m_server, [server, port, &listening] { listening = server->listen(port); }, Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace OrderDesk
