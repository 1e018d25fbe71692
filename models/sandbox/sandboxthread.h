#pragma once

#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace OrderDesk {

// Runs a SandboxServer in its own QThread, so that a GUI thread never serves HTTP (and a test that
// waits on its own event loop never starves the server). start() blocks only until the socket listens.
class SandboxThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(SandboxConfig config = {}, QObject* parent = nullptr);
    ~SandboxThread() override; // stops the server and joins the thread

    bool start(quint16 port = 0);
    SandboxServer* server() const { return m_server; } // for its thread-safe methods
    QUrl baseUrl() const { return m_server->baseUrl(); }

private:
    QThread m_thread;
    SandboxServer* m_server;
};

} // namespace OrderDesk
