#pragma once

#include "sandbox/sandboxconfig.h"
#include "services/accountsservice.h"

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace OrderDesk::Test {

// The sandbox server in a child process (orderdesk-sandbox-child, see sandboxchild.cpp), for a test
// that measures its own resident memory: the desk soak, whose figure is the desk's, not the
// server's. Its methods mirror SandboxServer's that such a test needs; each one asks the child and
// waits for its answer (setFaults() does not wait: its answer is read with the next one). A child that does not answer
// in time, or dies, is an error the methods report through ok() and errorString().
class SandboxProcess final
{
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    explicit SandboxProcess(SandboxConfig config);
    ~SandboxProcess(); // closes the child's stdin (it ends) and waits for it

    bool start(); // true once the child listens
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;
    SandboxEndpoint endpoint() const; // what AccountsService::setSandbox() takes
    const SandboxConfig& config() const { return m_config; }

    void setFaults(Platform platform, const SandboxFaults& faults);
    // Returns once the child has applied every setFaults() so far (false if it failed): a request
    // sent right after setFaults() alone may still meet the faults before.
    bool waitForFaults();
    QStringList orderIds(Platform platform);
    QByteArray orderJson(Platform platform, const QString& orderId);
    QHash<QString, int> cancelRequests(Platform platform); // per order id, those with none left out
    qint64 residentBytes();                                // the child's

    // The --fault spec that sets exactly these faults (every field, so that it replaces).
    static QString faultSpec(Platform platform, const SandboxFaults& faults);

private:
    QByteArray ask(const QByteArray& command); // the payload of an "ok" answer; empty and m_error set if not
    bool readLine(QByteArray* line);

    SandboxConfig m_config;
    QProcess m_process;
    quint16 m_port = 0;
    int m_unanswered = 0; // setFaults() answers not read yet
    QString m_error;
};

} // namespace OrderDesk::Test
