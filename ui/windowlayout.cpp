#include "windowlayout.h"

#include "services/settingsstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>

namespace OrderDesk {

WindowLayout::WindowLayout(QWidget* window, SettingsStore* settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
    window->installEventFilter(this);
}

WindowLayout* WindowLayout::keepSize(QWidget* dialog, SettingsStore* settings, TypedSetting<QSize> key)
{
    auto* layout = new WindowLayout(dialog, settings);
    layout->m_sizeKey = key.key;
    if (settings) {
        const QSize size = settings->value(key);
        if (size.isValid() && !size.isEmpty()) {
            dialog->resize(size.expandedTo(dialog->minimumSizeHint()));
            layout->m_restored = true;
        }
    }
    return layout;
}

WindowLayout* WindowLayout::keepGeometry(QWidget* window, SettingsStore* settings, TypedSetting<QByteArray> key)
{
    auto* layout = new WindowLayout(window, settings);
    layout->m_geometryKey = key.key;
    if (settings)
        layout->m_restored = window->restoreGeometry(settings->value(key));
    return layout;
}

WindowLayout* WindowLayout::keep(QSplitter* splitter, TypedSetting<QByteArray> key)
{
    if (m_settings)
        splitter->restoreState(m_settings->value(key));
    m_parts.append({splitter, key.key});
    return this;
}

WindowLayout* WindowLayout::keep(QHeaderView* header, TypedSetting<QByteArray> key)
{
    if (m_settings)
        header->restoreState(m_settings->value(key));
    m_parts.append({header, key.key});
    return this;
}

WindowLayout* WindowLayout::keepToolBars(QMainWindow* window, TypedSetting<QByteArray> key)
{
    if (m_settings)
        window->restoreState(m_settings->value(key));
    m_parts.append({window, key.key});
    return this;
}

void WindowLayout::save()
{
    if (!m_settings)
        return;
    if (m_sizeKey)
        m_settings->setValue(*m_sizeKey, m_window->size());
    if (m_geometryKey)
        m_settings->setValue(*m_geometryKey, m_window->saveGeometry());
    for (const Part& part : std::as_const(m_parts)) {
        if (auto* splitter = qobject_cast<QSplitter*>(part.object))
            m_settings->setValue(part.key, splitter->saveState());
        else if (auto* header = qobject_cast<QHeaderView*>(part.object))
            m_settings->setValue(part.key, header->saveState());
        else if (auto* window = qobject_cast<QMainWindow*>(part.object))
            m_settings->setValue(part.key, window->saveState());
    }
}

bool WindowLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Hide && !event->spontaneous())
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace OrderDesk
