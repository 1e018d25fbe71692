#include "contrast.h"

#include <QStyleOptionViewItem>

#include <algorithm>
#include <cmath>

namespace OrderDesk::Contrast {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor& from, const QColor& to, double t)
{
    const auto channel = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}
} // namespace

double relativeLuminance(const QColor& color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double ratio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& preferred, const QColor& background, double minimum)
{
    if (ratio(preferred, background) >= minimum)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor extreme = ratio(black, background) >= ratio(white, background) ? black : white;
    // 32 steps are finer than the eye tells apart; the last one is the extreme itself.
    for (int step = 1; step <= 32; ++step) {
        const QColor candidate = mix(preferred.toRgb(), extreme, step / 32.0);
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return extreme;
}

QColor cellBackground(const QStyleOptionViewItem& option)
{
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::Highlight);
    if (option.backgroundBrush.style() == Qt::SolidPattern)
        return option.backgroundBrush.color();
    if (option.features & QStyleOptionViewItem::Alternate)
        return option.palette.color(QPalette::AlternateBase);
    return option.palette.color(QPalette::Base);
}

} // namespace OrderDesk::Contrast
