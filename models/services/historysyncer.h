#pragma once

#include "history/historysync.h"

#include <QObject>
#include <QTimer>

class QThreadPool;

namespace OrderDesk {

// Keeps the team's PostgreSQL history up to date with the local file: every cancel is written
// locally first (fast, and never lost when the team's server is down) and copied from here, on a
// worker thread so that an unreachable server never freezes the window. Runs after each attempt,
// every minute while anything waits, and when asked.
class HistorySyncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySyncer)

public:
    // The copies run on `pool`: they can wait seconds on an unreachable server, so never Qt's global
    // pool, whose threads Qt 6.4's raster painting waits for (a busy global pool freezes paints).
    HistorySyncer(HistoryLocation local, HistoryLocation team, QThreadPool* pool, QObject* parent = nullptr);
    ~HistorySyncer() override;

    void syncSoon();
    // The team database's password, once the keychain has given it; used from the next run on.
    void setTeamPassword(const QString& password) { m_team.password = password; }
    bool isRunning() const { return m_running; }
    const HistorySyncReport& lastReport() const { return m_last; }

signals:
    void syncFinished(const OrderDesk::HistorySyncReport& report);

private:
    void run();

    HistoryLocation m_local;
    HistoryLocation m_team;
    QThreadPool* m_pool;
    QTimer m_retry;
    HistorySyncReport m_last;
    bool m_running = false;
    bool m_again = false;
};

} // namespace OrderDesk
