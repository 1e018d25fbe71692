#pragma once

#include "services/settingskeys.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace OrderDesk {

class SettingsStore;

// Keeps how the agent left a window in the settings: a window's geometry (a dialog's size only: Qt
// places a dialog over its parent), and the splitters, headers and toolbars in it. What is stored is
// restored at once; everything is saved each time the window hides (closed, accepted, rejected).
// Owned by the window. Without a store (null) nothing is kept.
class WindowLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    static WindowLayout* keepSize(QWidget* dialog, SettingsStore* settings, TypedSetting<QSize> key);
    static WindowLayout* keepGeometry(QWidget* window, SettingsStore* settings, TypedSetting<QByteArray> key);
    WindowLayout* keep(QSplitter* splitter, TypedSetting<QByteArray> key);
    WindowLayout* keep(QHeaderView* header, TypedSetting<QByteArray> key);
    WindowLayout* keepToolBars(QMainWindow* window, TypedSetting<QByteArray> key);

    // Whether the window's size or geometry came from the settings (else the window picks its own).
    bool restored() const { return m_restored; }
    void save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowLayout(QWidget* window, SettingsStore* settings);

    struct Part
    {
        QPointer<QObject> object;
        SettingsKey key;
    };
    QWidget* m_window;
    SettingsStore* m_settings;
    std::optional<SettingsKey> m_sizeKey;
    std::optional<SettingsKey> m_geometryKey;
    QList<Part> m_parts;
    bool m_restored = false;
};

} // namespace OrderDesk
