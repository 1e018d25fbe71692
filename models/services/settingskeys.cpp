#include "settingskeys.h"

#include <QSettings>

namespace OrderDesk {

const QList<SettingsKeyInfo>& settingsTable()
{
    static const QList<SettingsKeyInfo> table{
#define ORDERDESK_SETTINGS_ROW(name, type, key, defaultValue)                                                          \
    SettingsKeyInfo{SettingsKey::name, QLatin1String(key), QVariant::fromValue<type>(defaultValue)},
        ORDERDESK_SETTINGS(ORDERDESK_SETTINGS_ROW)
#undef ORDERDESK_SETTINGS_ROW
    };
    return table;
}

const SettingsKeyInfo& settingsKeyInfo(SettingsKey key)
{
    // The rows are in the enum's order (tst_settings checks it).
    return settingsTable().at(qsizetype(key));
}

QVariant readSetting(const QSettings& settings, SettingsKey key)
{
    const SettingsKeyInfo& info = settingsKeyInfo(key);
    QVariant stored = settings.value(info.path);
    if (!stored.isValid() || !stored.convert(info.defaultValue.metaType()))
        return info.defaultValue;
    return stored;
}

} // namespace OrderDesk
