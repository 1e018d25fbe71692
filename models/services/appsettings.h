#pragma once

#include "api/transport.h"
#include "history/sqlhistory.h"
#include "services/settingskeys.h"

#include <QString>

#include <utility>

class QSettings;

namespace OrderDesk {

// What the settings dialog edits, stored in the platform's settings (never a secret: the
// PostgreSQL password lives in the keychain like the API keys). The keys and their defaults are in
// settingskeys.h; the desk reads and writes them through SettingsStore, the CLI reads them here.
struct AppSettings
{
    QString agentName; // empty: the operating-system user
    enum class HistoryKind
    {
        LocalFile,
        PostgreSql
    };
    HistoryKind historyKind = HistoryKind::LocalFile;
    QString historyFile; // empty: the default file in the application data folder
    QString pgHost;
    int pgPort = 5432;
    QString pgDatabase;
    QString pgUser;
    // The team's certificate authority (PEM) the server's TLS certificate must come from; empty: the
    // system's authorities for a host off this machine (history/postgrestls.h).
    QString pgCaFile;
    int timeoutSeconds = 30;
    bool http2 = true;
    QString language; // empty: the system's

    static AppSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    // Each value under its key, as it is stored (the name trimmed, the history kind as its word).
    QList<std::pair<SettingsKey, QVariant>> values() const;
    TransportSettings transport() const;
    // What is wrong with the values, in words, or an empty string.
    QString validate() const;

    // Where this desk writes every attempt first: the chosen file, or the default one.
    HistoryLocation localHistory() const;
    // The team's PostgreSQL database the local attempts are copied to, when one is chosen; the
    // password comes from ORDERDESK_PG_PASSWORD when set, else from the keychain entry named
    // teamHistoryPasswordKey() (and failing both, libpq's own PGPASSWORD or ~/.pgpass).
    std::optional<HistoryLocation> teamHistory() const;
    // <application data folder>/history.sqlite, shared with orderdesk-cli.
    static QString defaultHistoryFile();
    // The keychain entry of the team database's password (never in the settings file).
    static QString teamHistoryPasswordKey();

    // The team history an IT provisioning file names, next to its accounts:
    // {"history": {"postgresql": {"host": "...", "port": 5432, "database": "...", "user": "...",
    // "caFile": "..."}}}, a relative caFile from the provisioning file's folder.
    // No "history" key: nullopt. A broken one: an error naming the file and the problem.
    static Result<std::optional<HistoryLocation>> provisionedTeamHistory(const QByteArray& json,
                                                                         const QString& fileName);
    // Uses the first provisioning file that names a team history (IT's choice wins over the desk's;
    // the desk's CA file stays when the file names none); problems with the files are added to `problems`.
    void applyProvisioning(const QStringList& files, QStringList* problems);
};

} // namespace OrderDesk
