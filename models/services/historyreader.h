#pragma once

#include "history/sqlhistory.h"

#include <QMetaType>
#include <QObject>

class QThreadPool;

#include <optional>
#include <utility>

namespace OrderDesk {

// The history as one read found it.
struct HistorySnapshot
{
    QList<CancelAttempt> attempts; // newest first
    QString source;                // where they were read: the file, or user@host:port/database
    QString note;                  // e.g. the team's database was unreachable, so this desk's file is shown
    std::optional<ApiError> error; // nothing could be read
};

// Reads the whole team's attempts from its PostgreSQL database when one is configured, else (or
// when it is unreachable, said in the note) this desk's local file.
HistorySnapshot readHistory(const HistoryLocation& local, const std::optional<HistoryLocation>& team);
// One order's attempts, newest first: the team's (every desk's) merged with this desk's file, so an
// attempt not yet copied to the team's database shows too; this desk's copy of an entry wins, being
// the newer. Without a team database, or when it is unreachable (said in the note), the file's.
HistorySnapshot readOrderHistory(const HistoryLocation& local, const std::optional<HistoryLocation>& team,
                                 const QString& accountId, const QString& orderId);

// readHistory() on a worker thread: the history window never waits on the network.
class HistoryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReader)

public:
    // Reads on `pool`, for the reason HistorySyncer gives.
    HistoryReader(HistoryLocation local, std::optional<HistoryLocation> team, QThreadPool* pool,
                  QObject* parent = nullptr);

    void reload();
    // Reads the attempts on one order (readOrderHistory) and says so in orderHistoryLoaded. While a
    // read runs, only the order asked for last is read after it.
    void readOrder(const QString& accountId, const QString& orderId);
    // The team database's password, once the keychain has given it; used from the next read on.
    void setTeamPassword(const QString& password);
    bool isLoading() const { return m_loading; }
    // Where attempts are kept, in words: the file, and the team's database it is copied to.
    QString describe() const;

signals:
    void loaded(const OrderDesk::HistorySnapshot& snapshot);
    void orderHistoryLoaded(const QString& accountId, const QString& orderId,
                            const OrderDesk::HistorySnapshot& snapshot);

private:
    HistoryLocation m_local;
    std::optional<HistoryLocation> m_team;
    QThreadPool* m_pool;
    bool m_loading = false;
    bool m_again = false;
    bool m_readingOrder = false;
    std::optional<std::pair<QString, QString>> m_nextOrder; // account id, order id
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::HistorySnapshot)
