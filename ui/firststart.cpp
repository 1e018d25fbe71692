#include "firststart.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace OrderDesk {

void placeOnFirstStart(QWidget* window, double share, QSize minimum)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(minimum);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize wanted(int(available.width() * share), int(available.height() * share));
    const QSize size = wanted.expandedTo(minimum).boundedTo(available.size());
    window->resize(size);
    window->move(QStyle::alignedRect(window->layoutDirection(), Qt::AlignCenter, size, available).topLeft());
}

} // namespace OrderDesk
