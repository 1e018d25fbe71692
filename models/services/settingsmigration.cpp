#include "settingsmigration.h"

#include "settingskeys.h"

#include <QSettings>

#include <algorithm>

namespace OrderDesk::SettingsMigration {

using namespace Qt::Literals::StringLiterals;

namespace {

void moveKey(QSettings& settings, const QString& from, SettingsKey to)
{
    if (!settings.contains(from))
        return;
    const QLatin1String target = settingsKeyInfo(to).path;
    if (!settings.contains(target)) // a newer value written meanwhile wins
        settings.setValue(target, settings.value(from));
    settings.remove(from);
}

// 0 -> 1: the main window's keys join every other window's under "windows/".
void toVersion1(QSettings& settings)
{
    moveKey(settings, u"mainWindow/geometry"_s, SettingsKey::MainWindowGeometry);
    moveKey(settings, u"mainWindow/state"_s, SettingsKey::MainWindowState);
    moveKey(settings, u"mainWindow/splitter"_s, SettingsKey::MainWindowSplitter);
    moveKey(settings, u"mainWindow/columns"_s, SettingsKey::MainWindowColumns);
}

} // namespace

int migrate(QSettings& settings)
{
    const int found = readSetting(settings, Setting::SchemaVersion);
    if (found >= CurrentVersion)
        return found;
    const int from = std::max(found, 0);
    using Step = void (*)(QSettings&);
    static constexpr Step steps[CurrentVersion] = {toVersion1};
    for (int version = from; version < CurrentVersion; ++version) {
        steps[version](settings);
        settings.setValue(settingsKeyInfo(SettingsKey::SchemaVersion).path, version + 1);
    }
    settings.sync();
    return found;
}

} // namespace OrderDesk::SettingsMigration
