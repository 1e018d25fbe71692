#include "historyreader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace OrderDesk
