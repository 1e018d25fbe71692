#include "settingsstore.h"

#include "settingsmigration.h"

#include <QSettings>

namespace OrderDesk {

SettingsStore::SettingsStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    SettingsMigration::migrate(*m_settings);
}

QVariant SettingsStore::value(SettingsKey key) const
{
    return readSetting(*m_settings, key);
}

bool SettingsStore::setValue(SettingsKey key, const QVariant& value)
{
    const SettingsKeyInfo& info = settingsKeyInfo(key);
    QVariant typed = value;
    if (!typed.convert(info.defaultValue.metaType()))
        return false;
    const QVariant before = readSetting(*m_settings, key);
    if (before == typed && m_settings->contains(info.path))
        return true;
    m_settings->setValue(info.path, typed); // a default is written too: the file says what the desk uses
    if (before != typed)
        emit changed(key);
    return true;
}

AppSettings SettingsStore::appSettings() const
{
    return AppSettings::load(*m_settings);
}

void SettingsStore::apply(const AppSettings& settings)
{
    const QList<std::pair<SettingsKey, QVariant>> values = settings.values();
    for (const auto& [key, value] : values)
        setValue(key, value);
    m_settings->sync();
}

} // namespace OrderDesk
