#pragma once

#include "api/result.h"
#include "domain/apierror.h"

#include <QSqlDatabase>

#include <optional>

namespace OrderDesk {

// The history's schema, the same for SQLite and PostgreSQL, and its step-by-step migrations:
// each step runs in a transaction together with the version it leads to, under a lock, so two
// processes opening the same database at once migrate it once.
namespace HistorySchema {

enum class Dialect
{
    Sqlite,
    Postgres
};

constexpr int LatestVersion = 4;

Dialect dialectOf(const QSqlDatabase& db);
// Brings the database to `target` (LatestVersion by default) one step at a time.
std::optional<ApiError> migrate(QSqlDatabase& db, int target = LatestVersion);

// The version the database says it has, read without writing or locking anything: 0 when OrderDesk
// never wrote to it (no table at all). May be newer than LatestVersion: see newerVersionError().
Result<int> readVersion(const QSqlDatabase& db);
// "... written by a newer OrderDesk (schema N; this one reads up to M) ...", for a database of `version`.
ApiError newerVersionError(int version);
// The version whose migration added `column` to cancel_attempts (1 for the first release's
// columns): a reader of an older database reads the column's default instead.
int versionAdding(const QString& column);

} // namespace HistorySchema

} // namespace OrderDesk
