#pragma once

#include "api/transport.h"

#include <QString>

class QSettings;

namespace OrderDesk {

// What the settings dialog edits, stored in the platform's settings (never a secret: the
// PostgreSQL password lives in the keychain like the API keys).
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
    int timeoutSeconds = 30;
    bool http2 = true;
    QString language; // empty: the system's

    static AppSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    TransportSettings transport() const;
    // What is wrong with the values, in words, or an empty string.
    QString validate() const;
};

} // namespace OrderDesk
