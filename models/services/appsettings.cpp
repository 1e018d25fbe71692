#include "appsettings.h"

#include "api/account.h"
#include "history/postgrestls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

AppSettings AppSettings::load(const QSettings& s)
{
    AppSettings a;
    a.agentName = readSetting(s, Setting::AgentName);
    a.historyKind =
        readSetting(s, Setting::HistoryKind) == u"postgresql" ? HistoryKind::PostgreSql : HistoryKind::LocalFile;
    a.historyFile = readSetting(s, Setting::HistoryFile);
    a.pgHost = readSetting(s, Setting::PgHost);
    a.pgPort = readSetting(s, Setting::PgPort);
    a.pgDatabase = readSetting(s, Setting::PgDatabase);
    a.pgUser = readSetting(s, Setting::PgUser);
    a.pgCaFile = readSetting(s, Setting::PgCaFile);
    a.timeoutSeconds = std::clamp(readSetting(s, Setting::TimeoutSeconds), 5, 600);
    a.http2 = readSetting(s, Setting::Http2);
    a.language = readSetting(s, Setting::Language);
    return a;
}

QList<std::pair<SettingsKey, QVariant>> AppSettings::values() const
{
    return {
        {SettingsKey::AgentName, agentName.trimmed()},
        {SettingsKey::HistoryKind, historyKind == HistoryKind::PostgreSql ? u"postgresql"_s : u"sqlite"_s},
        {SettingsKey::HistoryFile, historyFile},
        {SettingsKey::PgHost, pgHost},
        {SettingsKey::PgPort, pgPort},
        {SettingsKey::PgDatabase, pgDatabase},
        {SettingsKey::PgUser, pgUser},
        {SettingsKey::PgCaFile, pgCaFile},
        {SettingsKey::TimeoutSeconds, timeoutSeconds},
        {SettingsKey::Http2, http2},
        {SettingsKey::Language, language},
    };
}

void AppSettings::save(QSettings& s) const
{
    const QList<std::pair<SettingsKey, QVariant>> all = values();
    for (const auto& [key, value] : all)
        s.setValue(settingsKeyInfo(key).path, value);
    s.sync();
}

TransportSettings AppSettings::transport() const
{
    TransportSettings t;
    t.timeoutMs = std::clamp(timeoutSeconds, 5, 600) * 1000;
    t.http2 = http2;
    return t;
}

QString AppSettings::validate() const
{
    if (timeoutSeconds < 5 || timeoutSeconds > 600)
        return QCoreApplication::translate("AppSettings", "The request timeout must be between 5 and 600 seconds.");
    if (historyKind == HistoryKind::PostgreSql) {
        if (pgHost.trimmed().isEmpty() || pgDatabase.trimmed().isEmpty() || pgUser.trimmed().isEmpty())
            return QCoreApplication::translate("AppSettings",
                                               "A PostgreSQL history needs a host, a database and a user.");
        if (pgPort < 1 || pgPort > 65535)
            return QCoreApplication::translate("AppSettings", "The PostgreSQL port must be between 1 and 65535.");
        if (const QString problem = PostgresTls::checkCaFile(pgCaFile.trimmed()); !problem.isEmpty())
            return QCoreApplication::translate("AppSettings", "The PostgreSQL history cannot be used: %1.")
                .arg(problem);
    }
    return {};
}

HistoryLocation AppSettings::localHistory() const
{
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Sqlite;
    l.sqliteFile = historyFile.trimmed().isEmpty() ? defaultHistoryFile() : historyFile.trimmed();
    return l;
}

std::optional<HistoryLocation> AppSettings::teamHistory() const
{
    if (historyKind != HistoryKind::PostgreSql)
        return std::nullopt;
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Postgres;
    l.host = pgHost.trimmed();
    l.port = pgPort;
    l.database = pgDatabase.trimmed();
    l.user = pgUser.trimmed();
    l.caFile = pgCaFile.trimmed();
    l.password = qEnvironmentVariable("ORDERDESK_PG_PASSWORD");
    return l;
}

QString AppSettings::teamHistoryPasswordKey()
{
    return Accounts::ReservedIdPrefix + u"history-postgresql"_s;
}

QString AppSettings::defaultHistoryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

Result<std::optional<HistoryLocation>> AppSettings::provisionedTeamHistory(const QByteArray& json,
                                                                           const QString& fileName)
{
    const auto fail = [&fileName](const QString& problem) {
        return ApiError(ApiError::Kind::Configuration,
                        QCoreApplication::translate("AppSettings", "%1: %2").arg(fileName, problem));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("AppSettings", "not a JSON object (%1)").arg(error.errorString()));
    const QJsonValue history = doc.object().value(u"history"_s);
    if (history.isUndefined() || history.isNull())
        return std::optional<HistoryLocation>();
    const QJsonObject pg = history.toObject().value(u"postgresql"_s).toObject();
    if (!history.isObject() || pg.isEmpty())
        return fail(QCoreApplication::translate("AppSettings", "\"history\" must hold a \"postgresql\" object"));
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::Postgres;
    l.host = pg.value(u"host"_s).toString().trimmed();
    l.database = pg.value(u"database"_s).toString().trimmed();
    l.user = pg.value(u"user"_s).toString().trimmed();
    l.port = pg.value(u"port"_s).toInt(5432);
    if (l.host.isEmpty() || l.database.isEmpty() || l.user.isEmpty())
        return fail(QCoreApplication::translate("AppSettings", "the PostgreSQL history needs a host, a database and "
                                                               "a user"));
    if (l.port < 1 || l.port > 65535)
        return fail(QCoreApplication::translate("AppSettings", "the PostgreSQL port must be between 1 and 65535"));
    const QJsonValue caFile = pg.value(u"caFile"_s);
    if (!caFile.isUndefined() && !caFile.isString())
        return fail(QCoreApplication::translate("AppSettings", "\"caFile\" must be the path of a CA certificate file"));
    l.caFile = caFile.toString().trimmed();
    if (!l.caFile.isEmpty())
        l.caFile = QDir::cleanPath(QFileInfo(fileName).absoluteDir().absoluteFilePath(l.caFile));
    if (const QString problem = PostgresTls::checkCaFile(l.caFile); !problem.isEmpty())
        return fail(problem);
    if (pg.contains(u"password"_s))
        return fail(QCoreApplication::translate(
            "AppSettings", "a password does not belong in a provisioning file; "
                           "enter it in Settings (it is kept in the keychain) or set ORDERDESK_PG_PASSWORD"));
    return std::optional<HistoryLocation>(l);
}

void AppSettings::applyProvisioning(const QStringList& files, QStringList* problems)
{
    for (const QString& fileName : files) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            continue; // the accounts reader names unreadable files already
        const Result<std::optional<HistoryLocation>> team = provisionedTeamHistory(file.readAll(), fileName);
        if (!team.ok()) {
            problems->append(team.error().message);
            continue;
        }
        if (!team.value())
            continue;
        historyKind = HistoryKind::PostgreSql;
        pgHost = team.value()->host;
        pgPort = team.value()->port;
        pgDatabase = team.value()->database;
        pgUser = team.value()->user;
        if (!team.value()->caFile.isEmpty())
            pgCaFile = team.value()->caFile;
        return;
    }
}

} // namespace OrderDesk
