#pragma once

#include <QProcess>
#include <QTest>

namespace OrderDesk::Test {

// Another process holding a SQLite history's write lock (orderdesk-history-locker, built from
// historylocker.cpp): what the CLI or a second desk does while it writes.
class HistoryLockHolder
{
public:
    // Starts `program` on `file` to hold the lock for `holdMs`; true once it holds it.
    bool start(const QString& program, const QString& file, int holdMs)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line == "locked")
                    m_locked = true;
                else if (line == "releasing")
                    m_releasing = true;
            }
        });
        m_process.start(program, {file, QString::number(holdMs)});
        return QTest::qWaitFor([this] { return m_locked || m_process.state() == QProcess::NotRunning; }, 10000) &&
               m_locked;
    }
    // It said it is committing: from here on the lock may be free. Until then it is held.
    bool isReleasing() const { return m_releasing; }
    // Waits for it to end; true when it committed and exited cleanly.
    bool finish(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs) &&
               m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    bool m_locked = false;
    bool m_releasing = false;
};

} // namespace OrderDesk::Test
