#pragma once

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

constexpr int LatestVersion = 3;

Dialect dialectOf(const QSqlDatabase& db);
// Brings the database to `target` (LatestVersion by default) one step at a time.
std::optional<ApiError> migrate(QSqlDatabase& db, int target = LatestVersion);

} // namespace HistorySchema

} // namespace OrderDesk
