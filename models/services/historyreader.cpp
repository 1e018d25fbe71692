#include "historyreader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace OrderDesk {

HistorySnapshot readHistory(const HistoryLocation& local, const std::optional<HistoryLocation>& team)
{
    HistorySnapshot snapshot;
    const auto readFrom = [&snapshot](const HistoryLocation& location) -> std::optional<ApiError> {
        auto store = SqlCancellationHistory::open(location);
        if (!store.ok())
            return store.error();
        Result<QList<CancelAttempt>> attempts = store.value()->attempts();
        if (!attempts.ok())
            return attempts.error();
        snapshot.attempts = std::move(attempts).value();
        snapshot.source = location.describe();
        return std::nullopt;
    };
    if (team) {
        const std::optional<ApiError> teamError = readFrom(*team);
        if (!teamError)
            return snapshot;
        snapshot.note =
            QCoreApplication::translate("HistoryReader", "The team's history could not be read, so only this desk's "
                                                         "attempts are shown. %1")
                .arg(teamError->message);
    }
    snapshot.error = readFrom(local);
    return snapshot;
}

HistorySnapshot readOrderHistory(const HistoryLocation& local, const std::optional<HistoryLocation>& team,
                                 const QString& accountId, const QString& orderId)
{
    HistoryFilter filter;
    filter.accountId = accountId;
    filter.orderId = orderId;
    const auto readFrom = [&filter](const HistoryLocation& location) -> Result<QList<CancelAttempt>> {
        auto store = SqlCancellationHistory::open(location);
        if (!store.ok())
            return store.error();
        return store.value()->attempts(filter);
    };
    HistorySnapshot snapshot;
    Result<QList<CancelAttempt>> mine = readFrom(local);
    if (!mine.ok())
        snapshot.error = mine.error();
    else
        snapshot.attempts = std::move(mine).value();
    snapshot.source = local.describe();
    if (!team)
        return snapshot;
    Result<QList<CancelAttempt>> teams = readFrom(*team);
    if (!teams.ok()) {
        snapshot.note =
            QCoreApplication::translate("HistoryReader", "The team's history could not be read, so only this desk's "
                                                         "attempts are shown. %1")
                .arg(teams.error().message);
        return snapshot;
    }
    QSet<QString> here;
    for (const CancelAttempt& a : std::as_const(snapshot.attempts))
        here.insert(a.uuid);
    for (const CancelAttempt& a : std::as_const(teams.value())) {
        if (!here.contains(a.uuid))
            snapshot.attempts << a;
    }
    std::stable_sort(snapshot.attempts.begin(), snapshot.attempts.end(),
                     [](const CancelAttempt& a, const CancelAttempt& b) { return a.startedAt > b.startedAt; });
    snapshot.source = team->describe();
    snapshot.error.reset(); // the team's entries are there even if this desk's file could not be read
    return snapshot;
}

HistoryReader::HistoryReader(HistoryLocation local, std::optional<HistoryLocation> team, QThreadPool* pool,
                             QObject* parent)
    : QObject(parent)
    , m_local(std::move(local))
    , m_team(std::move(team))
    , m_pool(pool)
{}

QString HistoryReader::describe() const
{
    if (!m_team)
        return m_local.describe();
    return QCoreApplication::translate("HistoryReader", "%1, copied to the team's database %2")
        .arg(m_local.describe(), m_team->describe());
}

void HistoryReader::setTeamPassword(const QString& password)
{
    if (m_team)
        m_team->password = password;
}

void HistoryReader::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    auto* watcher = new QFutureWatcher<HistorySnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const HistorySnapshot snapshot = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        emit loaded(snapshot);
        if (m_again)
            reload();
    });
    watcher->setFuture(QtConcurrent::run(m_pool, readHistory, m_local, m_team));
}

void HistoryReader::readOrder(const QString& accountId, const QString& orderId)
{
    if (m_readingOrder) {
        m_nextOrder = std::make_pair(accountId, orderId);
        return;
    }
    m_readingOrder = true;
    auto* watcher = new QFutureWatcher<HistorySnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, accountId, orderId] {
        const HistorySnapshot snapshot = watcher->result();
        watcher->deleteLater();
        m_readingOrder = false;
        emit orderHistoryLoaded(accountId, orderId, snapshot);
        if (auto next = std::exchange(m_nextOrder, std::nullopt))
            readOrder(next->first, next->second);
    });
    watcher->setFuture(QtConcurrent::run(m_pool, readOrderHistory, m_local, m_team, accountId, orderId));
}

} // namespace OrderDesk
