#pragma once

class QSettings;

namespace OrderDesk {

// The layout of the settings has a version (settings/version, settingskeys.h). Settings written by
// an older OrderDesk are brought up to date step by step when the desk starts (SettingsStore).
namespace SettingsMigration {

// 0: written before settings had a version.
// 1: the windows' geometry and states under "windows/<window>/" (were "mainWindow/...").
inline constexpr int CurrentVersion = 1;

// Runs the steps from the version `settings` was written with up to CurrentVersion and writes the
// version; returns the version found. Settings of a newer OrderDesk are left as they are (an older
// desk reads what it knows and keeps the rest).
int migrate(QSettings& settings);

} // namespace SettingsMigration
} // namespace OrderDesk
