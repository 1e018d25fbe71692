#pragma once

#include "history/cancellationhistory.h"
#include "history/historyfilter.h"
#include "history/historyschema.h"

#include <QSqlDatabase>

#include <memory>

namespace OrderDesk {

// Where the history lives: a local SQLite file, or the team's PostgreSQL database.
struct HistoryLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Sqlite;
    QString sqliteFile;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // from the keychain or ORDERDESK_PG_PASSWORD; never stored with the rest
    // The certificate authority (PEM) the server's TLS certificate must be issued by; see postgrestls.h.
    QString caFile;

    QString describe() const; // for messages: the file, or user@host:port/database (no password)
};

// The cancellation history in SQL through Qt's drivers: SQLite (WAL, synchronous=FULL, a busy
// timeout) or PostgreSQL, with the same schema and migrations and prepared statements only.
// One connection per instance, used from the thread that opened it.
class SqlCancellationHistory : public CancellationHistory
{
public:
    enum class OpenMode
    {
        // Creates the file (and its folder) when missing, switches SQLite to WAL and migrates to
        // the latest schema under the write lock: for the desk, the cancel command, the team copy.
        ReadWrite,
        // Only reads, so read access to the file is enough (history export): creates nothing,
        // leaves the journal mode alone, migrates nothing, takes no write lock. A schema newer than
        // this program's is refused in words; an older one is read, its missing columns as their
        // defaults. Every write returns an error.
        ReadOnly
    };

    static Result<std::unique_ptr<SqlCancellationHistory>> open(const HistoryLocation& location,
                                                                OpenMode mode = OpenMode::ReadWrite);
    ~SqlCancellationHistory() override;

    Result<qint64> recordPending(const CancelAttempt& attempt) override;
    std::optional<ApiError> recordOutcome(const CancelAttempt& completed) override;
    Result<QList<CancelAttempt>> attempts() const override;
    Result<QList<CancelAttempt>> attempts(const HistoryFilter& filter) const;
    Result<QList<CancelAttempt>> pendingAttempts() const override;

    // For copying between stores: insert or update by uuid, keeping one entry per attempt.
    std::optional<ApiError> upsert(const CancelAttempt& attempt);
    Result<QList<CancelAttempt>> unsynced() const;
    // Notes that `copied` reached the team's store, unless the entry has changed since it was read.
    std::optional<ApiError> markSynced(const CancelAttempt& copied);

    const HistoryLocation& location() const { return m_location; }
    QSqlDatabase database() const;
    OpenMode openMode() const { return m_mode; }
    // The schema the database has: HistorySchema::LatestVersion once opened for writing; opened for
    // reading, what the file says (0 when OrderDesk never wrote to it).
    int schemaVersion() const { return m_schemaVersion; }

private:
    SqlCancellationHistory(HistoryLocation location, QString connectionName, OpenMode mode);
    ApiError failure(const QString& what, const class QSqlQuery& query) const;
    std::optional<ApiError> refuseWriting() const;

    HistoryLocation m_location;
    QString m_connection;
    OpenMode m_mode = OpenMode::ReadWrite;
    int m_schemaVersion = HistorySchema::LatestVersion;
};

} // namespace OrderDesk
