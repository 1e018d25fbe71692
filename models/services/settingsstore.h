#pragma once

#include "services/appsettings.h"
#include "services/settingskeys.h"

#include <QObject>

class QSettings;

namespace OrderDesk {

// The desk's settings, typed (settingskeys.h), over the QSettings the composition root made. Every
// write goes through here, so `changed` tells whoever depends on a value (settingsreactions.h) that it
// changed: the main window and the dialogs only save. Reads go to the QSettings each time, so a
// value written there directly is seen (no cache to go stale).
class SettingsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsStore)

public:
    // Brings settings written by an older OrderDesk up to date first (settingsmigration.h).
    explicit SettingsStore(QSettings* settings, QObject* parent = nullptr);

    template <typename T> T value(TypedSetting<T> key) const { return value(key.key).template value<T>(); }
    template <typename T> void setValue(TypedSetting<T> key, const T& value)
    {
        setValue(key.key, QVariant::fromValue(value));
    }
    QVariant value(SettingsKey key) const;
    // Stores `value` (converted to the key's type) and emits changed(key), unless it equals what is
    // there already. False when the value does not convert.
    bool setValue(SettingsKey key, const QVariant& value);

    // What the settings dialog edits, and saving it: one changed() per value that changed.
    AppSettings appSettings() const;
    void apply(const AppSettings& settings);

    QSettings* backing() const { return m_settings; }

signals:
    void changed(OrderDesk::SettingsKey key);

private:
    QSettings* m_settings;
};

} // namespace OrderDesk
