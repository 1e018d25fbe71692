#include "historysyncer.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace OrderDesk {

namespace {
constexpr int RetryIntervalMs = 60 * 1000;
}

HistorySyncer::HistorySyncer(HistoryLocation local, HistoryLocation team, QThreadPool* pool, QObject* parent)
    : QObject(parent)
    , m_local(std::move(local))
    , m_team(std::move(team))
    , m_pool(pool)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &HistorySyncer::syncSoon);
}

HistorySyncer::~HistorySyncer()
{
    // A copy still running finishes on its own; its connections are its own and so is its result.
    m_retry.stop();
}

void HistorySyncer::syncSoon()
{
    if (m_running) {
        m_again = true; // one more run once this one ends, for what it could not have seen
        return;
    }
    run();
}

void HistorySyncer::run()
{
    m_running = true;
    m_again = false;
    auto* watcher = new QFutureWatcher<HistorySyncReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_last = watcher->result();
        watcher->deleteLater();
        m_running = false;
        emit syncFinished(m_last);
        if (m_again)
            run();
        else if (m_last.waiting > 0)
            m_retry.start();
    });
    watcher->setFuture(QtConcurrent::run(m_pool, copyUnsyncedAttempts, m_local, m_team));
}

} // namespace OrderDesk
