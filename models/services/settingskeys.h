#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QSize>
#include <QString>
#include <QVariant>

class QSettings;

namespace OrderDesk {

// Every value OrderDesk keeps in the platform's settings, one row each: the name the code uses, its
// type, the key in the settings file and the value it has while nothing is stored. The enum, the
// typed keys (Setting::AgentName, ...) and the table the store reads come from this one list.
// (The accounts are a list of their own, kept by AccountStore under "accounts".)
// A key renamed or a value converted needs a step in settingsmigration.cpp.
#define ORDERDESK_SETTINGS(X)                                                                                          \
    X(SchemaVersion, int, "settings/version", 0)          /* settingsmigration.h; 0: written before versions */        \
    X(AgentName, QString, "agent/displayName", QString()) /* empty: the operating system's user */                     \
    X(HistoryKind, QString, "history/kind", QStringLiteral("sqlite")) /* "sqlite" or "postgresql" */                   \
    X(HistoryFile, QString, "history/file", QString())                /* empty: the default file */                    \
    X(PgHost, QString, "history/pgHost", QString())                                                                    \
    X(PgPort, int, "history/pgPort", 5432)                                                                             \
    X(PgDatabase, QString, "history/pgDatabase", QString())                                                            \
    X(PgUser, QString, "history/pgUser", QString())                                                                    \
    X(PgCaFile, QString, "history/pgCaFile", QString())                                                                \
    X(TimeoutSeconds, int, "network/timeoutSeconds", 30)                                                               \
    X(Http2, bool, "network/http2", true)                                                                              \
    X(Language, QString, "ui/language", QString()) /* empty: the system's */                                           \
    X(MainWindowGeometry, QByteArray, "windows/main/geometry", QByteArray())                                           \
    X(MainWindowState, QByteArray, "windows/main/state", QByteArray())       /* toolbars */                            \
    X(MainWindowSplitter, QByteArray, "windows/main/splitter", QByteArray()) /* list | details */                      \
    X(MainWindowColumns, QByteArray, "windows/main/columns", QByteArray())   /* the orders' header */                  \
    X(HistoryWindowGeometry, QByteArray, "windows/history/geometry", QByteArray())                                     \
    X(HistoryWindowSplitter, QByteArray, "windows/history/splitter", QByteArray())                                     \
    X(HistoryWindowColumns, QByteArray, "windows/history/columns", QByteArray())                                       \
    X(SettingsDialogSize, QSize, "windows/settings/size", QSize()) /* dialogs: their size only */                      \
    X(AccountsDialogSize, QSize, "windows/accounts/size", QSize())                                                     \
    X(CancelDialogSize, QSize, "windows/cancel/size", QSize())                                                         \
    X(BulkCancelDialogSize, QSize, "windows/bulkCancel/size", QSize())                                                 \
    X(SubscriptionCancelDialogSize, QSize, "windows/subscriptionCancel/size", QSize())

enum class SettingsKey
{
#define ORDERDESK_SETTINGS_ENUM(name, type, key, defaultValue) name,
    ORDERDESK_SETTINGS(ORDERDESK_SETTINGS_ENUM)
#undef ORDERDESK_SETTINGS_ENUM
};

// A key together with the type of its value: SettingsStore::value(Setting::PgPort) is an int.
template <typename T> struct TypedSetting
{
    using Type = T;
    SettingsKey key;
};

namespace Setting {
#define ORDERDESK_SETTINGS_TYPED(name, type, key, defaultValue)                                                        \
    inline constexpr TypedSetting<type> name{SettingsKey::name};
ORDERDESK_SETTINGS(ORDERDESK_SETTINGS_TYPED)
#undef ORDERDESK_SETTINGS_TYPED
} // namespace Setting

struct SettingsKeyInfo
{
    SettingsKey key;
    QLatin1String path;    // in the settings file
    QVariant defaultValue; // of the key's type
};

// The table, in the order of the list above.
const QList<SettingsKeyInfo>& settingsTable();
const SettingsKeyInfo& settingsKeyInfo(SettingsKey key);

// What `settings` holds for `key`, converted to its type; its default when nothing (or nothing that
// converts) is stored.
QVariant readSetting(const QSettings& settings, SettingsKey key);
template <typename T> T readSetting(const QSettings& settings, TypedSetting<T> key)
{
    return readSetting(settings, key.key).template value<T>();
}

} // namespace OrderDesk
