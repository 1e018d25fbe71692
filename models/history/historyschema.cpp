#include "historyschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace OrderDesk::HistorySchema {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)
};

// Version 1: the attempts as the first release kept them.
QStringList version1(Dialect d)
{
    const QString id = d == Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s;
    return {u"CREATE TABLE cancel_attempts ("
            "id %1, "
            "started_at TEXT NOT NULL, " // ISO 8601 UTC with milliseconds: sorts as it reads
            "agent TEXT NOT NULL, machine TEXT NOT NULL, app_version TEXT NOT NULL, "
            "account_id TEXT NOT NULL, platform TEXT NOT NULL, base_url TEXT NOT NULL, "
            "order_id TEXT NOT NULL, customer TEXT NOT NULL, "
            "status_before TEXT NOT NULL, progress_before TEXT NOT NULL, "
            "reason_preset TEXT NOT NULL, reason_text TEXT NOT NULL, "
            "outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, "
            "error_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', "
            "completed_at TEXT)"_s.arg(id),
            u"CREATE INDEX cancel_attempts_started ON cancel_attempts (started_at)"_s};
}

// Version 2: a stable id per attempt (so a local entry copied to the team's database is never
// doubled), what re-reading the order showed, and whether a local entry reached the team's store.
QStringList version2(Dialect d)
{
    const QString newUuid =
        d == Dialect::Sqlite ? u"lower(hex(randomblob(16)))"_s : u"md5(random()::text || id::text)"_s;
    return {u"ALTER TABLE cancel_attempts ADD COLUMN attempt_uuid TEXT"_s,
            u"UPDATE cancel_attempts SET attempt_uuid = %1 WHERE attempt_uuid IS NULL"_s.arg(newUuid),
            u"CREATE UNIQUE INDEX cancel_attempts_uuid ON cancel_attempts (attempt_uuid)"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN re_read_status TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN synced INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX cancel_attempts_order ON cancel_attempts (account_id, order_id)"_s};
}

// Version 3: what the platform said about the cancel, and whether it refused the reason so that the
// cancel was sent again without one (the reason then lives in OrderDesk's history only).
QStringList version3(Dialect)
{
    return {u"ALTER TABLE cancel_attempts ADD COLUMN platform_message TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN reason_not_taken INTEGER NOT NULL DEFAULT 0"_s};
}

// Version 4 (issue 17): what an attempt cancelled (an order, or one FlexPortal subscription of it),
// the subscription cancel's notes and the asset FlexPortal flagged for collection, and the bulk run an
// attempt belongs to. Every earlier row was an order's single cancel: the defaults say so.
QStringList version4(Dialect)
{
    return {u"ALTER TABLE cancel_attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'order'"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN subscription_id TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN notes TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN asset_serial TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cancel_attempts ADD COLUMN batch_id TEXT NOT NULL DEFAULT ''"_s};
}

QStringList step(int version, Dialect d)
{
    switch (version) {
    case 1:
        return version1(d);
    case 2:
        return version2(d);
    case 3:
        return version3(d);
    case 4:
        return version4(d);
    default:
        return {};
    }
}

ApiError failure(const QString& what, const QSqlError& error)
{
    return ApiError(ApiError::Kind::Configuration, Text::tr("%1: %2").arg(what, error.text()));
}

} // namespace

Dialect dialectOf(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL" ? Dialect::Postgres : Dialect::Sqlite;
}

std::optional<ApiError> migrate(QSqlDatabase& db, int target)
{
    const Dialect d = dialectOf(db);
    QSqlQuery q(db);
    // Take the write lock before reading the version, so that a second process waits and then
    // sees the migrated schema instead of migrating again.
    const bool began = d == Dialect::Sqlite ? q.exec(u"BEGIN IMMEDIATE"_s) : db.transaction();
    if (!began)
        return failure(Text::tr("The history database cannot be locked for its schema check"),
                       d == Dialect::Sqlite ? q.lastError() : db.lastError());
    const auto rollback = [&db, d] {
        QSqlQuery r(db);
        d == Dialect::Sqlite ? void(r.exec(u"ROLLBACK"_s)) : void(db.rollback());
    };
    if (d == Dialect::Postgres && !q.exec(u"SELECT pg_advisory_xact_lock(7710331)"_s)) {
        rollback();
        return failure(Text::tr("The history database cannot be locked"), q.lastError());
    }
    // "relation already exists, skipping" is PostgreSQL's NOTICE for every check after the first,
    // and libpq prints notices on stderr: once per copy to the team's database, all day. For this
    // transaction only.
    if (d == Dialect::Postgres && !q.exec(u"SET LOCAL client_min_messages TO WARNING"_s)) {
        rollback();
        return failure(Text::tr("The history database cannot be used"), q.lastError());
    }
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS orderdesk_schema (version INTEGER NOT NULL)"_s)) {
        rollback();
        return failure(Text::tr("The history database cannot be used"), q.lastError());
    }
    int version = 0;
    if (!q.exec(u"SELECT version FROM orderdesk_schema"_s)) {
        rollback();
        return failure(Text::tr("The history database cannot be read"), q.lastError());
    }
    const bool hasRow = q.next();
    if (hasRow)
        version = q.value(0).toInt();
    q.finish();
    if (version > LatestVersion) {
        rollback();
        return newerVersionError(version);
    }
    for (int next = version + 1; next <= target; ++next) {
        for (const QString& statement : step(next, d)) {
            if (!q.exec(statement)) {
                rollback();
                return failure(Text::tr("Updating the history database to schema %1 failed").arg(next), q.lastError());
            }
        }
    }
    if (target > version) {
        q.prepare(hasRow ? u"UPDATE orderdesk_schema SET version = ?"_s
                         : u"INSERT INTO orderdesk_schema (version) VALUES (?)"_s);
        q.addBindValue(target);
        if (!q.exec()) {
            rollback();
            return failure(Text::tr("The history database's version cannot be written"), q.lastError());
        }
    }
    const bool committed = d == Dialect::Sqlite ? q.exec(u"COMMIT"_s) : db.commit();
    if (!committed)
        return failure(Text::tr("The history database's schema update could not be saved"),
                       d == Dialect::Sqlite ? q.lastError() : db.lastError());
    return std::nullopt;
}

Result<int> readVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Asking for the table first: a failing SELECT would end a PostgreSQL transaction around it.
    const QString exists =
        dialectOf(db) == Dialect::Sqlite
            ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'orderdesk_schema'"_s
            : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
              "AND table_name = 'orderdesk_schema'"_s;
    if (!q.exec(exists) || !q.next())
        return failure(Text::tr("The history database cannot be read"), q.lastError());
    if (q.value(0).toInt() == 0)
        return 0;
    q.finish();
    if (!q.exec(u"SELECT version FROM orderdesk_schema"_s))
        return failure(Text::tr("The history database's version cannot be read"), q.lastError());
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish(); // no read snapshot left open
    return version;
}

ApiError newerVersionError(int version)
{
    return ApiError(ApiError::Kind::Configuration,
                    Text::tr("The history database was written by a newer OrderDesk (schema %1; this one reads up "
                             "to %2). Update OrderDesk.")
                        .arg(version)
                        .arg(LatestVersion));
}

int versionAdding(const QString& column)
{
    if (column == u"attempt_uuid" || column == u"re_read_status" || column == u"synced")
        return 2;
    if (column == u"platform_message" || column == u"reason_not_taken")
        return 3;
    if (column == u"kind" || column == u"subscription_id" || column == u"notes" || column == u"asset_serial" ||
        column == u"batch_id")
        return 4;
    return 1;
}

} // namespace OrderDesk::HistorySchema
