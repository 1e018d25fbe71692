#include "sqlhistory.h"

#include "history/historyschema.h"
#include "history/postgrestls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CancellationHistory)
};

// Every column an attempt is written with, in bindAll's order.
const QStringList Columns{
    u"attempt_uuid"_s,     u"started_at"_s,       u"agent"_s,         u"machine"_s,         u"app_version"_s,
    u"account_id"_s,       u"platform"_s,         u"base_url"_s,      u"order_id"_s,        u"customer"_s,
    u"status_before"_s,    u"progress_before"_s,  u"reason_preset"_s, u"reason_text"_s,     u"outcome"_s,
    u"http_status"_s,      u"error_code"_s,       u"message"_s,       u"completed_at"_s,    u"re_read_status"_s,
    u"platform_message"_s, u"reason_not_taken"_s, u"kind"_s,          u"subscription_id"_s, u"notes"_s,
    u"asset_serial"_s,     u"batch_id"_s};

QString columnList()
{
    return Columns.join(u", "_s);
}

// "?, ?, ..." for every column.
QString placeholders()
{
    QStringList marks;
    marks.fill(u"?"_s, Columns.size());
    return marks.join(u", "_s);
}

QString toText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

// A null QString binds as SQL NULL; the columns want '' for "nothing".
QString notNull(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

void bindAll(QSqlQuery& q, const CancelAttempt& a)
{
    q.addBindValue(notNull(a.uuid));
    q.addBindValue(toText(a.startedAt));
    q.addBindValue(notNull(a.agent));
    q.addBindValue(notNull(a.machine));
    q.addBindValue(notNull(a.appVersion));
    q.addBindValue(notNull(a.accountId));
    q.addBindValue(notNull(a.platform));
    q.addBindValue(notNull(a.baseUrl));
    q.addBindValue(notNull(a.orderId));
    q.addBindValue(notNull(a.customer));
    q.addBindValue(notNull(a.statusBefore));
    q.addBindValue(notNull(a.progressBefore));
    q.addBindValue(notNull(a.reasonPreset));
    q.addBindValue(notNull(a.reasonText));
    q.addBindValue(notNull(a.outcome));
    q.addBindValue(a.httpStatus);
    q.addBindValue(notNull(a.errorCode));
    q.addBindValue(notNull(a.message));
    q.addBindValue(a.completedAt.isValid() ? QVariant(toText(a.completedAt)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(notNull(a.reReadStatus));
    q.addBindValue(notNull(a.platformMessage));
    q.addBindValue(a.reasonNotTaken ? 1 : 0); // an INTEGER column in both dialects
    q.addBindValue(a.kind.isEmpty() ? u"order"_s : a.kind);
    q.addBindValue(notNull(a.subscriptionId));
    q.addBindValue(notNull(a.notes));
    q.addBindValue(notNull(a.assetSerial));
    q.addBindValue(notNull(a.batchId));
}

CancelAttempt readRow(const QSqlQuery& q)
{
    CancelAttempt a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.uuid = q.value(i++).toString();
    a.startedAt = fromText(q.value(i++).toString());
    a.agent = q.value(i++).toString();
    a.machine = q.value(i++).toString();
    a.appVersion = q.value(i++).toString();
    a.accountId = q.value(i++).toString();
    a.platform = q.value(i++).toString();
    a.baseUrl = q.value(i++).toString();
    a.orderId = q.value(i++).toString();
    a.customer = q.value(i++).toString();
    a.statusBefore = q.value(i++).toString();
    a.progressBefore = q.value(i++).toString();
    a.reasonPreset = q.value(i++).toString();
    a.reasonText = q.value(i++).toString();
    a.outcome = q.value(i++).toString();
    a.httpStatus = q.value(i++).toInt();
    a.errorCode = q.value(i++).toString();
    a.message = q.value(i++).toString();
    a.completedAt = fromText(q.value(i++).toString());
    a.reReadStatus = q.value(i++).toString();
    a.platformMessage = q.value(i++).toString();
    a.reasonNotTaken = q.value(i++).toInt() != 0;
    a.kind = q.value(i++).toString();
    a.subscriptionId = q.value(i++).toString();
    a.notes = q.value(i++).toString();
    a.assetSerial = q.value(i++).toString();
    a.batchId = q.value(i++).toString();
    return a;
}

std::atomic<int> connectionCounter{0}; // stores are opened on worker threads too

// A column's default, as its migration step declares it.
QString columnDefault(const QString& column)
{
    if (column == u"reason_not_taken")
        return u"0"_s;
    if (column == u"kind")
        return u"'order'"_s; // every attempt before schema 4 cancelled an order
    return u"''"_s;
}

// The columns to read from a database of schema `version`: those it does not have yet read as
// their defaults, so that a reader of an older database needs no migration.
QString selectList(int version)
{
    QStringList out{u"id"_s};
    for (const QString& column : Columns) {
        if (HistorySchema::versionAdding(column) <= version)
            out << column;
        else
            out << u"%1 AS %2"_s.arg(columnDefault(column), column);
    }
    return out.join(u", "_s);
}

// SQLite could not set up its WAL index for a read-only connection: FILE-shm is missing and the
// folder may not be written (SQLITE_READONLY_CANTINIT), or cannot be opened (SQLITE_CANTOPEN).
bool isWalIndexUnavailable(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 8 || (code & 0xff) == 14); // SQLITE_READONLY, SQLITE_CANTOPEN (and extended)
}

// `file` as an SQLite URI that opens it immutable: no locks, no WAL index, no journal.
QString immutableUri(const QString& file)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
    uri.setQuery(u"mode=ro&immutable=1"_s);
    return uri.toString(QUrl::FullyEncoded);
}

// Checks a database opened read-only and returns its schema version: no journal-mode change, no
// migration, no lock. A newer schema than this program knows is refused; an older one is read.
Result<int> openedForReading(QSqlDatabase& db, const HistoryLocation& location)
{
    // The first real read: where a file that is not a database shows itself.
    const auto firstRead = [&db]() -> std::optional<QSqlError> {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return q.lastError();
        return std::nullopt;
    };
    if (location.kind == HistoryLocation::Kind::Sqlite) {
        if (const std::optional<QSqlError> error = firstRead()) {
            // A WAL database at rest (its last connection merged FILE-wal into the file and removed
            // it and FILE-shm) in a folder this user may not write to: SQLite cannot create the
            // index a WAL reader needs. With no FILE-wal the file itself holds every commit, so it
            // is read as immutable. (A writer starting meanwhile writes to a new FILE-wal and merges
            // it into the file only after 1000 pages or when it closes; a reader failing then can
            // simply retry.)
            if (!isWalIndexUnavailable(*error))
                return ApiError(ApiError::Kind::Configuration, error->text());
            if (QFileInfo::exists(location.sqliteFile + u"-wal"_s))
                return ApiError(ApiError::Kind::Configuration,
                                Text::tr("its latest entries are still in %1-wal, and reading them needs write "
                                         "access to the folder; open the history once in OrderDesk, or read it "
                                         "as a user who may write there (%2)")
                                    .arg(QDir::toNativeSeparators(location.sqliteFile), error->text()));
            db.close();
            db.setDatabaseName(immutableUri(location.sqliteFile));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            if (!db.open() || firstRead())
                return ApiError(ApiError::Kind::Configuration, error->text());
        }
    } else {
        QSqlQuery q(db);
        if (!q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
            return ApiError(ApiError::Kind::Configuration, q.lastError().text());
    }
    const Result<int> version = HistorySchema::readVersion(db);
    if (version.ok() && version.value() > HistorySchema::LatestVersion)
        return HistorySchema::newerVersionError(version.value());
    return version;
}

} // namespace

QString HistoryLocation::describe() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(sqliteFile);
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

SqlCancellationHistory::SqlCancellationHistory(HistoryLocation location, QString connectionName, OpenMode mode)
    : m_location(std::move(location))
    , m_connection(std::move(connectionName))
    , m_mode(mode)
{}

SqlCancellationHistory::~SqlCancellationHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SqlCancellationHistory::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<SqlCancellationHistory>> SqlCancellationHistory::open(const HistoryLocation& location,
                                                                             OpenMode mode)
{
    const bool sqlite = location.kind == HistoryLocation::Kind::Sqlite;
    const bool readOnly = mode == OpenMode::ReadOnly;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    const auto fail = [&location](const QString& problem) {
        return ApiError(
            ApiError::Kind::Configuration,
            Text::tr("The cancellation history at %1 cannot be used: %2").arg(location.describe(), problem));
    };
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(Text::tr("the Qt SQL driver %1 is not installed").arg(driver));

    const QString name = u"orderdesk-history-%1"_s.arg(++connectionCounter);
    std::unique_ptr<SqlCancellationHistory> store(new SqlCancellationHistory(location, name, mode));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        if (location.sqliteFile.isEmpty())
            return fail(Text::tr("no file was given"));
        if (readOnly && !QFileInfo::exists(location.sqliteFile))
            return fail(Text::tr("there is no such file")); // a reader creates nothing, not even the folder
        if (!readOnly)
            QDir().mkpath(QFileInfo(location.sqliteFile).absolutePath());
        db.setDatabaseName(location.sqliteFile);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        // Verified TLS to the team's server; a CA path QPSQL cannot pass on is refused here.
        const Result<QString> options = PostgresTls::connectOptions(location);
        if (!options.ok())
            return fail(options.error().message);
        db.setConnectOptions(options.value());
    }
    if (!db.open())
        return fail(sqlite ? db.lastError().text() : PostgresTls::explainRefusal(db.lastError().text(), location));
    if (readOnly) {
        const Result<int> version = openedForReading(db, location);
        if (!version.ok())
            return fail(version.error().message);
        store->m_schemaVersion = version.value();
        return store;
    }
    QSqlQuery q(db);
    if (sqlite) {
        // Every commit reaches the disk (the history is an audit trail); readers never block writers.
        for (const QString& pragma :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (!q.exec(pragma))
                return fail(q.lastError().text());
        }
        // A file that is not a database only shows itself on the first real read.
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return fail(q.lastError().text());
        // An unfinished SELECT holds a read snapshot, and SQLite refuses, without waiting, to turn
        // a stale snapshot into the write lock the schema check takes next.
        q.finish();
    }
    if (const std::optional<ApiError> error = HistorySchema::migrate(db))
        return fail(error->message);
    return store;
}

ApiError SqlCancellationHistory::failure(const QString& what, const QSqlQuery& query) const
{
    return ApiError(ApiError::Kind::Configuration, Text::tr("%1 in the cancellation history at %2: %3")
                                                       .arg(what, m_location.describe(), query.lastError().text()));
}

std::optional<ApiError> SqlCancellationHistory::refuseWriting() const
{
    if (m_mode == OpenMode::ReadWrite)
        return std::nullopt;
    return ApiError(ApiError::Kind::Configuration,
                    Text::tr("The cancellation history at %1 was opened for reading only; nothing was written.")
                        .arg(m_location.describe()));
}

Result<qint64> SqlCancellationHistory::recordPending(const CancelAttempt& attempt)
{
    if (std::optional<ApiError> refused = refuseWriting())
        return *refused;
    CancelAttempt a = attempt;
    if (a.uuid.isEmpty())
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.outcome = u"pending"_s;
    a.completedAt = {};
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO cancel_attempts (%1) VALUES (%2) RETURNING id"_s.arg(columnList(), placeholders()));
    bindAll(q, a);
    if (!q.exec() || !q.next())
        return failure(Text::tr("The attempt could not be written"), q);
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite commits an INSERT ... RETURNING only when the statement ends
    return id;
}

std::optional<ApiError> SqlCancellationHistory::recordOutcome(const CancelAttempt& c)
{
    if (std::optional<ApiError> refused = refuseWriting())
        return refused;
    QSqlQuery q(database());
    q.prepare(u"UPDATE cancel_attempts SET outcome = ?, http_status = ?, error_code = ?, message = ?, "
              "completed_at = ?, re_read_status = ?, platform_message = ?, reason_not_taken = ?, asset_serial = ?, "
              "synced = 0 WHERE id = ?"_s);
    q.addBindValue(notNull(c.outcome));
    q.addBindValue(c.httpStatus);
    q.addBindValue(notNull(c.errorCode));
    q.addBindValue(notNull(c.message));
    q.addBindValue(toText(c.completedAt.isValid() ? c.completedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(notNull(c.reReadStatus));
    q.addBindValue(notNull(c.platformMessage));
    q.addBindValue(c.reasonNotTaken ? 1 : 0);
    q.addBindValue(notNull(c.assetSerial));
    q.addBindValue(c.id);
    if (!q.exec())
        return failure(Text::tr("The outcome could not be written"), q);
    if (q.numRowsAffected() != 1)
        return ApiError(ApiError::Kind::Configuration,
                        Text::tr("No attempt %1 to complete in %2.").arg(c.id).arg(m_location.describe()));
    return std::nullopt;
}

Result<QList<CancelAttempt>> SqlCancellationHistory::attempts() const
{
    return attempts(HistoryFilter{});
}

Result<QList<CancelAttempt>> SqlCancellationHistory::attempts(const HistoryFilter& f) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&where, &values](const QString& clause, const QVariant& value) {
        where << clause;
        values << value;
    };
    if (f.since.isValid())
        add(u"started_at >= ?"_s, toText(f.since));
    if (f.until.isValid())
        add(u"started_at < ?"_s, toText(f.until));
    if (!f.agent.isEmpty())
        add(u"agent = ?"_s, f.agent);
    if (!f.accountId.isEmpty())
        add(u"account_id = ?"_s, f.accountId);
    if (!f.orderId.isEmpty())
        add(u"order_id = ?"_s, f.orderId);
    if (!f.platform.isEmpty())
        add(u"platform = ?"_s, f.platform);
    if (!f.outcome.isEmpty())
        add(u"outcome = ?"_s, f.outcome);
    if (!f.text.isEmpty()) {
        where << u"(lower(reason_text) LIKE ? OR lower(order_id) LIKE ?)"_s;
        const QString pattern = u'%' + f.text.toLower() + u'%';
        values << pattern << pattern;
    }
    if (m_schemaVersion == 0)
        return QList<CancelAttempt>{}; // opened for reading, and OrderDesk never wrote to it
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM cancel_attempts %2 ORDER BY started_at DESC, id DESC"_s.arg(
        selectList(m_schemaVersion), where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return failure(Text::tr("The attempts could not be read"), q);
    QList<CancelAttempt> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<QList<CancelAttempt>> SqlCancellationHistory::pendingAttempts() const
{
    HistoryFilter pending;
    pending.outcome = u"pending"_s;
    return attempts(pending);
}

std::optional<ApiError> SqlCancellationHistory::upsert(const CancelAttempt& attempt)
{
    if (std::optional<ApiError> refused = refuseWriting())
        return refused;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO cancel_attempts (%1, synced) VALUES (%2, 1) ON CONFLICT (attempt_uuid) DO UPDATE SET "
              "outcome = excluded.outcome, http_status = excluded.http_status, error_code = excluded.error_code, "
              "message = excluded.message, completed_at = excluded.completed_at, "
              "re_read_status = excluded.re_read_status, platform_message = excluded.platform_message, "
              "reason_not_taken = excluded.reason_not_taken, asset_serial = excluded.asset_serial"_s.arg(
                  columnList(), placeholders()));
    bindAll(q, attempt);
    if (!q.exec())
        return failure(Text::tr("The attempt could not be copied"), q);
    return std::nullopt;
}

Result<QList<CancelAttempt>> SqlCancellationHistory::unsynced() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM cancel_attempts WHERE synced = 0 ORDER BY id"_s.arg(selectList(m_schemaVersion)));
    if (!q.exec())
        return failure(Text::tr("The attempts to copy could not be read"), q);
    QList<CancelAttempt> out;
    while (q.next())
        out << readRow(q);
    return out;
}

std::optional<ApiError> SqlCancellationHistory::markSynced(const CancelAttempt& copied)
{
    if (std::optional<ApiError> refused = refuseWriting())
        return refused;
    // Only if the entry is still as it was copied: an outcome written meanwhile must be copied too.
    QSqlQuery q(database());
    q.prepare(u"UPDATE cancel_attempts SET synced = 1 WHERE attempt_uuid = ? AND outcome = ? "
              "AND coalesce(completed_at, '') = ?"_s);
    q.addBindValue(notNull(copied.uuid));
    q.addBindValue(notNull(copied.outcome));
    q.addBindValue(notNull(toText(copied.completedAt)));
    if (!q.exec())
        return failure(Text::tr("The copy could not be noted"), q);
    return std::nullopt;
}

} // namespace OrderDesk
